using BlynkWM.Wifi;

namespace BlynkWM.Ports
{
    /// <summary>
    /// The radio's scan results. Scanning is asynchronous on the device (WifiAdapter.ScanAsync), so callers ask for a
    /// scan and read whatever the latest finished scan found; nothing here blocks.
    /// </summary>
    public interface IWifiScanner
    {
        /// <summary>Starts a scan unless one is running; results appear in <see cref="LatestNetworks"/> when it ends.</summary>
        void RequestScan();

        /// <summary>The networks of the latest finished scan, in no particular order, possibly with duplicates (one per BSSID); never null.</summary>
        WifiNetworkInfo[] LatestNetworks { get; }
    }
}
