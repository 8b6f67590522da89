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

        /// <summary>
        /// <c>WifiCredentialAttribute.PasswordMinLength</c>: WPA2's shortest passphrase. Applies when the field can
        /// hold it (<c>WifiCredentialAttribute.PasswordMaxLength</c> at least this); otherwise no minimum.
        /// </summary>
        public const int PasswordMinLength = 8;

        /// <summary>Longest WPA2 passphrase in characters; 64 characters are accepted only as 64 hex digits (the raw key).</summary>
        public const int PassphraseMaxCharacters = 63;

        /// <summary>
        /// <c>BlynkCredentialAttribute.TokenLength</c>: a Blynk auth token is 32 characters of letters, digits,
        /// '-' and '_'. Applies when the field can hold it (<c>BlynkCredentialAttribute.TokenMaxLength</c> at
        /// least this); otherwise any text up to the maximum.
        /// </summary>
        public const int TokenLength = 32;

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
