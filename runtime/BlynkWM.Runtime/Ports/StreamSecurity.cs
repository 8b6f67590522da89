using System;

namespace BlynkWM.Ports
{
    /// <summary>
    /// The protection an outgoing stream uses: plain TCP, or TLS in one of the <see cref="TlsMode"/>s. Immutable; make
    /// one with <see cref="Plain"/>, <see cref="TlsInsecure"/>, <c>TlsPinnedCa</c> or <c>TlsFingerprint</c>.
    /// </summary>
    public sealed class StreamSecurity
    {
        /// <summary>Bytes in a SHA-256 fingerprint.</summary>
        public const int FingerprintLength = 32;

        private readonly TlsMode _mode;
        private readonly byte[] _caCertificate;
        private readonly byte[] _fingerprint;
        private readonly string _serverName;

        private StreamSecurity(TlsMode mode, byte[] caCertificate, byte[] fingerprint, string serverName)
        {
            _mode = mode;
            _caCertificate = caCertificate;
            _fingerprint = fingerprint;
            _serverName = serverName;
        }

        /// <summary>Plain TCP or the TLS mode.</summary>
        public TlsMode Mode
        {
            get { return _mode; }
        }

        /// <summary>True for every mode but <see cref="TlsMode.None"/>.</summary>
        public bool UsesTls
        {
            get { return _mode != TlsMode.None; }
        }

        /// <summary>The pinned CA certificate, DER or PEM bytes, for <see cref="TlsMode.PinnedCa"/>; otherwise null.</summary>
        public byte[] CaCertificate
        {
            get { return _caCertificate; }
        }

        /// <summary>The pinned SHA-256 of the server certificate, for <see cref="TlsMode.Fingerprint"/>; otherwise null.</summary>
        public byte[] Fingerprint
        {
            get { return _fingerprint; }
        }

        /// <summary>The name sent in SNI and checked against the certificate; null means the host connected to.</summary>
        public string ServerName
        {
            get { return _serverName; }
        }

        /// <summary>Plain TCP, no TLS.</summary>
        public static StreamSecurity Plain()
        {
            return new StreamSecurity(TlsMode.None, null, null, null);
        }

        /// <summary>TLS without checking the server's certificate: encrypted, but open to anyone in the middle.</summary>
        public static StreamSecurity TlsInsecure()
        {
            return new StreamSecurity(TlsMode.Insecure, null, null, null);
        }

        /// <summary>TLS verified against <paramref name="caCertificate"/> (DER, or PEM text as bytes).</summary>
        public static StreamSecurity TlsPinnedCa(byte[] caCertificate)
        {
            return TlsPinnedCa(caCertificate, null);
        }

        /// <summary>As <see cref="TlsPinnedCa(byte[])"/>, checking the certificate against <paramref name="serverName"/>.</summary>
        public static StreamSecurity TlsPinnedCa(byte[] caCertificate, string serverName)
        {
            if (caCertificate == null || caCertificate.Length == 0)
            {
                throw new ArgumentException("a pinned CA certificate needs its DER or PEM bytes", "caCertificate");
            }

            return new StreamSecurity(TlsMode.PinnedCa, caCertificate, null, serverName);
        }

        /// <summary>TLS accepting only the certificate whose SHA-256 is <paramref name="sha256"/> (32 bytes).</summary>
        public static StreamSecurity TlsFingerprint(byte[] sha256)
        {
            if (sha256 == null || sha256.Length != FingerprintLength)
            {
                throw new ArgumentException("a SHA-256 fingerprint is 32 bytes", "sha256");
            }

            return new StreamSecurity(TlsMode.Fingerprint, null, sha256, null);
        }

        /// <summary>
        /// TLS pinned to a fingerprint written in hex, with or without <c>:</c> or space separators
        /// (<c>"3A:4F:..."</c>, as browsers and <c>openssl x509 -fingerprint -sha256</c> show it).
        /// </summary>
        public static StreamSecurity TlsFingerprint(string sha256Hex)
        {
            return TlsFingerprint(ParseFingerprint(sha256Hex));
        }

        /// <summary>The 32 bytes of a hex SHA-256 fingerprint; <see cref="ArgumentException"/> saying what is wrong otherwise.</summary>
        public static byte[] ParseFingerprint(string sha256Hex)
        {
            if (sha256Hex == null)
            {
                throw new ArgumentException("no fingerprint given", "sha256Hex");
            }

            byte[] text = Storage.Utf8.GetBytes(sha256Hex);
            byte[] result = new byte[FingerprintLength];
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int b = text[i];
                if (b == ':' || b == ' ' || b == '-')
                {
                    continue;
                }

                int value = HexValue(b);
                if (value < 0)
                {
                    throw new ArgumentException("a fingerprint holds hex digits and ':' only; found '" + ((char)b).ToString() + "'", "sha256Hex");
                }

                if (digits >= 2 * FingerprintLength)
                {
                    throw new ArgumentException("a SHA-256 fingerprint has 64 hex digits; this one has more", "sha256Hex");
                }

                result[digits / 2] = (byte)((result[digits / 2] << 4) | value);
                digits++;
            }

            if (digits != 2 * FingerprintLength)
            {
                throw new ArgumentException("a SHA-256 fingerprint has 64 hex digits; this one has " + digits.ToString(), "sha256Hex");
            }

            return result;
        }

        private static int HexValue(int b)
        {
            if (b >= '0' && b <= '9')
            {
                return b - '0';
            }

            if (b >= 'a' && b <= 'f')
            {
                return b - 'a' + 10;
            }

            if (b >= 'A' && b <= 'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }
    }
}
