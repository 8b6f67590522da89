namespace BlynkWM.ILCheck
{
    /// <summary>One thing nanoCLR cannot run, where it is: a source line when the PDB maps it, else the assembly.</summary>
    public sealed record Finding(string Rule, string Message, string Assembly, string? Document, int Line, int Column)
    {
        public override string ToString()
        {
            string where = Document is null ? Assembly : Document + "(" + Line + "," + Column + ")";
            return where + ": error " + Rule + ": " + Message;
        }
    }

    /// <summary>The rules, by id; the README's IL check section lists them.</summary>
    public static class Rules
    {
        public const string Generic = "NANO001";
        public const string MultiDimensionalArray = "NANO002";
        public const string UnsupportedInstruction = "NANO003";
        public const string MissingMember = "NANO004";
        public const string ExplicitImplementationName = "NANO005";
        public const string StaticInitializer = "NANO006";
        public const string StringIndexedInLoop = "NANO007";
    }
}
