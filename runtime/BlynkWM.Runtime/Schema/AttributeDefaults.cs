namespace BlynkWM
{
    /// <summary>
    /// What the schema attributes' optional arguments are when not written. One source for both sides: the attributes
    /// initialize their properties from these, and the generator (which compiles this file too) assumes them for every
    /// argument a config class leaves out.
    /// </summary>
    internal static class AttributeDefaults
    {
        /// <summary><c>BlynkConfigAttribute.EepromRegionSize</c>.</summary>
        public const int EepromRegionSize = 2048;

        /// <summary><c>BlynkConfigAttribute.EepromCapacity</c>.</summary>
        public const int EepromCapacity = 4096;

        /// <summary><c>BlynkConfigAttribute.PortalTitle</c>.</summary>
        public const string PortalTitle = "Device setup";

        /// <summary><c>WifiCredentialAttribute.SsidMaxLength</c>.</summary>
        public const int SsidMaxLength = 32;

        /// <summary><c>WifiCredentialAttribute.PasswordMaxLength</c>.</summary>
        public const int PasswordMaxLength = 64;

        /// <summary><c>BlynkCredentialAttribute.ServerMaxLength</c>.</summary>
        public const int ServerMaxLength = 64;

        /// <summary><c>BlynkCredentialAttribute.TokenMaxLength</c>.</summary>
        public const int TokenMaxLength = 34;

        /// <summary><c>BlynkCredentialAttribute.DefaultServer</c>.</summary>
        public const string BlynkServer = "blynk.cloud";

        /// <summary><c>BlynkCredentialAttribute.DefaultPort</c>.</summary>
        public const int BlynkPort = 80;

        /// <summary><c>BoardNameAttribute.FieldId</c>: the board name's stored id.</summary>
        public const string BoardNameId = "board";

        /// <summary><c>BoardNameAttribute.Label</c>.</summary>
        public const string BoardNameLabel = "Board name";

        /// <summary><c>BoardNameAttribute.MaxLength</c>.</summary>
        public const int BoardNameMaxLength = 24;
    }
}
