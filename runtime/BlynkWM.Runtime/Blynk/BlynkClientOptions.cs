namespace BlynkWM.Blynk
{
    /// <summary>
    /// Timing and sizes. The sizes (buffers, pins) are read when the client is created and allocated once; the times and
    /// the device info are read when used, so they may be changed later. Memory is about
    /// <c>MaxIncomingBody + SendBufferBytes + 8 × VirtualPinCount + 300</c> bytes plus the server list.
    /// </summary>
    public sealed class BlynkClientOptions
    {
        /// <summary>
        /// Seconds of silence in either direction after which a PING is sent (the official libraries' BLYNK_HEARTBEAT);
        /// announced to the server as <c>h-beat</c>. Nothing received for this plus 3 × <see cref="ResponseTimeoutMs"/>
        /// ends the connection as dead.
        /// </summary>
        public int HeartbeatSeconds = 40;

        /// <summary>How long the login answer may take; also the shortest gap between two PINGs (BLYNK_TIMEOUT_MS).</summary>
        public int ResponseTimeoutMs = 6000;

        /// <summary>How long resolving, connecting and the TLS handshake may take together.</summary>
        public int ConnectTimeoutMs = 15000;

        /// <summary>Longest message body accepted from the server (announced as <c>buff-in</c>); longer closes the connection.</summary>
        public int MaxIncomingBody = 1024;

        /// <summary>Send buffer; a write that does not fit while earlier ones are still leaving is refused.</summary>
        public int SendBufferBytes = 1024;

        /// <summary>Most bytes handed to one Send (lwIP blocks until all of a send is queued: keep it to a segment).</summary>
        public int SendChunkBytes = 1460;

        /// <summary>Virtual pins V0..V(n-1) that can have handlers; writes to others are rejected. Blynk IoT uses V0..V255.</summary>
        public int VirtualPinCount = 256;

        /// <summary>Wait after a server's first failure before it is tried again; doubles with each further failure.</summary>
        public int BackoffInitialMs = 2000;

        /// <summary>Longest wait between attempts on one server.</summary>
        public int BackoffMaxMs = 300000;

        /// <summary>Each wait is randomly shortened or lengthened by up to this share, so a fleet does not retry in step.</summary>
        public int BackoffJitterPercent = 25;

        /// <summary>
        /// While logged in to a less preferred server, how often a more preferred one is probed (a plain TCP connect to its
        /// port) to return to it when it is back.
        /// </summary>
        public int PreferredProbeIntervalMs = 60000;

        /// <summary>Redirects followed in a row without a login before the server counts as failed.</summary>
        public int MaxRedirects = 3;

        /// <summary>Most frames handled per <see cref="BlynkClient.Step"/>, so a flood cannot stall the application's loop.</summary>
        public int MaxFramesPerStep = 32;

        /// <summary>What the device reports about itself after login.</summary>
        public BlynkDeviceInfo DeviceInfo = new BlynkDeviceInfo();
    }
}
