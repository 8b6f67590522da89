// Declaration-only surface of System.Net (nanoframework/System.Net): network interfaces and the stored native
// configurations of the WiFi station and the soft-AP (each SaveConfiguration writes the device's configuration
// block; the WiFi mode is chosen from them when the network starts, at boot).
// NetworkChange raises its events on nanoFramework's event thread; availability events come from every interface's
// link (station, access point), address events from every address change.
// Not declared here (not used by BlynkWM): NetworkChange.NetworkAPStationChanged, IPGlobalProperties,
// WirelessAPStation, the IPv6 members and the automatic-DNS members of NetworkInterface.
namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        protected NetworkInterface(int interfaceIndex) { }

        public static NetworkInterface[] GetAllNetworkInterfaces() => throw null;

        public static bool GetIsNetworkAvailable() => throw null;

        public NetworkInterfaceType NetworkInterfaceType => throw null;

        public string IPv4Address => throw null;

        public string IPv4SubnetMask => throw null;

        public string IPv4GatewayAddress => throw null;

        public bool IsDhcpEnabled => throw null;

        public uint SpecificConfigId { get => throw null; set { } }

        public void EnableDhcp() { }

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { }

        /// <summary>One or two DNS server addresses; anything else throws ArgumentException.</summary>
        public void EnableStaticIPv4Dns(string[] dnsAddresses) { }
    }

    public delegate void NetworkAddressChangedEventHandler(object sender, EventArgs e);

    public delegate void NetworkAvailabilityChangedEventHandler(object sender, NetworkAvailabilityEventArgs e);

    public class NetworkAvailabilityEventArgs : EventArgs
    {
        internal NetworkAvailabilityEventArgs() { }

        public bool IsAvailable => throw null;
    }

    public static class NetworkChange
    {
        public static event NetworkAddressChangedEventHandler NetworkAddressChanged { add { } remove { } }

        public static event NetworkAvailabilityChangedEventHandler NetworkAvailabilityChanged { add { } remove { } }
    }

    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw null;

        public uint Id => throw null;

        public string Ssid { get => throw null; set { } }

        public string Password { get => throw null; set { } }

        public AuthenticationType Authentication { get => throw null; set { } }

        public EncryptionType Encryption { get => throw null; set { } }

        public RadioType Radio { get => throw null; set { } }

        public ConfigurationOptions Options { get => throw null; set { } }

        public void SaveConfiguration() { }

        /// <summary>AutoConnect and SmartConfig include Enable (their own bits are 4 and 8).</summary>
        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 1,
            Enable = 2,
            AutoConnect = 6,
            SmartConfig = 10,
        }
    }

    public class WirelessAPConfiguration
    {
        public WirelessAPConfiguration(uint id) { }

        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations() => throw null;

        public uint Id => throw null;

        public string Ssid { get => throw null; set { } }

        public string Password { get => throw null; set { } }

        public AuthenticationType Authentication { get => throw null; set { } }

        public EncryptionType Encryption { get => throw null; set { } }

        public RadioType Radio { get => throw null; set { } }

        public ConfigurationOptions Options { get => throw null; set { } }

        public byte Channel { get => throw null; set { } }

        public byte MaxConnections { get => throw null; set { } }

        public void SaveConfiguration() { }

        /// <summary>AutoStart includes Enable (its own bit is 4).</summary>
        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 1,
            Enable = 2,
            AutoStart = 6,
            HiddenSSID = 8,
        }
    }

    public enum AuthenticationType : byte
    {
        None = 0,
        EAP = 1,
        PEAP = 2,
        WCN = 3,
        Open = 4,
        Shared = 5,
        WEP = 6,
        WPA = 7,
        WPA2 = 8,
    }

    public enum EncryptionType : byte
    {
        None = 0,
        WEP = 1,
        WPA = 2,
        WPA2 = 3,
        WPA_PSK = 4,
        WPA2_PSK = 5,
        Certificate = 6,
    }

    public enum RadioType : byte
    {
        NotSpecified = 0,
        _802_11a = 1,
        _802_11b = 2,
        _802_11g = 4,
        _802_11n = 8,
    }
}
