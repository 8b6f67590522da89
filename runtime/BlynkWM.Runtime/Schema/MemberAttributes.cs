using System;

namespace BlynkWM
{
    /// <summary>
    /// A WiFi network the device may join. Apply to a field or property of type <see cref="WifiCredential"/>.
    /// Stored as two fields, <c>{id}_ssid</c> and <c>{id}_pw</c>; the id is persisted, so renaming the member keeps the value.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class WifiCredentialAttribute : Attribute
    {
        /// <summary>Declares a WiFi set stored under <paramref name="id"/> (its fields: <c>id_ssid</c>, <c>id_pw</c>).</summary>
        public WifiCredentialAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The set's persisted id: rename the member freely, never the id.</summary>
        public string Id { get; }
        /// <summary>The heading the portal shows; the id when empty.</summary>
        public string Label { get; set; } = "";
        /// <summary>Maximum SSID length in UTF-8 bytes (802.11 allows 32).</summary>
        public int SsidMaxLength { get; set; } = AttributeDefaults.SsidMaxLength;
        /// <summary>Maximum passphrase length in UTF-8 bytes (WPA2 allows 63, or 64 hex digits).</summary>
        public int PasswordMaxLength { get; set; } = AttributeDefaults.PasswordMaxLength;
        /// <summary>
        /// Shortest passphrase the portal accepts, in characters (WPA2: 8). An empty one always means an open network.
        /// With the minimum on, a passphrase is at most 63 characters or exactly 64 hex digits, as WPA2 defines it.
        /// 0 turns both checks off (another security mode, a WEP key).
        /// </summary>
        public int PasswordMinLength { get; set; } = AttributeDefaults.PasswordMinLength;
        /// <summary>The portal refuses to save without this network.</summary>
        public bool Required { get; set; }
        /// <summary>The SSID a new config starts with.</summary>
        public string DefaultSsid { get; set; } = "";
        /// <summary>A default passphrase ends up in every firmware image; the analyzers warn about it.</summary>
        public string DefaultPassword { get; set; } = "";
    }

    /// <summary>
    /// A Blynk server and auth token. Apply to a field or property of type <see cref="BlynkCredential"/>.
    /// Stored as <c>{id}_server</c>, <c>{id}_port</c> and <c>{id}_token</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class BlynkCredentialAttribute : Attribute
    {
        /// <summary>Declares a Blynk set stored under <paramref name="id"/> (its fields: <c>id_server</c>, <c>id_port</c>, <c>id_token</c>).</summary>
        public BlynkCredentialAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The set's persisted id: rename the member freely, never the id.</summary>
        public string Id { get; }
        /// <summary>The heading the portal shows; the id when empty.</summary>
        public string Label { get; set; } = "";
        /// <summary>Largest server name in UTF-8 bytes.</summary>
        public int ServerMaxLength { get; set; } = AttributeDefaults.ServerMaxLength;
        /// <summary>Largest token in UTF-8 bytes.</summary>
        public int TokenMaxLength { get; set; } = AttributeDefaults.TokenMaxLength;
        /// <summary>
        /// The auth token's exact length in characters of letters, digits, '-' and '_' (Blynk's tokens: 32). The portal
        /// refuses any other token; 0 accepts any text up to <see cref="TokenMaxLength"/> (a server with its own tokens).
        /// </summary>
        public int TokenLength { get; set; } = AttributeDefaults.TokenLength;
        /// <summary>Whether the portal refuses a save without a token for this set.</summary>
        public bool Required { get; set; }
        /// <summary>The server a new config starts with.</summary>
        public string DefaultServer { get; set; } = AttributeDefaults.BlynkServer;
        /// <summary>The port a new config starts with.</summary>
        public int DefaultPort { get; set; } = AttributeDefaults.BlynkPort;
        /// <summary>A default token ends up in every firmware image; the analyzers warn about it.</summary>
        public string DefaultToken { get; set; } = "";
    }

    /// <summary>The device's board name (also its RFC 952 host name). Apply to a <c>string</c> field or property; its initializer is the default.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class BoardNameAttribute : Attribute
    {
        /// <summary>The board name's persisted id.</summary>
        public const string FieldId = AttributeDefaults.BoardNameId;

        /// <summary>The label the portal shows.</summary>
        public string Label { get; set; } = AttributeDefaults.BoardNameLabel;
        /// <summary>Largest board name in UTF-8 bytes.</summary>
        public int MaxLength { get; set; } = AttributeDefaults.BoardNameMaxLength;
        /// <summary>Whether the portal refuses a save with an empty board name.</summary>
        public bool Required { get; set; }
    }

    /// <summary>
    /// A custom value edited in the portal (MQTT server, port, a feature switch...). Apply to a field or property of type
    /// <c>string</c>, <c>bool</c> or an integer type; a constant initializer is its default.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class DynamicParamAttribute : Attribute
    {
        /// <summary>Declares a custom parameter stored under <paramref name="id"/> (also its form field's name).</summary>
        public DynamicParamAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The parameter's persisted id: rename the member freely, never the id.</summary>
        public string Id { get; }
        /// <summary>The label the portal shows; the id when empty.</summary>
        public string Label { get; set; } = "";
        /// <summary>Maximum length in UTF-8 bytes; required for strings.</summary>
        public int MaxLength { get; set; }
        /// <summary>Smallest accepted value for integers (defaults to the type's minimum).</summary>
        public long Min { get; set; } = long.MinValue;
        /// <summary>Largest accepted value for integers (defaults to the type's maximum).</summary>
        public long Max { get; set; } = long.MaxValue;
        /// <summary>Whether the portal refuses a save with this parameter empty.</summary>
        public bool Required { get; set; }
        /// <summary>Write-only in the portal and never sent back to a browser.</summary>
        public bool Secret { get; set; }
        /// <summary>
        /// Strings only: accept control characters (line breaks, tabs, escape codes) from the portal. Off by default,
        /// because a value with them is usually an injection, not a setting; turn it on for a value that needs them (a
        /// multi-line certificate, a delimiter) and escape it wherever it is printed or sent.
        /// </summary>
        public bool AllowControlCharacters { get; set; }
    }
}
