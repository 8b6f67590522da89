namespace BlynkWM.Generators.Parsing
{
    /// <summary>The largest values a config class may declare; the parser reports anything beyond them.</summary>
    internal static class SchemaLimits
    {
        public const int MaxWifiSets = 4;
        public const int MaxBlynkSets = 4;
        public const int MaxIdLength = 24;

        /// <summary>Largest MaxLength of a string parameter, in UTF-8 bytes.</summary>
        public const int MaxStringBytes = 1024;

        /// <summary>Largest SsidMaxLength: 802.11 SSIDs are at most 32 bytes.</summary>
        public const int MaxSsidBytes = 32;

        /// <summary>Largest PasswordMaxLength: a WPA2 passphrase of 63 characters, or 64 hex digits.</summary>
        public const int MaxPasswordBytes = 64;

        /// <summary>Largest ServerMaxLength: a DNS name is at most 255 bytes.</summary>
        public const int MaxServerBytes = 255;

        /// <summary>Largest TokenMaxLength.</summary>
        public const int MaxTokenBytes = 128;

        /// <summary>Largest MaxLength of the board name: an RFC 952 host name label is at most 63 characters.</summary>
        public const int MaxBoardNameBytes = 63;

        /// <summary>A SPIFFS object name, with the slot suffix.</summary>
        public const int SpiffsMaxPathBytes = 31;
    }
}
