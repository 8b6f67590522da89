namespace BlynkWM.Generators.Emitting
{
    /// <summary>Values as C# source text, the same on every host (invariant culture).</summary>
    internal static class CSharpLiteral
    {
        /// <summary>An integer literal of type int (or long when the value needs it), or a number in a comment.</summary>
        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A long literal; long.MinValue has no positive counterpart to negate, so it is spelled as the constant.</summary>
        public static string Long(long value) => value == long.MinValue ? "long.MinValue" : Int(value) + "L";

        /// <summary>Eight upper-case hex digits, without prefix or suffix (tags, fingerprints and CRCs read as in a hex dump).</summary>
        public static string Hex(uint value) => value.ToString("X8", CultureInfo.InvariantCulture);

        /// <summary>A string literal, quoted and escaped.</summary>
        public static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Bool(bool value) => value ? "true" : "false";
    }
}
