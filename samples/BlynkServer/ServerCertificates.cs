using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlynkWM.Server
{
    /// <summary>
    /// A certificate authority and a server certificate it signs (ECDSA P-256, for "localhost" and 127.0.0.1), made at
    /// run time so that no key is ever committed. Devices verify the server by the CA (<see cref="CaDer"/>,
    /// <see cref="CaPem"/>) or by the server certificate's SHA-256 (<see cref="ServerFingerprint"/>).
    /// </summary>
    public sealed class ServerCertificates : IDisposable
    {
        private ServerCertificates(X509Certificate2 ca, X509Certificate2 server)
        {
            Ca = ca;
            Server = server;
        }

        /// <summary>The CA's certificate (no private key).</summary>
        public X509Certificate2 Ca { get; }

        /// <summary>The server's certificate with its private key.</summary>
        public X509Certificate2 Server { get; }

        public byte[] CaDer => Ca.RawData;

        public string CaPem => Ca.ExportCertificatePem();

        public byte[] ServerDer => Server.RawData;

        /// <summary>SHA-256 of the server certificate's DER bytes.</summary>
        public byte[] ServerFingerprint => SHA256.HashData(Server.RawData);

        public string ServerFingerprintHex => Convert.ToHexString(ServerFingerprint);

        /// <summary>
        /// A new CA and a server certificate for <paramref name="dnsName"/> and 127.0.0.1, valid from
        /// <paramref name="notBefore"/> (default: an hour ago) for <paramref name="days"/> days.
        /// </summary>
        public static ServerCertificates Create(string dnsName = "localhost", int days = 30, string caName = "BlynkWM test CA", DateTimeOffset? notBefore = null)
        {
            DateTimeOffset from = notBefore ?? DateTimeOffset.UtcNow.AddHours(-1);
            DateTimeOffset notAfter = from.AddDays(days);
            using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var caRequest = new CertificateRequest("CN=" + caName, caKey, HashAlgorithmName.SHA256);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
            using X509Certificate2 caWithKey = caRequest.CreateSelfSigned(from, notAfter.AddDays(1));

            using ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + dnsName, serverKey, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(dnsName);
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(caWithKey, true, false));
            byte[] serial = RandomNumberGenerator.GetBytes(12);
            serial[0] &= 0x7F;
            using X509Certificate2 signed = request.Create(caWithKey, from, notAfter, serial);
            using X509Certificate2 withKey = signed.CopyWithPrivateKey(serverKey);

            // A PKCS#12 round trip gives a certificate whose key SslStream can use on every platform.
            X509Certificate2 server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
            X509Certificate2 ca = X509CertificateLoader.LoadCertificate(caWithKey.RawData);
            return new ServerCertificates(ca, server);
        }

        public void Dispose()
        {
            Ca.Dispose();
            Server.Dispose();
        }
    }
}
