using BlynkWM.Wifi;

namespace BlynkWM.Platform
{
    /// <summary>
    /// Scan results as nanoFramework's radio reports them (SSID text, RSSI as a double of whole dBm) turned into the
    /// portal's <see cref="WifiNetworkInfo"/>.
    /// </summary>
    public static class ScanResults
    {
        /// <summary>Weakest signal a radio reports (a signed byte); also the value given for a missing reading.</summary>
        public const int WeakestDbm = -128;

        /// <summary>
        /// The network as the portal lists it. nanoFramework's scan report carries no authentication mode, so every
        /// network counts as secured: the portal then asks for a password, which an open network ignores, rather than
        /// hiding the field for a network that needs one.
        /// </summary>
        public static WifiNetworkInfo ToInfo(string ssid, double rssiDbm)
        {
            return new WifiNetworkInfo(ssid == null ? "" : ssid, RssiDbm(rssiDbm), true);
        }

        /// <summary>Rounded to whole dBm and kept within a signed byte's range; NaN reads as the weakest signal.</summary>
        public static int RssiDbm(double value)
        {
            // NaN first, explicitly: nanoCLR answers true to an ordered comparison with NaN (NaN >= x, NaN > x).
            if (double.IsNaN(value) || value < WeakestDbm)
            {
                return WeakestDbm;
            }

            if (value > 127)
            {
                return 127;
            }

            return (int)(value < 0 ? value - 0.5 : value + 0.5);
        }
    }
}
