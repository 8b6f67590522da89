namespace BlynkWM.Ports
{
    /// <summary>Where an <see cref="IOutgoingStream"/> is in its life. It only ever moves forward.</summary>
    public enum StreamState
    {
        /// <summary>Resolving, connecting or (with TLS) handshaking, on the adapter's worker.</summary>
        Connecting = 0,

        /// <summary>Ready: bytes can be sent and received.</summary>
        Connected = 1,

        /// <summary>Connecting failed or the connection broke; <see cref="IOutgoingStream.Failure"/> says why.</summary>
        Failed = 2,

        /// <summary>Closed by the caller.</summary>
        Closed = 3,
    }
}
