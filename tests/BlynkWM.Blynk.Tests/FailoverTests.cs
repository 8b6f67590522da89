using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    public sealed class FailoverTests
    {
        [Fact]
        public void Server_1_killed_fails_over_to_server_2_then_returns_to_1_when_it_is_back()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(2, options);
            var events = new List<string>();
            rig.Client.Connected += c => events.Add("up " + c.CurrentServer);
            rig.Client.Disconnected += c => events.Add("down");
            Assert.True(rig.Connect());
            Assert.Equal(0, rig.Client.CurrentServer);

            rig.Servers[0].Kill();
            long killedAt = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == 1, 60_000, 10));
            Assert.InRange(rig.Clock.NowMilliseconds - killedAt, 0, 100); // a killed server's connection closes: no waiting
            Assert.Equal(BlynkFailure.ConnectionLost, rig.Client.LastFailure);
            Assert.Equal(StreamFailure.ClosedByPeer, rig.Client.LastStreamFailure);
            Assert.Equal(0, rig.Client.LastFailureServer);
            Assert.True(rig.Client.VirtualWrite(1, 5));
            rig.Tick(10);
            Assert.Equal("20 vw|1|5", rig.Servers[1].Last("20"));

            // While server 1 is down, probes fail and nothing else changes.
            rig.RunFor(3 * options.PreferredProbeIntervalMs, 100);
            Assert.Equal(1, rig.Client.CurrentServer);

            rig.Servers[0].Revive();
            long revivedAt = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == 0, 10 * 60_000, 100));
            Assert.True(rig.Clock.NowMilliseconds - revivedAt <= options.BackoffMaxMs * 125 / 100 + options.PreferredProbeIntervalMs);
            Assert.Equal(1, rig.Client.Counters.PreferredReturns);
            Assert.Equal(new[] { "up 0", "down", "up 1", "down", "up 0" }, events);
        }

        [Fact]
        public void The_probe_is_a_plain_connect_even_for_tls_servers()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions(), StreamSecurity.TlsInsecure());
            Assert.True(rig.Connect());
            rig.Servers[0].Kill();
            Assert.True(rig.RunUntil(() => rig.Client.CurrentServer == 1 && rig.Client.State == BlynkState.Running, 1000, 10));
            rig.Servers[0].Revive();

            Assert.True(rig.RunUntil(() => rig.Network.LastHost == "blynk1.test", 10 * 60_000, 100));
            Assert.Equal(TlsMode.None, rig.Network.LastSecurity.Mode);
            Assert.True(rig.RunUntil(() => rig.Client.CurrentServer == 0 && rig.Client.State == BlynkState.Running, 1000, 10));
            Assert.Equal(TlsMode.Insecure, rig.Network.LastSecurity.Mode);
        }

        [Fact]
        public void A_preferred_server_that_accepts_but_fails_the_login_sends_the_client_back()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());
            rig.Servers[0].Kill();
            Assert.True(rig.RunUntil(() => rig.Client.CurrentServer == 1 && rig.Client.State == BlynkState.Running, 1000, 10));
            rig.Servers[0].Revive();
            rig.Servers[0].AnswerLogin = false; // up, but broken

            Assert.True(rig.RunUntil(() => rig.Client.Counters.PreferredReturns == 1, 10 * 60_000, 100));
            Assert.True(rig.RunUntil(() => rig.Client.CurrentServer == 1 && rig.Client.State == BlynkState.Running, 20_000, 10));
            Assert.Equal(BlynkFailure.LoginTimeout, rig.Client.GetServerFailure(0));
        }

        [Fact]
        public void Backoff_doubles_per_server_with_jitter_up_to_the_cap()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(1, options);
            rig.Servers[0].Kill();
            rig.Client.Start();

            var attempts = new List<long>();
            int opened = 0;
            while (attempts.Count < 12)
            {
                rig.Tick(10);
                if (rig.Network.Opened != opened)
                {
                    opened = rig.Network.Opened;
                    attempts.Add(rig.Clock.NowMilliseconds);
                }
            }

            for (int i = 1; i < attempts.Count; i++)
            {
                long gap = attempts[i] - attempts[i - 1];
                long nominal = System.Math.Min((long)options.BackoffInitialMs << (i - 1), options.BackoffMaxMs);
                Assert.InRange(gap, nominal * 75 / 100, nominal * 125 / 100 + 20);
            }

            rig.Tick(10); // the last attempt is refused on its first poll
            Assert.Equal(BlynkState.Disconnected, rig.Client.State);
            Assert.True(rig.Client.NextAttemptAt > rig.Clock.NowMilliseconds);
        }

        [Fact]
        public void Jitter_spreads_two_devices_apart()
        {
            var a = new BlynkServerTableProbe(1);
            var b = new BlynkServerTableProbe(2);
            Assert.NotEqual(a.Delays(), b.Delays());
        }

        [Fact]
        public void Both_down_then_the_second_returns_first()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            rig.Servers[0].Kill();
            rig.Servers[1].Kill();
            rig.Client.Start();
            rig.RunFor(60_000, 100);
            Assert.Equal(BlynkState.Disconnected, rig.Client.State);

            rig.Servers[1].Revive();
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 120_000, 100));
            Assert.Equal(1, rig.Client.CurrentServer);
        }

        [Fact]
        public void Redirect_reconnects_to_the_given_server_with_the_same_token()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            rig.Servers[1].Token = "token-1";
            var events = new List<string>();
            rig.Client.Connected += c => events.Add("up");
            rig.Client.Disconnected += c => events.Add("down");
            Assert.True(rig.Connect());

            rig.Servers[0].Redirect("blynk2.test", BlynkRig.Port);
            Assert.True(rig.RunUntil(() => rig.Servers[1].LoggedIn && rig.Client.State == BlynkState.Running, 1000, 10));

            Assert.Equal(0, rig.Client.CurrentServer); // still the first configured server, at its redirected address
            Assert.Equal("blynk2.test", rig.Network.LastHost);
            Assert.Equal(1, rig.Client.Counters.Redirects);
            Assert.Equal(BlynkFailure.None, rig.Client.LastFailure);
            Assert.Contains("blynk2.test:8080", rig.Client.Describe());
            Assert.Equal(new[] { "up", "down", "up" }, events);
        }

        [Fact]
        public void A_redirect_target_that_fails_sends_the_client_back_to_the_configured_address()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());

            rig.Servers[0].Redirect("gone.test", 443);
            rig.Tick(10);
            rig.Tick(10);
            Assert.Equal(StreamFailure.HostNotFound, rig.Client.GetServerStreamFailure(0));

            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 10_000, 10));
            Assert.Equal("blynk1.test", rig.Network.LastHost);
        }

        [Fact]
        public void Endless_redirects_count_as_a_failure()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(1, options);
            rig.Servers[0].AnswerLogin = false;
            rig.Client.Start();

            for (int i = 0; i <= options.MaxRedirects; i++)
            {
                Assert.True(rig.RunUntil(() => rig.Servers[0].HasSession && rig.Client.State == BlynkState.LoggingIn, 1000, 10));
                rig.Servers[0].Redirect("blynk1.test", BlynkRig.Port);
                rig.Tick(10);
            }

            Assert.Equal(BlynkFailure.TooManyRedirects, rig.Client.LastFailure);
            Assert.Equal(BlynkState.Disconnected, rig.Client.State);
        }

        [Fact]
        public void Configure_forgets_the_old_servers_and_connects_to_the_new()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());

            rig.Client.Configure(new[] { new BlynkServerEndpoint("blynk2.test", BlynkRig.Port, "token-2", StreamSecurity.Plain()) });
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Servers[1].LoggedIn, 1000, 10));
            Assert.Equal(1, rig.Client.ServerCount);
            Assert.False(rig.Servers[0].HasSession);
        }

        /// <summary>The backoff sequence a client with one dead server and a given random seed produces.</summary>
        private sealed class BlynkServerTableProbe
        {
            private readonly BlynkRig _rig;

            public BlynkServerTableProbe(uint seed)
            {
                _rig = new BlynkRig(1, BlynkRig.DefaultOptions());
                var client = new BlynkClient(_rig.Network, _rig.Clock, new XorShiftRandom(seed), BlynkRig.DefaultOptions(),
                    new[] { new BlynkServerEndpoint("blynk1.test", BlynkRig.Port, "token-1", StreamSecurity.Plain()) });
                _rig.Servers[0].Kill();
                client.Start();
                Client = client;
            }

            private BlynkClient Client { get; }

            public long[] Delays()
            {
                var delays = new long[4];
                for (int i = 0; i < delays.Length; i++)
                {
                    Client.Step();
                    Client.Step();
                    delays[i] = Client.GetServerRetryAt(0) - _rig.Clock.NowMilliseconds;
                    _rig.Clock.NowMilliseconds = Client.GetServerRetryAt(0);
                }

                return delays;
            }
        }
    }
}
