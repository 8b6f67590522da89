namespace BlynkWM.Blynk
{
    /// <summary>Why the last connection attempt or connection ended (<see cref="BlynkClient.LastFailure"/>).</summary>
    public enum BlynkFailure
    {
        /// <summary>No failure yet.</summary>
        None = 0,

        /// <summary>No Blynk server with a host and a token is configured.</summary>
        NoServers = 1,

        /// <summary>The TCP/TLS connection could not be made; <see cref="BlynkClient.LastStreamFailure"/> says why.</summary>
        ConnectFailed = 2,

        /// <summary>Connecting took longer than <see cref="BlynkClientOptions.ConnectTimeoutMs"/>.</summary>
        ConnectTimeout = 3,

        /// <summary>The server did not answer the login within <see cref="BlynkClientOptions.ResponseTimeoutMs"/>.</summary>
        LoginTimeout = 4,

        /// <summary>The server rejected the token (status 9): the server is not used again until the config changes.</summary>
        InvalidToken = 5,

        /// <summary>The server answered the login with another error status (<see cref="BlynkClient.LastFailureStatus"/>).</summary>
        LoginRejected = 6,

        /// <summary>The connection closed or broke; <see cref="BlynkClient.LastStreamFailure"/> says how.</summary>
        ConnectionLost = 7,

        /// <summary>Nothing arrived for heartbeat + 3 × response timeout: the link is dead although no error was seen.</summary>
        HeartbeatTimeout = 8,

        /// <summary>The server sent a frame no peer may send (message id 0); the connection was closed.</summary>
        MalformedFrame = 9,

        /// <summary>The server sent a body longer than <see cref="BlynkClientOptions.MaxIncomingBody"/>; the connection was closed.</summary>
        OversizedFrame = 10,

        /// <summary>More redirects in a row than <see cref="BlynkClientOptions.MaxRedirects"/> without a login.</summary>
        TooManyRedirects = 11,
    }
}
