using System;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>The host's TLS stream against our server on loopback, with certificates made for the test.</summary>
    public sealed class TlsTests : IDisposable
    {
        private readonly ServerCertificates _certificates = ServerCertificates.Create();
        private readonly BlynkServer _server;

        public TlsTests()
        {
            _server = Live.Server(tcp: true, tls: true, _certificates, "tls-token");
        }

        public void Dispose()
        {
            _server.Dispose();
            _certificates.Dispose();
        }

        [Fact]
        public void Insecure_mode_connects_to_any_certificate()
        {
            Assert.Equal(StreamState.Connected, Open(StreamSecurity.TlsInsecure()).State);
        }

        [Fact]
        public void Pinned_ca_connects_with_the_right_ca_in_der_or_pem()
        {
            Assert.Equal(StreamState.Connected, Open(StreamSecurity.TlsPinnedCa(_certificates.CaDer)).State);
            Assert.Equal(StreamState.Connected, Open(StreamSecurity.TlsPinnedCa(Encoding.ASCII.GetBytes(_certificates.CaPem))).State);
        }

        [Fact]
        public void Fingerprint_connects_with_the_right_pin()
        {
            Assert.Equal(StreamState.Connected, Open(StreamSecurity.TlsFingerprint(_certificates.ServerFingerprintHex)).State);
        }

        [Fact]
        public void Another_ca_is_refused_as_untrusted()
        {
            using ServerCertificates other = ServerCertificates.Create(caName: "Someone else");
            IOutgoingStream stream = Open(StreamSecurity.TlsPinnedCa(other.CaDer));

            Assert.Equal(StreamState.Failed, stream.State);
            Assert.Equal(StreamFailure.CertificateUntrusted, stream.Failure);
            Assert.True(stream.FailureDetail.Contains("UntrustedRoot") || stream.FailureDetail.Contains("PartialChain"), stream.FailureDetail);
        }

        [Fact]
        public void A_wrong_fingerprint_is_refused_saying_so()
        {
            byte[] wrong = _certificates.ServerFingerprint;
            wrong[0] ^= 1;
            IOutgoingStream stream = Open(StreamSecurity.TlsFingerprint(wrong));

            Assert.Equal(StreamFailure.FingerprintMismatch, stream.Failure);
            Assert.Contains(_certificates.ServerFingerprintHex, stream.FailureDetail);
        }

        [Fact]
        public void The_right_ca_for_another_name_is_a_name_mismatch()
        {
            IOutgoingStream stream = Open(StreamSecurity.TlsPinnedCa(_certificates.CaDer, "blynk.example"));

            Assert.Equal(StreamFailure.CertificateNameMismatch, stream.Failure);
        }

        [Fact]
        public void An_expired_certificate_from_the_right_ca_is_expired()
        {
            using ServerCertificates expired = ServerCertificates.Create(days: 9, notBefore: DateTimeOffset.UtcNow.AddDays(-20));
            using BlynkServer server = Live.Server(tcp: false, tls: true, expired, "t");
            IOutgoingStream stream = new SocketStreamPort().Open("127.0.0.1", server.TlsPort, StreamSecurity.TlsPinnedCa(expired.CaDer));
            Live.Settle(stream);

            Assert.Equal(StreamFailure.CertificateExpired, stream.Failure);
        }

        [Fact]
        public void An_unreadable_ca_says_so()
        {
            IOutgoingStream stream = Open(StreamSecurity.TlsPinnedCa(new byte[] { 1, 2, 3 }));

            Assert.Equal(StreamFailure.InvalidCaCertificate, stream.Failure);
        }

        [Fact]
        public void A_closed_port_is_refused()
        {
            IOutgoingStream stream = new SocketStreamPort().Open("127.0.0.1", FreePort(), StreamSecurity.TlsInsecure());
            Live.Settle(stream);

            Assert.Equal(StreamFailure.ConnectionRefused, stream.Failure);
            Assert.Equal(-1, stream.Receive(new byte[4], 0, 4));
        }

        [Fact]
        public void The_client_logs_in_over_tls_and_pins_flow_both_ways()
        {
            BlynkClient client = Live.Client(new BlynkServerEndpoint("localhost", _server.TlsPort, "tls-token", StreamSecurity.TlsPinnedCa(_certificates.CaDer)));
            string? received = null;
            client.OnWrite(2, (pin, value) => received = value.AsString());
            client.Start();
            Live.StepUntil(client, () => client.IsConnected, "the TLS login");

            client.VirtualWrite(1, 21.5);
            Live.StepUntil(client, () => _server.Device("tls-token").GetPin(1)?[0] == "21.5", "V1 at the server");
            _server.WriteVirtual("tls-token", 2, "from the app");
            Live.StepUntil(client, () => received != null, "V2 at the device");

            Assert.Equal("from the app", received);
            Assert.Equal("0.1.0", _server.Device("tls-token").GetInfo("ver"));
            client.Stop();
        }

        [Fact]
        public void Closing_while_the_handshake_runs_abandons_it()
        {
            IOutgoingStream stream = new SocketStreamPort().Open("127.0.0.1", _server.TlsPort, StreamSecurity.TlsInsecure());
            stream.Close();

            Assert.Equal(StreamState.Closed, stream.State);
            Assert.Equal(-1, stream.Send(new byte[1], 0, 1));
        }

        private IOutgoingStream Open(StreamSecurity security)
        {
            IOutgoingStream stream = new SocketStreamPort().Open("localhost", _server.TlsPort, security);
            Live.Settle(stream);
            return stream;
        }

        private static int FreePort()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
