namespace BlynkWM.Storage
{
    /// <summary>
    /// What the device lifecycle reads from a <c>[BlynkConfig]</c> class without knowing its members: the WiFi and
    /// Blynk sets in declaration order, and the board name. The generator implements it explicitly on every config class (in
    /// the storage file), so it adds no public member that could clash with the application's; none of it allocates.
    /// </summary>
    public interface IDeviceConfig : IStoredConfig
    {
        /// <summary>Number of <c>[WifiCredential]</c> sets (1 to 4).</summary>
        int WifiCredentialCount { get; }

        /// <summary>The WiFi set at <paramref name="index"/> in declaration order (the object itself, not a copy).</summary>
        WifiCredential GetWifiCredential(int index);

        /// <summary>Number of <c>[BlynkCredential]</c> sets (1 to 4).</summary>
        int BlynkCredentialCount { get; }

        /// <summary>The Blynk set at <paramref name="index"/> in failover order (the object itself, not a copy).</summary>
        BlynkCredential GetBlynkCredential(int index);

        /// <summary>The <c>[BoardName]</c> member's value, or "" when the class declares none.</summary>
        string BoardName { get; }
    }
}
