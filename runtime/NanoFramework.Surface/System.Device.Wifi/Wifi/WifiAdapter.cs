// Declaration-only surface of System.Device.Wifi (nanoframework/System.Device.Wifi).
// ScanAsync returns void: the results are read from NetworkReport once AvailableNetworksChanged fires. Connect is
// synchronous (seconds). The scan report carries no authentication mode: nothing tells an open network from a
// secured one. The result types have no public constructor.
// Not declared here (not used by BlynkWM): nanoFramework.Networking.WifiNetworkHelper.
namespace System.Device.Wifi
{
    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);

    public sealed class WifiAdapter : IDisposable
    {
        internal WifiAdapter() { }

        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged { add { } remove { } }

        public static WifiAdapter[] FindAllAdapters() => throw null;

        public int NetworkInterface => throw null;

        public WifiNetworkReport NetworkReport => throw null;

        public WifiConnectionResult Connect(WifiAvailableNetwork availableNetwork, WifiReconnectionKind reconnectionKind, string passwordCredential) => throw null;

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) => throw null;

        public void Disconnect() { }

        public void ScanAsync() { }

        public void SetDeviceName(string deviceName) { }

        public void Dispose() { }
    }

    public class WifiNetworkReport
    {
        internal WifiNetworkReport() { }

        public WifiAvailableNetwork[] AvailableNetworks => throw null;
    }

    public class WifiAvailableNetwork
    {
        public string Bsid => throw null;

        public string Ssid => throw null;

        public WifiNetworkKind NetworkKind => throw null;

        /// <summary>Whole dBm from the radio (a signed byte), as a double.</summary>
        public double NetworkRssiInDecibelMilliwatts => throw null;

        public byte SignalBars => throw null;
    }

    public class WifiConnectionResult
    {
        internal WifiConnectionResult() { }

        public WifiConnectionStatus ConnectionStatus => throw null;
    }

    public enum WifiConnectionStatus
    {
        AccessRevoked = 0,
        InvalidCredential = 1,
        NetworkNotAvailable = 2,
        Success = 3,
        Timeout = 4,
        UnspecifiedFailure = 5,
        UnsupportedAuthenticationProtocol = 6,
    }

    public enum WifiReconnectionKind
    {
        Automatic = 0,
        Manual = 1,
    }

    public enum WifiNetworkKind
    {
        Adhoc = 0,
        Any = 1,
        Infrastructure = 2,
    }
}
