namespace BlynkWM.Generators.Parsing
{
    /// <summary>Names as generated C# code must write them.</summary>
    internal static class CSharpNames
    {
        /// <summary>
        /// <paramref name="name"/> as it can be written in generated code: with '@' when it is a C# keyword (e.g. a member
        /// declared as <c>@class</c>) or a contextual one (harmless where it is not needed, required where it is).
        /// </summary>
        internal static string Identifier(string name)
        {
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                ? "@" + name
                : name;
        }

        /// <summary>
        /// A type name as generated code declares it: <see cref="Identifier"/>, and also with '@' when it is all lower-case
        /// ASCII, which the compiler warns about (CS8981) on every declaration of the type, generated ones included,
        /// unless the name is written verbatim.
        /// </summary>
        internal static string TypeIdentifier(string name)
        {
            return name.Length > 0 && name.All(c => c >= 'a' && c <= 'z') ? "@" + name : Identifier(name);
        }
    }
}
