namespace BlynkWM.Wifi
{
    /// <summary>
    /// Timing and choices of the <see cref="WifiManager"/>. Read when used, so they may be changed while it runs.
    /// </summary>
    public sealed class WifiManagerOptions
    {
        /// <summary>Longest one attempt may take (association, handshake and address) before it is abandoned as Timeout.</summary>
        public int ConnectTimeoutMs = 20000;

        /// <summary>Longest wait for a scan; after it the round goes on without one (every saved network counts as unseen).</summary>
        public int ScanTimeoutMs = 10000;

        /// <summary>A round reuses a scan at most this old instead of starting another one.</summary>
        public int ScanMaxAgeMs = 5000;

        /// <summary>
        /// Bonus in dB of the last good network when ranking, and the margin by which another network must be stronger
        /// before the manager moves to it while connected: a slightly stronger access point causes no flapping.
        /// </summary>
        public int HysteresisDb = 8;

        /// <summary>Wait after the first round that joined nothing; doubles with each further one.</summary>
        public int BackoffInitialMs = 3000;

        /// <summary>Longest wait between two rounds.</summary>
        public int BackoffMaxMs = 300000;

        /// <summary>Each wait is randomly shortened or lengthened by up to this share (never beyond the maximum), so devices that lost the same router do not retry in step.</summary>
        public int BackoffJitterPercent = 20;

        /// <summary>
        /// While waiting between rounds, scan this often; a saved network that was not in the previous scan and is in
        /// this one starts a round at once (the router is back), without waiting out the backoff. 0: no such scans.
        /// </summary>
        public int IdleScanIntervalMs = 20000;

        /// <summary>
        /// The same while the fallback portal is open (<see cref="WifiManager.SetFallbackPortal"/>). Longer, because on
        /// an ESP32 the access point shares the station's channel: every scan and attempt briefly moves the portal's
        /// clients too.
        /// </summary>
        public int PortalScanIntervalMs = 30000;

        /// <summary>While the fallback portal is open, rounds (which also try hidden networks) come at most this far apart.</summary>
        public int PortalBackoffMaxMs = 60000;

        /// <summary>
        /// How long a network whose passphrase was refused is skipped, unless its credentials change or it vanishes and
        /// comes back first. Not forever: a weak signal can fail the handshake like a wrong passphrase. 0: never skipped.
        /// </summary>
        public int WrongPasswordCooldownMs = 1800000;

        /// <summary>
        /// While connected, scan this often and move to a saved network stronger than the current one by more than
        /// <see cref="HysteresisDb"/>. 0 (the default): stay on a working link.
        /// </summary>
        public int RoamScanIntervalMs;

        /// <summary>Try saved networks the scan did not show (hidden SSIDs) after the visible ones.</summary>
        public bool TryUnseenNetworks = true;

        /// <summary>The host name announced to the router (see <see cref="Hostname.FromBoardName(string, string, int)"/>); null keeps the platform's.</summary>
        public string Hostname;

        /// <summary>A fixed address for every network; null: DHCP. <see cref="WifiManager.SetStaticIp"/> sets one network's.</summary>
        public StaticIpConfig StaticIp;
    }
}
