// Declaration-only surface of System.Net (nanoframework/System.Net): TLS over a connected socket.
// Unlike .NET's SslStream it wraps a Socket (not a Stream), takes the CA certificate as an argument of
// AuthenticateAsClient (no validation callback), and verifies according to SslVerification (no "None" value).
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace System.Net.Security
{
    public class SslStream : NetworkStream
    {
        public SslStream(Socket socket) : base(socket) { }

        public SslVerification SslVerification { get => throw null; set { } }

        public bool UseStoredDeviceCertificate { get => throw null; set { } }

        public bool IsServer => throw null;

        public override long Length => throw null;

        public override bool DataAvailable => throw null;

        public void AuthenticateAsClient(string targetHost, SslProtocols enabledSslProtocols) { }

        public void AuthenticateAsClient(string targetHost, X509Certificate clientCertificate, SslProtocols enabledSslProtocols) { }

        public void AuthenticateAsClient(string targetHost, X509Certificate clientCertificate, X509Certificate ca, SslProtocols enabledSslProtocols) { }

        protected override void Dispose(bool disposing) { }

        public override int Read(byte[] buffer, int offset, int size) => throw null;

        public override void Write(byte[] buffer, int offset, int size) { }
    }

    [Flags]
    public enum SslProtocols
    {
        None = 0,
        [Obsolete("TLS 1.0 is insecure.")]
        Tls = 192,
        [Obsolete("TLS 1.1 is insecure.")]
        Tls11 = 768,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    /// <summary>A certificate given as its content (PEM text or DER bytes), never as a file name.</summary>
    public class X509Certificate
    {
        public X509Certificate() { }

        public X509Certificate(byte[] certificate) { }

        public X509Certificate(string certificate) { }

        public virtual string Issuer => throw null;

        public virtual string Subject => throw null;

        public virtual DateTime GetEffectiveDate() => throw null;

        public virtual DateTime GetExpirationDate() => throw null;

        public virtual byte[] GetRawCertData() => throw null;
    }
}
