namespace BlynkWM.Generators.Diagnostics
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> the parser attaches for the code fixes:
    /// "set the named argument <see cref="Argument"/> of the attribute <see cref="Attribute"/> to <see cref="Value"/>".
    /// </summary>
    internal static class DiagnosticProperties
    {
        /// <summary>Metadata name of the attribute to edit (e.g. BlynkWM.DynamicParamAttribute).</summary>
        public const string Attribute = "BlynkWM.Attribute";

        /// <summary>Named argument to set (e.g. MaxLength, EepromRegionSize).</summary>
        public const string Argument = "BlynkWM.Argument";

        /// <summary>The value to give it, as C# source text.</summary>
        public const string Value = "BlynkWM.Value";

        /// <summary>
        /// Present when the attribute is not where the diagnostic is (BWM0028 sits on a call): it is the diagnostic's first
        /// additional location, possibly in another document.
        /// </summary>
        public const string AttributeIsAdditionalLocation = "BlynkWM.AttributeIsAdditionalLocation";
    }
}
