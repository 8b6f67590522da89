namespace BlynkWM.Wifi
{
    /// <summary>What the <see cref="WifiManager"/> is doing.</summary>
    public enum WifiState
    {
        /// <summary>Not started, or stopped.</summary>
        Stopped = 0,

        /// <summary>Started, but no network is stored (no set has an SSID): nothing to join until <see cref="WifiManager.Configure"/>.</summary>
        Unconfigured = 1,

        /// <summary>A round began and waits for a scan to choose from.</summary>
        Scanning = 2,

        /// <summary>Joining <see cref="WifiManager.CurrentNetwork"/>.</summary>
        Connecting = 3,

        /// <summary>Joined, with an address.</summary>
        Connected = 4,

        /// <summary>
        /// The last round joined nothing: waiting until <see cref="WifiManager.NextAttemptAt"/> (backoff), scanning in the
        /// background meanwhile; <see cref="WifiManager.LastFailure"/> says why the round failed.
        /// </summary>
        Waiting = 5,
    }
}
