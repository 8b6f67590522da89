namespace BlynkWM.Ports
{
    /// <summary>How an outgoing stream protects and authenticates the connection.</summary>
    public enum TlsMode
    {
        /// <summary>Plain TCP.</summary>
        None = 0,

        /// <summary>
        /// TLS without checking the certificate: encrypted, but anyone on the path can pose as the server. What the
        /// seed does for the Blynk cloud; use only where the alternative is no TLS at all.
        /// </summary>
        Insecure = 1,

        /// <summary>
        /// TLS; the server's chain must lead to the pinned CA certificate and name the host. A new server certificate
        /// from the same CA keeps working; the CA's own expiry ends it.
        /// </summary>
        PinnedCa = 2,

        /// <summary>
        /// TLS; the server's certificate must have the pinned SHA-256 fingerprint (of its DER bytes). Name and dates are
        /// not checked: the pin names exactly one certificate, and a device without a set clock can still connect.
        /// </summary>
        Fingerprint = 3,
    }
}
