using System.Linq;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Host.Wifi
{
    /// <summary>
    /// The host's radio: scans return the scenario's visible networks, one entry per access point, as a real scan
    /// would (duplicates included); joining checks the scenario's passphrase.
    /// </summary>
    public sealed class SimulatedRadio : IWifiScanner
    {
        private readonly RadioScenario _scenario;
        private WifiNetworkInfo[] _latest = new WifiNetworkInfo[0];

        public SimulatedRadio(RadioScenario scenario)
        {
            _scenario = scenario;
        }

        public WifiNetworkInfo[] LatestNetworks => _latest;

        public void RequestScan()
        {
            _latest = _scenario.Networks
                .Where(n => !n.Hidden)
                .Select(n => new WifiNetworkInfo(n.Ssid, n.Rssi, n.Password.Length > 0))
                .ToArray();
        }

        /// <summary>Whether the simulated access point would accept these credentials (hidden networks included).</summary>
        public bool WouldAccept(string ssid, string password)
        {
            return _scenario.Networks.Any(n => n.Ssid == ssid && n.Password == password);
        }
    }
}
