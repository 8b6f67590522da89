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

        /// <summary>
        /// <see cref="WifiCredentialAttribute.PasswordMinLength"/>: WPA2's shortest passphrase. Applies when the field can
        /// hold it (<see cref="WifiCredentialAttribute.PasswordMaxLength"/> at least this); otherwise no minimum.
        /// </summary>
        public const int PasswordMinLength = 8;

        /// <summary>Longest WPA2 passphrase in characters; 64 characters are accepted only as 64 hex digits (the raw key).</summary>
        public const int PassphraseMaxCharacters = 63;

        /// <summary>
        /// <see cref="BlynkCredentialAttribute.TokenLength"/>: a Blynk auth token is 32 characters of letters, digits,
        /// '-' and '_'. Applies when the field can hold it (<see cref="BlynkCredentialAttribute.TokenMaxLength"/> at
        /// least this); otherwise any text up to the maximum.
        /// </summary>
        public const int TokenLength = 32;

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
