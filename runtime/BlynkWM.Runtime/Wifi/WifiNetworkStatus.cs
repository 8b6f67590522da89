namespace BlynkWM.Wifi
{
    /// <summary>What the <see cref="WifiManager"/> knows of one stored network.</summary>
    public enum WifiNetworkStatus
    {
        /// <summary>The set has no SSID.</summary>
        Unused = 0,

        /// <summary>Neither being joined nor failed: not tried since it was configured, or left by the manager.</summary>
        Idle = 1,

        /// <summary>Being joined now.</summary>
        Connecting = 2,

        /// <summary>Joined now.</summary>
        Connected = 3,

        /// <summary>The last attempt failed, or its link was lost: <see cref="WifiManager.GetNetworkFailure"/> says why.</summary>
        Failed = 4,

        /// <summary>
        /// Its passphrase was refused: not tried again until its credentials change, it vanishes from the scans and
        /// comes back, or the cool-down ends (<see cref="WifiManager.GetNetworkSkippedUntil"/>). Its stored credentials
        /// are kept.
        /// </summary>
        SkippedWrongPassword = 5,
    }
}
