using BlynkWM.Ports;

namespace BlynkWM.Platform
{
    /// <summary>
    /// How a <see cref="StreamSecurity"/> is done with nanoFramework's SslStream: its SslVerification value, the name
    /// sent (SNI) and checked, the CA certificate bytes, or why the mode cannot be done at all.
    /// </summary>
    public static class TlsPlan
    {
        /// <summary>nanoFramework's SslVerification.NoVerification.</summary>
        public const int NoVerification = 1;

        /// <summary>nanoFramework's SslVerification.CertificateRequired.</summary>
        public const int CertificateRequired = 4;

        /// <summary>
        /// None when the device can do the mode; <see cref="StreamFailure.TlsModeUnsupported"/> for
        /// <see cref="TlsMode.Fingerprint"/>: nanoFramework's SslStream does not expose the server's certificate.
        /// </summary>
        public static StreamFailure Refusal(StreamSecurity security)
        {
            return security.Mode == TlsMode.Fingerprint ? StreamFailure.TlsModeUnsupported : StreamFailure.None;
        }

        /// <summary>The SslVerification value for the mode: none for Insecure, the certificate required otherwise.</summary>
        public static int Verification(TlsMode mode)
        {
            return mode == TlsMode.Insecure ? NoVerification : CertificateRequired;
        }

        /// <summary>True when the handshake checks the server (a failure then is the certificate's).</summary>
        public static bool Verifies(TlsMode mode)
        {
            return Verification(mode) != NoVerification;
        }

        /// <summary>The name sent and checked: the security's server name, else the host connected to.</summary>
        public static string ServerName(StreamSecurity security, string host)
        {
            string name = security.ServerName;
            return name != null && name.Length > 0 ? name : host;
        }

        /// <summary>
        /// The CA certificate as nanoFramework's <c>X509Certificate(byte[])</c> takes it: DER as it is; PEM text with a
        /// terminating NUL (Mbed TLS parses PEM only when its length counts the NUL, as nanoFramework's string
        /// constructor adds it). A copy; the security's bytes stay as they are.
        /// </summary>
        public static byte[] CaCertificateBytes(byte[] certificate)
        {
            bool der = certificate.Length > 0 && certificate[0] == 0x30;
            bool terminated = certificate.Length > 0 && certificate[certificate.Length - 1] == 0;
            byte[] copy = new byte[der || terminated ? certificate.Length : certificate.Length + 1];
            System.Array.Copy(certificate, copy, certificate.Length);
            return copy;
        }
    }
}
