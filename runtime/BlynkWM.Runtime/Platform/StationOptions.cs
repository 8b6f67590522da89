namespace BlynkWM.Platform
{
    /// <summary>
    /// The WiFi station's stored options (nanoFramework's Wireless80211Configuration.ConfigurationOptions, as numbers).
    /// While the portal runs the station must stay enabled, so the radio runs AP+station and can scan for the portal's
    /// network list; SmartConfig must be off, because while ESP-IDF's SmartConfig listens it hops channels and the
    /// portal's access point stops working. nanoFramework's defaults (AutoConnect | SmartConfig) have it on. While the
    /// WiFi manager drives the station, the firmware must not join by itself either: AutoConnect off too.
    /// </summary>
    public static class StationOptions
    {
        /// <summary>ConfigurationOptions.Disable: the station interface is off.</summary>
        public const int Disable = 1;

        /// <summary>ConfigurationOptions.Enable: the radio starts with a station interface.</summary>
        public const int Enable = 2;

        /// <summary>AutoConnect's own bit (the value 6 includes Enable).</summary>
        public const int AutoConnectBit = 4;

        /// <summary>SmartConfig's own bit (the value 10 includes Enable).</summary>
        public const int SmartConfigBit = 8;

        /// <summary>The options for portal time: enabled, not disabled, SmartConfig off, AutoConnect kept as it was.</summary>
        public static int ForPortal(int options)
        {
            return (options | Enable) & ~(Disable | SmartConfigBit);
        }

        /// <summary>
        /// The options while the WiFi manager joins networks itself: enabled, neither AutoConnect (the firmware would
        /// join the stored network at boot, behind the manager's back) nor SmartConfig.
        /// </summary>
        public static int ForManagedStation(int options)
        {
            return (options | Enable) & ~(Disable | AutoConnectBit | SmartConfigBit);
        }

        /// <summary>True when the station was enabled: the radio started with a station interface.</summary>
        public static bool IsEnabled(int options)
        {
            return (options & Enable) != 0 && (options & Disable) == 0;
        }
    }
}
