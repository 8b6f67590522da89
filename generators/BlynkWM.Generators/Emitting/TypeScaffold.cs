using BlynkWM.Generators.Model;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>The namespace and containing partial types every generated file for a config class opens and closes.</summary>
    internal static class TypeScaffold
    {
        public const string Header = Parsing.SchemaNames.GeneratedHeader;

        public static void Open(CodeWriter writer, ConfigModel model, string baseList)
        {
            writer.Line(Header).Line("#nullable enable").Line();
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
