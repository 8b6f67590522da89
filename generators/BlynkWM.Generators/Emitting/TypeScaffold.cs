namespace BlynkWM.Generators.Emitting
{
    /// <summary>The namespace and containing partial types every generated file for a config class opens and closes.</summary>
    internal static class TypeScaffold
    {
        public const string Header = Parsing.SchemaNames.GeneratedHeader;

        /// <summary>
        /// Alias for naming the runtime's interfaces in explicit implementations. The metadata name of an explicit
        /// implementation is built from how its interface is written: written <c>global::X.I</c> it keeps the
        /// <c>global::</c>, which nanoCLR cannot resolve; written through an alias it is the plain <c>X.I.Member</c>
        /// nanoCLR looks up, and no user type named <c>BlynkWM</c> can capture it.
        /// </summary>
        public const string StorageAlias = "BlynkWMStorage_";

        /// <summary>See <see cref="StorageAlias"/>.</summary>
        public const string PortalAlias = "BlynkWMPortal_";

        /// <summary>
        /// Opens the file. No <c>#nullable</c> directive: the code is nullable-oblivious, which compiles without
        /// warnings at every language version the consumer may use (C# 7.3 has no such directive) and under either
        /// nullable setting, like nanoFramework's own libraries.
        /// </summary>
        public static void Open(CodeWriter writer, ConfigModel model, string baseList)
        {
            writer.Line(Header);
            writer.Line("using " + StorageAlias + " = global::BlynkWM.Storage;");
            writer.Line("using " + PortalAlias + " = global::BlynkWM.Portal;").Line();
            if (model.Namespace is not null)
            {
                writer.Open("namespace " + model.Namespace);
            }

            foreach (string declaration in model.ContainingTypeDeclarations)
            {
                writer.Open(declaration);
            }

            writer.Open("partial class " + model.ClassName + baseList);
        }

        public static void Close(CodeWriter writer, ConfigModel model)
        {
            writer.Close();
            for (int i = 0; i < model.ContainingTypeDeclarations.Count; i++)
            {
                writer.Close();
            }

            if (model.Namespace is not null)
            {
                writer.Close();
            }
        }
    }
}
