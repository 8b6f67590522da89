using System.Linq;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    public sealed class LoginTests
    {
        [Fact]
        public void Logs_in_with_id_1_and_the_token_then_describes_the_device()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            int connected = 0;
            rig.Client.Connected += _ => connected++;

            Assert.True(rig.Connect());
            rig.Tick(10);

            var frames = Frame.Parse(rig.Servers[0].ReceivedBytes());
            Assert.Equal(new Frame(29, 1, 7, "token-1"), frames[0]);
            Assert.Equal(17, frames[1].Command);
            Assert.Equal(2, frames[1].Id);
            Assert.Equal("ver|0.1.0|h-beat|40|buff-in|1024|dev|ESP32|cpu|ESP32-S3|con|WiFi|tmpl|TMPL0test|fw-type|TMPL0test|mcu|1.0.0", frames[1].Body);
            Assert.Equal(BlynkState.Running, rig.Client.State);
            Assert.Equal(1, connected);
            Assert.Equal(1, rig.Client.Counters.Logins);
            Assert.Equal(0, rig.Client.CurrentServer);
            Assert.Equal(BlynkFailure.None, rig.Client.LastFailure);
        }

        [Fact]
        public void Already_registered_counts_as_logged_in()
        {
            var rig = new BlynkRig(1, null);
            rig.Servers[0].LoginStatus = BlynkStatus.AlreadyRegistered;

            Assert.True(rig.Connect());
        }

        [Fact]
        public void An_invalid_token_stops_that_server_until_the_config_changes()
        {
            var rig = new BlynkRig(1, null);
            rig.Servers[0].Token = "another-token";

            rig.Client.Start();
            rig.RunFor(600_000, 100);

            Assert.Equal(BlynkState.Error, rig.Client.State);
            Assert.Equal(BlynkFailure.InvalidToken, rig.Client.LastFailure);
            Assert.Equal(BlynkStatus.InvalidToken, rig.Client.LastFailureStatus);
            Assert.True(rig.Client.IsServerDisabled(0));
            Assert.Equal(1, rig.Listeners[0].Connections); // tried once in ten minutes
            Assert.Contains("invalid auth token", rig.Client.Describe());

            // A new config (the portal saved another token) is tried at once.
            rig.Servers[0].Token = "token-2";
            rig.Client.Configure(new[] { new BlynkServerEndpoint("blynk1.test", BlynkRig.Port, "token-2", StreamSecurity.Plain()) });
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 1000, 10));
            Assert.False(rig.Client.IsServerDisabled(0));
        }

        [Fact]
        public void An_invalid_token_on_the_first_server_moves_to_the_second_for_good()
        {
            var rig = new BlynkRig(2, null);
            rig.Servers[0].Token = "changed";

            Assert.True(rig.Connect());
            Assert.Equal(1, rig.Client.CurrentServer);
            rig.RunFor(30 * 60_000, 1000); // no probe goes back to a rejected token

            Assert.Equal(1, rig.Listeners[0].Connections);
            Assert.Equal(1, rig.Client.CurrentServer);
            Assert.Equal(0, rig.Client.Counters.PreferredReturns);
        }

        [Fact]
        public void Another_error_status_backs_off_and_retries()
        {
            var rig = new BlynkRig(1, null);
            rig.Servers[0].LoginStatus = BlynkStatus.NotAllowed;

            rig.Client.Start();
            rig.RunFor(1_000, 10);

            Assert.Equal(BlynkFailure.LoginRejected, rig.Client.LastFailure);
            Assert.Equal(BlynkStatus.NotAllowed, rig.Client.LastFailureStatus);
            Assert.Equal(BlynkState.Disconnected, rig.Client.State);
            Assert.False(rig.Client.IsServerDisabled(0));

            rig.Servers[0].LoginStatus = BlynkStatus.Success;
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 5_000, 10));
        }

        [Fact]
        public void No_answer_to_the_login_times_out()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(1, options);
            rig.Servers[0].AnswerLogin = false;

            rig.Client.Start();
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.LoggingIn, 1000, 10));
            long sent = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(() => rig.Client.LastFailure != BlynkFailure.None, 10_000, 10));

            Assert.Equal(BlynkFailure.LoginTimeout, rig.Client.LastFailure);
            Assert.InRange(rig.Clock.NowMilliseconds - sent, options.ResponseTimeoutMs, options.ResponseTimeoutMs + 30);
        }

        [Fact]
        public void A_server_that_never_answers_the_connect_times_out_with_its_reason()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(1, options);
            rig.Listeners[0].Hang = true;

            rig.Client.Start();
            rig.Tick(10);
            Assert.Equal(BlynkState.Connecting, rig.Client.State);
            Assert.True(rig.RunUntil(() => rig.Client.LastFailure != BlynkFailure.None, 20_000, 100));

            Assert.Equal(BlynkFailure.ConnectTimeout, rig.Client.LastFailure);
            Assert.Equal(StreamFailure.TimedOut, rig.Client.LastStreamFailure);
            Assert.InRange(rig.Clock.NowMilliseconds, 1000 + options.ConnectTimeoutMs, 1000 + options.ConnectTimeoutMs + 200);
        }

        [Theory]
        [InlineData(StreamFailure.FingerprintMismatch)]
        [InlineData(StreamFailure.CertificateUntrusted)]
        public void A_tls_failure_is_reported_with_its_precise_reason(StreamFailure failure)
        {
            var rig = new BlynkRig(1, null, StreamSecurity.TlsFingerprint(new byte[32]));
            rig.Listeners[0].TlsFailure = failure;

            rig.Client.Start();
            rig.RunFor(100, 10);

            Assert.Equal(BlynkFailure.ConnectFailed, rig.Client.LastFailure);
            Assert.Equal(failure, rig.Client.LastStreamFailure);
            Assert.Equal(failure, rig.Client.GetServerStreamFailure(0));
            Assert.Contains(BlynkClient.StreamFailureName(failure), rig.Client.Describe());
        }

        [Fact]
        public void Unknown_hosts_and_closed_ports_are_told_apart()
        {
            var rig = new BlynkRig(1, null);
            rig.Client.Configure(new[]
            {
                new BlynkServerEndpoint("nowhere.test", 80, "t", StreamSecurity.Plain()),
                new BlynkServerEndpoint("blynk1.test", 81, "t", StreamSecurity.Plain()),
            });

            rig.Client.Start();
            rig.RunFor(100, 10);

            Assert.Equal(StreamFailure.HostNotFound, rig.Client.GetServerStreamFailure(0));
            Assert.Equal(StreamFailure.ConnectionRefused, rig.Client.GetServerStreamFailure(1));
        }

        [Fact]
        public void No_configured_server_is_an_error_saying_so()
        {
            var rig = new BlynkRig(1, null);
            rig.Client.Configure(BlynkServerEndpoint.FromCredentials(new[] { new BlynkCredential() }, null));

            rig.Client.Start();
            rig.Tick(10);

            Assert.Equal(BlynkState.Error, rig.Client.State);
            Assert.Equal(BlynkFailure.NoServers, rig.Client.LastFailure);
        }

        [Fact]
        public void Credentials_become_servers_with_their_own_ports_and_tokens()
        {
            var credentials = new[]
            {
                new BlynkCredential { Server = "blynk.cloud", Port = 0, Token = "a" },
                new BlynkCredential(),
                new BlynkCredential { Server = "local", Port = 8080, Token = "b" },
            };

            BlynkServerEndpoint[] plain = BlynkServerEndpoint.FromCredentials(credentials, StreamSecurity.Plain());
            BlynkServerEndpoint[] tls = BlynkServerEndpoint.FromCredentials(credentials, StreamSecurity.TlsInsecure());

            Assert.Equal(new[] { "blynk.cloud:80", "local:8080" }, plain.Select(s => s.ToString()));
            Assert.Equal(new[] { "blynk.cloud:443", "local:8080" }, tls.Select(s => s.ToString()));
            Assert.Equal(new[] { "a", "b" }, tls.Select(s => s.Token));
            Assert.Equal(TlsMode.Insecure, tls[0].Security.Mode);
        }

        [Fact]
        public void Stop_closes_and_start_reconnects_at_once()
        {
            var rig = new BlynkRig(1, null);
            int disconnected = 0;
            rig.Client.Disconnected += _ => disconnected++;
            Assert.True(rig.Connect());

            rig.Client.Stop();
            rig.Tick(10);
            Assert.Equal(BlynkState.Stopped, rig.Client.State);
            Assert.Equal(1, disconnected);
            Assert.False(rig.Servers[0].HasSession);
            Assert.False(rig.Client.VirtualWrite(1, 1));

            rig.Client.Start();
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 100, 10));
            Assert.Equal(2, rig.Servers[0].Logins);
        }
    }
}
