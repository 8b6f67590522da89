namespace BlynkWM
{
    /// <summary>
    /// What the schema attributes' optional arguments are when not written. One source for both sides: the attributes
    /// initialize their properties from these, and the generator (which compiles this file too) assumes them for every
    /// argument a config class leaves out.
    /// </summary>
    internal static class AttributeDefaults
    {
        /// <summary><see cref="BlynkConfigAttribute.EepromRegionSize"/>.</summary>
        public const int EepromRegionSize = 2048;

        /// <summary><see cref="BlynkConfigAttribute.EepromCapacity"/>.</summary>
        public const int EepromCapacity = 4096;

        /// <summary><see cref="BlynkConfigAttribute.PortalTitle"/>.</summary>
        public const string PortalTitle = "Device setup";

        /// <summary><see cref="WifiCredentialAttribute.SsidMaxLength"/>.</summary>
        public const int SsidMaxLength = 32;

        /// <summary><see cref="WifiCredentialAttribute.PasswordMaxLength"/>.</summary>
        public const int PasswordMaxLength = 64;

        /// <summary><see cref="BlynkCredentialAttribute.ServerMaxLength"/>.</summary>
        public const int ServerMaxLength = 64;

        /// <summary><see cref="BlynkCredentialAttribute.TokenMaxLength"/>.</summary>
        public const int TokenMaxLength = 34;

        /// <summary><see cref="BlynkCredentialAttribute.DefaultServer"/>.</summary>
        public const string BlynkServer = "blynk.cloud";

        /// <summary><see cref="BlynkCredentialAttribute.DefaultPort"/>.</summary>
        public const int BlynkPort = 80;

        /// <summary><see cref="BoardNameAttribute.FieldId"/>: the board name's stored id.</summary>
        public const string BoardNameId = "board";

        /// <summary><see cref="BoardNameAttribute.Label"/>.</summary>
        public const string BoardNameLabel = "Board name";

        /// <summary><see cref="BoardNameAttribute.MaxLength"/>.</summary>
        public const int BoardNameMaxLength = 24;
    }
}
