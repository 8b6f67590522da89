namespace BlynkWM.Platform
{
    /// <summary>
    /// The WiFi station's stored options (nanoFramework's Wireless80211Configuration.ConfigurationOptions, as numbers)
    /// while the portal runs. The station must stay enabled, so the radio runs AP+station and can scan for the portal's
    /// network list; SmartConfig must be off, because while ESP-IDF's SmartConfig listens it hops channels and the
    /// portal's access point stops working. nanoFramework's defaults (AutoConnect | SmartConfig) have it on.
    /// </summary>
    public static class StationOptions
    {
        public const int Disable = 1;

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

        /// <summary>True when the station was enabled: the radio started with a station interface.</summary>
        public static bool IsEnabled(int options)
        {
            return (options & Enable) != 0 && (options & Disable) == 0;
        }
    }
}
