using BlynkWM.Portal;

namespace BlynkWM.Storage
{
    /// <summary>
    /// What the device lifecycle reads from a <c>[BlynkConfig]</c> class without knowing its members: the WiFi and
    /// Blynk sets in declaration order, the board name, and a portal form over the object. The generator implements it
    /// explicitly on every config class, so it adds no public member that could clash with the application's; none of
    /// it allocates except <see cref="CreatePortalForm"/>.
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

        /// <summary>
        /// A new portal form editing this object (with a new instance as its scratch copy). Throws
        /// <see cref="System.NotSupportedException"/> when the class has no parameterless constructor: then create
        /// <c>new Config.PortalForm(config, scratch)</c> yourself.
        /// </summary>
        IPortalForm CreatePortalForm();
    }
}
