namespace BlynkWM.Wifi
{
    /// <summary>One access point seen by a scan.</summary>
    public sealed class WifiNetworkInfo
    {
        /// <summary>One scan result, as the radio reported it (nothing is checked).</summary>
        /// <param name="ssid">The network name; empty for a hidden network.</param>
        /// <param name="rssi">Signal strength in dBm.</param>
        /// <param name="secure">False for an open network.</param>
        public WifiNetworkInfo(string ssid, int rssi, bool secure)
        {
            Ssid = ssid;
            Rssi = rssi;
            Secure = secure;
        }

        /// <summary>The network name as broadcast; empty for a hidden network.</summary>
        public string Ssid { get; }

        /// <summary>Signal strength in dBm (closer to 0 is stronger).</summary>
        public int Rssi { get; }

        /// <summary>False for an open network.</summary>
        public bool Secure { get; }
    }
}
