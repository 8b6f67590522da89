namespace BlynkWM.Wifi
{
    /// <summary>One access point seen by a scan.</summary>
    public sealed class WifiNetworkInfo
    {
        public WifiNetworkInfo(string ssid, int rssi, bool secure)
        {
            Ssid = ssid;
            Rssi = rssi;
            Secure = secure;
        }

        public string Ssid { get; }

        /// <summary>Signal strength in dBm (closer to 0 is stronger).</summary>
        public int Rssi { get; }

        /// <summary>False for an open network.</summary>
        public bool Secure { get; }
    }
}
