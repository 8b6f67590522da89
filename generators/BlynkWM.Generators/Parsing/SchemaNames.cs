namespace BlynkWM.Generators.Parsing
{
    /// <summary>Metadata names of the runtime types the parser recognises, and the runtime's limits.</summary>
    internal static class SchemaNames
    {
        public const string BlynkConfigAttribute = "BlynkWM.BlynkConfigAttribute";
        public const string WifiCredentialAttribute = "BlynkWM.WifiCredentialAttribute";
        public const string BlynkCredentialAttribute = "BlynkWM.BlynkCredentialAttribute";
        public const string BoardNameAttribute = "BlynkWM.BoardNameAttribute";
        public const string DynamicParamAttribute = "BlynkWM.DynamicParamAttribute";
        public const string WifiCredential = "BlynkWM.WifiCredential";
        public const string BlynkCredential = "BlynkWM.BlynkCredential";

        public const int MaxWifiSets = 4;
        public const int MaxBlynkSets = 4;
        public const int MaxIdLength = 24;
        public const int MaxStringBytes = 1024;
        public const int MaxFieldListBytes = 0xFFFF;
        public const int RecordOverhead = 20;
        public const int SpiffsMaxPathBytes = 31;
        public const string BoardNameId = "board";
    }
}
