namespace BlynkWM.Blynk
{
    /// <summary>What the client is doing.</summary>
    public enum BlynkState
    {
        /// <summary>Not started, or stopped (the lifecycle stops it while WiFi is down).</summary>
        Stopped = 0,

        /// <summary>Between attempts: every usable server is backing off until <see cref="BlynkClient.NextAttemptAt"/>.</summary>
        Disconnected = 1,

        /// <summary>Opening the TCP/TLS connection to <see cref="BlynkClient.CurrentServer"/>.</summary>
        Connecting = 2,

        /// <summary>Connected; the token was sent and the answer is awaited.</summary>
        LoggingIn = 3,

        /// <summary>Logged in: pins flow both ways.</summary>
        Running = 4,

        /// <summary>No server can be used until the config changes (every token rejected, or none configured).</summary>
        Error = 5,
    }
}
