namespace BlynkWM.Ports
{
    /// <summary>Why an <see cref="IOutgoingStream"/> failed; each value maps to a different fix for the user.</summary>
    public enum StreamFailure
    {
        /// <summary>Not failed.</summary>
        None = 0,

        /// <summary>The host name did not resolve (DNS).</summary>
        HostNotFound = 1,

        /// <summary>The host answered with a reset: nothing listens on that port.</summary>
        ConnectionRefused = 2,

        /// <summary>No route to the host or its network.</summary>
        Unreachable = 3,

        /// <summary>The platform gave up connecting (the client's own connect timeout is reported by the client).</summary>
        TimedOut = 4,

        /// <summary>The TLS handshake failed for a reason other than the certificate (protocol, cipher, closed mid-way).</summary>
        TlsHandshakeFailed = 5,

        /// <summary>The server's certificate chain does not lead to the pinned CA certificate.</summary>
        CertificateUntrusted = 6,

        /// <summary>The certificate is valid for another host name than the one connected to.</summary>
        CertificateNameMismatch = 7,

        /// <summary>The certificate (or one in its chain) is outside its validity period on this clock.</summary>
        CertificateExpired = 8,

        /// <summary>The certificate's SHA-256 differs from the pinned fingerprint.</summary>
        FingerprintMismatch = 9,

        /// <summary>The platform cannot do the requested TLS mode (nanoFramework's SslStream cannot check a fingerprint).</summary>
        TlsModeUnsupported = 10,

        /// <summary>The pinned CA certificate could not be read (neither DER nor PEM).</summary>
        InvalidCaCertificate = 11,

        /// <summary>The peer closed the connection (FIN).</summary>
        ClosedByPeer = 12,

        /// <summary>The connection broke (reset, send or receive error) after it was established.</summary>
        ConnectionLost = 13,

        /// <summary>Anything else; <see cref="IOutgoingStream.FailureDetail"/> has the platform's message.</summary>
        Other = 14,
    }
}
