using System.Text;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Esp32.Tests
{
    /// <summary>
    /// The decisions behind the station radio and the outgoing stream adapters (StationRadio, NanoOutgoingStream),
    /// which need nanoFramework's WiFi and socket natives and so never run here: the status mapping, the join
    /// worker's handoff, the socket-error mapping, the TLS plan, the stream's states and the receive step. The nanoCLR
    /// lane's AdapterSuite runs the same decisions on the device's interpreter.
    /// </summary>
    public class AdapterDecisionTests
    {
        [Theory]
        [InlineData(WifiConnectResults.Success, WifiFailure.None)]
        [InlineData(WifiConnectResults.InvalidCredential, WifiFailure.WrongPassword)]
        [InlineData(WifiConnectResults.AccessRevoked, WifiFailure.WrongPassword)]
        [InlineData(WifiConnectResults.NetworkNotAvailable, WifiFailure.NetworkNotFound)]
        [InlineData(WifiConnectResults.Timeout, WifiFailure.Timeout)]
        [InlineData(WifiConnectResults.UnsupportedAuthenticationProtocol, WifiFailure.AuthenticationUnsupported)]
        [InlineData(WifiConnectResults.UnspecifiedFailure, WifiFailure.Other)]
        [InlineData(42, WifiFailure.Other)]
        [InlineData(-1, WifiFailure.Other)]
        public void Connection_statuses_map_to_the_managers_reasons(int status, WifiFailure failure)
        {
            Assert.Equal(failure, WifiConnectResults.ToFailure(status));
            Assert.NotEmpty(WifiConnectResults.Name(status));
        }

        [Fact]
        public void The_status_values_are_nanoFrameworks()
        {
            // System.Device.Wifi's WifiConnectionStatus, in declaration order (checked against the surface too).
            string[] names = { "AccessRevoked", "InvalidCredential", "NetworkNotAvailable", "Success", "Timeout", "UnspecifiedFailure", "UnsupportedAuthenticationProtocol" };
            for (int i = 0; i < names.Length; i++)
            {
                Assert.Equal(names[i], WifiConnectResults.Name(i));
            }
        }

        [Theory]
        [InlineData("192.168.1.23", true)]
        [InlineData("10.0.0.1", true)]
        [InlineData("0.0.0.0", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void An_address_is_one_unless_it_is_none(string? address, bool has)
        {
            Assert.Equal(has, WifiConnectResults.HasAddress(address!));
        }

        [Fact]
        public void A_static_address_gives_one_or_two_dns_servers()
        {
            Assert.Equal(new[] { "192.168.1.1" }, WifiConnectResults.DnsServers(new StaticIpConfig("192.168.1.50", "255.255.255.0", "192.168.1.1")));
            Assert.Equal(new[] { "1.1.1.1", "8.8.8.8" }, WifiConnectResults.DnsServers(new StaticIpConfig("192.168.1.50", "255.255.255.0", "192.168.1.1", "1.1.1.1", "8.8.8.8")));
        }

        [Theory]
        [InlineData(6, 2)] // AutoConnect
        [InlineData(10, 2)] // SmartConfig
        [InlineData(14, 2)] // both
        [InlineData(2, 2)]
        [InlineData(1, 2)] // disabled
        [InlineData(0, 2)]
        public void The_managed_station_is_enabled_without_joining_by_itself(int stored, int managed)
        {
            Assert.Equal(managed, StationOptions.ForManagedStation(stored));
            Assert.True(StationOptions.IsEnabled(StationOptions.ForManagedStation(stored)));
        }

        [Fact]
        public void A_join_publishes_its_address_state_last()
        {
            var link = new StationLink();
            int attempt = link.Begin(out bool leave);
            Assert.False(leave);
            Assert.Equal(WifiLinkState.Connecting, link.State);
            Assert.True(link.IsCurrent(attempt));
            Assert.True(link.Finish(attempt, WifiFailure.None, "", "192.168.1.23"));
            Assert.Equal(WifiLinkState.Connected, link.State);
            Assert.Equal("192.168.1.23", link.IpAddress);
            Assert.False(link.WorkerEnded());
            Assert.Equal(0, link.Workers);

            // A new join leaves this network first, and starts clean.
            int next = link.Begin(out leave);
            Assert.True(leave);
            Assert.Equal("", link.IpAddress);
            Assert.True(link.Finish(next, WifiFailure.WrongPassword, "InvalidCredential", null));
            Assert.Equal(WifiLinkState.Failed, link.State);
            Assert.Equal(WifiFailure.WrongPassword, link.Failure);
            Assert.Equal("InvalidCredential", link.FailureDetail);
        }

        [Fact]
        public void A_disconnect_or_a_newer_join_makes_a_running_join_stale()
        {
            var link = new StationLink();
            int first = link.Begin(out _);
            link.Abandon();
            Assert.Equal(WifiLinkState.Idle, link.State);
            Assert.False(link.IsCurrent(first));
            Assert.False(link.Finish(first, WifiFailure.None, "", "10.0.0.2")); // the worker must leave again
            Assert.Equal(WifiLinkState.Idle, link.State);
            link.WorkerEnded();

            int second = link.Begin(out _);
            int third = link.Begin(out bool leave);
            Assert.True(leave); // the second may still be joining
            Assert.Equal(2, link.Workers);
            Assert.False(link.Finish(second, WifiFailure.Timeout, "Timeout", null));
            Assert.Equal(WifiLinkState.Connecting, link.State);
            Assert.True(link.Finish(third, WifiFailure.None, "", "10.0.0.3"));
            Assert.Equal("10.0.0.3", link.IpAddress);
        }

        [Fact]
        public void A_scan_asked_for_while_joining_starts_when_the_last_worker_ends()
        {
            var link = new StationLink();
            Assert.True(link.ScanMayStart());
            int a = link.Begin(out _);
            int b = link.Begin(out _);
            Assert.False(link.ScanMayStart());
            Assert.False(link.ScanMayStart());
            link.Finish(a, WifiFailure.Other, "x", null);
            Assert.False(link.WorkerEnded()); // b still runs
            link.Finish(b, WifiFailure.None, "", "10.0.0.9");
            Assert.True(link.WorkerEnded()); // once
            Assert.False(link.WorkerEnded());
            Assert.True(link.ScanMayStart());
        }

        [Fact]
        public void A_link_is_lost_when_the_network_or_the_address_goes()
        {
            var link = new StationLink();
            Assert.False(link.AvailabilityChanged(false)); // idle: nothing to lose
            int a = link.Begin(out _);
            Assert.False(link.AvailabilityChanged(false)); // joining: the worker's own disconnect
            Assert.False(link.AddressChanged("0.0.0.0"));
            link.Finish(a, WifiFailure.None, "", "10.0.0.2");
            Assert.False(link.AvailabilityChanged(true));
            Assert.False(link.AddressChanged("10.0.0.7"));
            Assert.Equal("10.0.0.7", link.IpAddress); // a new lease
            Assert.True(link.AddressChanged("0.0.0.0"));
            Assert.Equal(WifiLinkState.Failed, link.State);
            Assert.Equal(WifiFailure.LinkLost, link.Failure);
            Assert.Equal("", link.IpAddress);

            int b = link.Begin(out _);
            link.Finish(b, WifiFailure.None, "", "10.0.0.2");
            Assert.True(link.AvailabilityChanged(false));
            Assert.Equal(WifiFailure.LinkLost, link.Failure);
            Assert.False(link.AvailabilityChanged(false));
        }

        [Theory]
        [InlineData(StreamErrors.ConnectionRefused, StreamStep.Connecting, StreamFailure.ConnectionRefused)]
        [InlineData(StreamErrors.ConnectionReset, StreamStep.Connecting, StreamFailure.ConnectionRefused)]
        [InlineData(StreamErrors.ConnectionAborted, StreamStep.Connecting, StreamFailure.TimedOut)]
        [InlineData(StreamErrors.TimedOut, StreamStep.Connecting, StreamFailure.TimedOut)]
        [InlineData(StreamErrors.HostUnreachable, StreamStep.Connecting, StreamFailure.Unreachable)]
        [InlineData(StreamErrors.NetworkUnreachable, StreamStep.Connecting, StreamFailure.Unreachable)]
        [InlineData(StreamErrors.NetworkDown, StreamStep.Connecting, StreamFailure.Unreachable)]
        [InlineData(StreamErrors.HostDown, StreamStep.Connecting, StreamFailure.Unreachable)]
        [InlineData(StreamErrors.HostNotFound, StreamStep.Resolving, StreamFailure.HostNotFound)]
        [InlineData(StreamErrors.TryAgain, StreamStep.Resolving, StreamFailure.HostNotFound)]
        [InlineData(12345, StreamStep.Resolving, StreamFailure.HostNotFound)]
        [InlineData(StreamErrors.NoData, StreamStep.Connecting, StreamFailure.HostNotFound)]
        [InlineData(StreamErrors.ConnectionReset, StreamStep.Handshaking, StreamFailure.TlsHandshakeFailed)]
        [InlineData(StreamErrors.ConnectionAborted, StreamStep.Handshaking, StreamFailure.TlsHandshakeFailed)]
        [InlineData(StreamErrors.NotConnected, StreamStep.Handshaking, StreamFailure.TlsHandshakeFailed)]
        [InlineData(StreamErrors.TimedOut, StreamStep.Handshaking, StreamFailure.TimedOut)]
        [InlineData(StreamErrors.ConnectionReset, StreamStep.Established, StreamFailure.ConnectionLost)]
        [InlineData(StreamErrors.TimedOut, StreamStep.Established, StreamFailure.ConnectionLost)]
        [InlineData(StreamErrors.ConnectionRefused, StreamStep.Handshaking, StreamFailure.TlsHandshakeFailed)]
        [InlineData(10022, StreamStep.Connecting, StreamFailure.Other)]
        [InlineData(StreamErrors.NotConnected, StreamStep.Connecting, StreamFailure.Other)]
        public void Socket_errors_mean_what_the_step_makes_them(int code, StreamStep step, StreamFailure failure)
        {
            Assert.Equal(failure, StreamErrors.FromSocketError(code, step));
        }

        [Fact]
        public void The_tls_plan_follows_the_mode()
        {
            Assert.Equal(StreamFailure.TlsModeUnsupported, TlsPlan.Refusal(StreamSecurity.TlsFingerprint(new byte[32])));
            Assert.Equal(StreamFailure.None, TlsPlan.Refusal(StreamSecurity.TlsInsecure()));
            Assert.Equal(StreamFailure.None, TlsPlan.Refusal(StreamSecurity.Plain()));
            Assert.Equal(TlsPlan.NoVerification, TlsPlan.Verification(TlsMode.Insecure));
            Assert.Equal(TlsPlan.CertificateRequired, TlsPlan.Verification(TlsMode.PinnedCa));
            Assert.True(TlsPlan.Verifies(TlsMode.PinnedCa));
            Assert.False(TlsPlan.Verifies(TlsMode.Insecure));
            Assert.Equal("blynk.cloud", TlsPlan.ServerName(StreamSecurity.TlsInsecure(), "blynk.cloud"));
            Assert.Equal("name.example", TlsPlan.ServerName(StreamSecurity.TlsPinnedCa(new byte[] { 0x30 }, "name.example"), "10.0.0.5"));
        }

        [Fact]
        public void A_pem_ca_gets_its_terminating_nul_and_der_stays_as_it_is()
        {
            byte[] pem = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
            byte[] withNul = TlsPlan.CaCertificateBytes(pem);
            Assert.Equal(pem.Length + 1, withNul.Length);
            Assert.Equal(0, withNul[^1]);
            Assert.Equal(pem, withNul.AsSpan(0, pem.Length).ToArray());
            Assert.Equal(withNul, TlsPlan.CaCertificateBytes(withNul));

            byte[] der = { 0x30, 0x82, 0x01, 0x0A, 0x05 };
            byte[] same = TlsPlan.CaCertificateBytes(der);
            Assert.Equal(der, same);
            Assert.NotSame(der, same);
        }

        [Fact]
        public void A_fingerprint_stream_fails_at_once_and_starts_no_worker()
        {
            var life = new StreamLifecycle(StreamSecurity.TlsFingerprint(new byte[32]));
            Assert.Equal(StreamState.Failed, life.State);
            Assert.Equal(StreamFailure.TlsModeUnsupported, life.Failure);
            Assert.Contains("fingerprint", life.FailureDetail, StringComparison.Ordinal);
            Assert.False(life.IsConnecting);
            Assert.False(life.Close());
            Assert.Equal(StreamState.Closed, life.State);
        }

        [Fact]
        public void A_stream_publishes_only_when_everything_succeeded_and_nobody_closed_it()
        {
            var life = new StreamLifecycle(StreamSecurity.TlsInsecure());
            Assert.True(life.IsConnecting);
            Assert.True(life.Enter(StreamStep.Connecting));
            Assert.True(life.Enter(StreamStep.Handshaking));
            Assert.True(life.Publish());
            Assert.Equal(StreamState.Connected, life.State);
            Assert.Equal(StreamStep.Established, life.Step);
            life.SocketError(StreamErrors.ConnectionReset, "reset");
            Assert.Equal(StreamState.Failed, life.State);
            Assert.Equal(StreamFailure.ConnectionLost, life.Failure);
            life.Fail(StreamFailure.ClosedByPeer, "later");
            Assert.Equal(StreamFailure.ConnectionLost, life.Failure); // the first reason stays

            var closed = new StreamLifecycle(StreamSecurity.Plain());
            closed.Enter(StreamStep.Connecting);
            Assert.True(closed.Close()); // the worker's socket must be closed
            Assert.False(closed.Enter(StreamStep.Handshaking));
            Assert.False(closed.Publish());
            closed.SocketError(StreamErrors.ConnectionAborted, "closed under it");
            Assert.Equal(StreamState.Closed, closed.State);
            Assert.Equal(StreamFailure.None, closed.Failure);
            Assert.False(closed.Close());
        }

        [Theory]
        [InlineData(TlsMode.PinnedCa, StreamStep.Handshaking, StreamFailure.CertificateUntrusted)]
        [InlineData(TlsMode.Insecure, StreamStep.Handshaking, StreamFailure.TlsHandshakeFailed)]
        [InlineData(TlsMode.Insecure, StreamStep.Resolving, StreamFailure.HostNotFound)]
        [InlineData(TlsMode.None, StreamStep.Connecting, StreamFailure.Other)]
        [InlineData(TlsMode.None, StreamStep.Established, StreamFailure.ConnectionLost)]
        public void Other_exceptions_mean_what_the_step_and_mode_make_them(TlsMode mode, StreamStep step, StreamFailure failure)
        {
            StreamSecurity security = mode == TlsMode.PinnedCa ? StreamSecurity.TlsPinnedCa(new byte[] { 0x30 }) : mode == TlsMode.Insecure ? StreamSecurity.TlsInsecure() : StreamSecurity.Plain();
            var life = new StreamLifecycle(security);
            if (step == StreamStep.Established)
            {
                life.Publish();
            }
            else
            {
                life.Enter(step);
            }

            life.Error("CryptographicException");
            Assert.Equal(failure, life.Failure);
            Assert.Equal("CryptographicException", life.FailureDetail);
        }

        [Theory]
        [InlineData(0, 0, false, ReceiveAction.Nothing)]
        [InlineData(0, 0, true, ReceiveAction.PeerClosed)]
        [InlineData(0, 12, false, ReceiveAction.ReadSocket)]
        [InlineData(0, 12, true, ReceiveAction.ReadSocket)]
        [InlineData(5, 0, false, ReceiveAction.ReadDecrypted)]
        [InlineData(5, 40, false, ReceiveAction.ReadDecrypted)]
        public void A_receive_reads_only_what_is_there(int decrypted, int available, bool readable, ReceiveAction action)
        {
            Assert.Equal(action, StreamReceive.Next(decrypted, available, readable));
        }

        [Theory]
        [InlineData(ReceiveAction.ReadDecrypted, 5, 40, true, 64, 5)]
        [InlineData(ReceiveAction.ReadDecrypted, 500, 0, true, 64, 64)]
        [InlineData(ReceiveAction.ReadSocket, 0, 40, true, 64, 64)] // a record decrypts to an unknown length
        [InlineData(ReceiveAction.ReadSocket, 0, 40, false, 64, 40)]
        [InlineData(ReceiveAction.ReadSocket, 0, 400, false, 64, 64)]
        public void A_read_asks_for_what_is_there_at_most_the_buffer(ReceiveAction action, int decrypted, int available, bool tls, int count, int size)
        {
            Assert.Equal(size, StreamReceive.ReadSize(action, decrypted, available, tls, count));
        }

        [Fact]
        public void Only_a_timed_out_read_is_a_read_timeout()
        {
            Assert.True(StreamErrors.IsReadTimeout(StreamErrors.TimedOut));
            Assert.False(StreamErrors.IsReadTimeout(StreamErrors.ConnectionReset));
        }
    }
}
