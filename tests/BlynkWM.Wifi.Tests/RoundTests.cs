using System;
using System.Linq;
using BlynkWM.Ports;
using static BlynkWM.Wifi.Tests.WifiRig;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>Rounds, backoff, timeouts, the fallback portal, reconfiguration, events and allocation.</summary>
    public class RoundTests
    {
        [Fact]
        public void The_wait_between_failed_rounds_doubles_with_jitter_up_to_the_cap()
        {
            var fake = new FakeRadioRig();
            fake.Options.IdleScanIntervalMs = 0;
            WifiRig rig = fake.Build(Credential("Gone", "pw"));
            var waits = new List<long>();
            rig.Manager.Start();
            int failed = 0;
            while (waits.Count < 14)
            {
                Assert.True(rig.RunUntil(() => rig.Manager.FailedRounds > failed, 400), rig.Dump());
                failed = rig.Manager.FailedRounds;
                Assert.Equal(WifiState.Waiting, rig.Manager.State);
                waits.Add(rig.Manager.NextAttemptAt - rig.Clock.NowMilliseconds);
            }

            for (int k = 0; k < waits.Count; k++)
            {
                long nominal = Math.Min(300000, 3000L << k);
                Assert.InRange(waits[k], nominal * 8 / 10, Math.Min(300000, nominal * 12 / 10));
            }

            Assert.Equal(300000, waits.Max());
            Assert.True(waits.Skip(8).All(w => w >= 240000), string.Join(",", waits)); // at the cap, jitter below it
            Assert.True(waits.Distinct().Count() > 10, "jitter varies the waits: " + string.Join(",", waits));
        }

        [Fact]
        public void An_attempt_the_radio_never_ends_times_out_and_is_abandoned()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            fake.Radio.Silent = true;
            WifiRig rig = fake.Build(Credential("Home", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.LastFailure != WifiFailure.None, 60));
            Assert.Equal(WifiFailure.Timeout, rig.Manager.LastFailure);
            Assert.Equal(22.0, rig.Seconds, 1); // 2 s scan + the 20 s connect timeout
            Assert.Equal(WifiLinkState.Idle, fake.Radio.State);
            Assert.Equal(WifiState.Waiting, rig.Manager.State);
        }

        [Fact]
        public void With_the_fallback_portal_open_a_returning_network_is_seen_joined_and_reported()
        {
            var fake = new FakeRadioRig();
            int home = fake.Radio.AddAccessPoint("Home", -50, "pw");
            fake.Radio.SetOnAir(home, false);
            WifiRig rig = fake.Build(Credential("Home", "pw"));
            rig.Manager.Start();
            rig.RunTo(600);
            Assert.False(rig.Manager.IsConnected);
            Assert.True(rig.Manager.FailedRounds >= 5);

            // The owner opens the portal: rounds are now at most a minute apart.
            rig.Manager.SetFallbackPortal(true);
            Assert.True(rig.Manager.FallbackPortal);
            Assert.True(rig.Manager.NextAttemptAt - rig.Clock.NowMilliseconds <= 60000);
            rig.RunTo(900);
            Assert.False(rig.Manager.JoinedDuringPortal);
            Assert.DoesNotContain(rig.Events, e => e.EndsWith("in range"));

            // The router comes back at 900 s: a portal scan (every 30 s) sees it, the manager joins, the owner learns.
            fake.Radio.SetOnAir(home, true);
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 60), rig.Dump());
            Assert.True(rig.Seconds <= 900 + 30 + 2 + 2.2 + 0.1, "joined at " + rig.Seconds);
            Assert.True(rig.Manager.JoinedDuringPortal);
            Assert.Contains(rig.Events, e => e.EndsWith("in range"));

            rig.Manager.SetFallbackPortal(false);
            Assert.False(rig.Manager.JoinedDuringPortal);
            Assert.True(rig.Manager.IsConnected);
        }

        [Fact]
        public void Changing_the_joined_network_rejoins_and_leaving_it_unchanged_keeps_the_link()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            fake.Radio.AddAccessPoint("Office", -60, "office");
            WifiRig rig = fake.Build(Credential("Home", "pw"), Credential("", ""));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));

            rig.Manager.Configure(new[] { Credential("Home", "pw"), Credential("Office", "office") });
            Assert.True(rig.Manager.IsConnected);
            Assert.Equal(1, fake.Radio.ConnectCalls);
            Assert.Equal(WifiNetworkStatus.Idle, rig.Manager.GetNetworkStatus(1));

            rig.Manager.Configure(new[] { Credential("Home", "new-pw"), Credential("Office", "office") });
            Assert.Equal(WifiState.Connecting, rig.Manager.State); // the round's scan is fresh: no new one
            Assert.Equal("Home", fake.Radio.LastSsid);
            Assert.Contains(rig.Events, e => e.Contains("disconnected"));
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 60), rig.Dump());
            Assert.Equal("Office", rig.Manager.CurrentSsid);
            Assert.Equal(WifiNetworkStatus.SkippedWrongPassword, rig.Manager.GetNetworkStatus(0));
        }

        [Fact]
        public void Without_a_stored_network_it_waits_unconfigured_and_starts_once_given_one()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            WifiRig rig = fake.Build(Credential("", ""), Credential("", ""));
            rig.Manager.Start();
            Assert.Equal(WifiState.Unconfigured, rig.Manager.State);
            rig.RunTo(100);
            Assert.Equal(0, fake.Radio.ScansStarted);
            Assert.Equal(WifiNetworkStatus.Unused, rig.Manager.GetNetworkStatus(0));

            rig.Manager.Configure(new[] { Credential("", ""), Credential("Home", "pw") });
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal(1, rig.Manager.CurrentNetwork);

            rig.Manager.Configure(new WifiCredential[0]);
            Assert.Equal(WifiState.Unconfigured, rig.Manager.State);
            Assert.Equal(WifiLinkState.Idle, fake.Radio.State);
        }

        [Fact]
        public void A_throwing_handler_is_counted_and_the_manager_carries_on()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            WifiRig rig = fake.Build(Credential("Home", "pw"));
            rig.Manager.Connected += m => throw new InvalidOperationException("application bug");
            int lastGoodEvents = 0;
            rig.Manager.LastGoodChanged += m => lastGoodEvents++;
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal(1, rig.Manager.HandlerFailures);
            Assert.Equal(1, lastGoodEvents);
            Assert.Contains(rig.Events, e => e.Contains("connected Home"));
        }

        [Fact]
        public void Stop_leaves_the_network_and_start_begins_again()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            WifiRig rig = fake.Build(Credential("Home", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            rig.Manager.Stop();
            Assert.Equal(WifiState.Stopped, rig.Manager.State);
            Assert.Equal(WifiLinkState.Idle, fake.Radio.State);
            Assert.Equal("", rig.Manager.IpAddress);
            rig.Manager.Start();
            Assert.Equal("Home", fake.Radio.LastSsid); // the last good network, at once
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
        }

        [Fact]
        public void A_scan_someone_else_asked_for_also_starts_a_round_when_a_saved_network_appears()
        {
            var fake = new FakeRadioRig();
            int home = fake.Radio.AddAccessPoint("Home", -50, "pw");
            fake.Radio.SetOnAir(home, false);
            fake.Options.IdleScanIntervalMs = 0; // the manager scans only at its rounds
            WifiRig rig = fake.Build(Credential("Home", "pw"));
            rig.Manager.Start();
            rig.RunTo(300);
            Assert.Equal(WifiState.Waiting, rig.Manager.State);
            Assert.True(rig.Manager.NextAttemptAt > rig.Clock.NowMilliseconds + 30000, "the backoff has grown");

            // The portal's scan list asks the shared radio; its result shows Home back: a round begins at once.
            fake.Radio.SetOnAir(home, true);
            fake.Radio.RequestScan();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 10), rig.Dump());
            Assert.Equal(300 + 2 + 2.2, rig.Seconds, 1);
        }

        [Fact]
        public void A_static_address_for_a_set_that_does_not_exist_is_refused()
        {
            WifiRig rig = new FakeRadioRig().Build(Credential("Home", "pw"));
            var ip = new StaticIpConfig("10.0.0.5", "255.255.255.0", "10.0.0.1");
            Assert.Throws<ArgumentOutOfRangeException>(() => rig.Manager.SetStaticIp(1, ip));
            Assert.Throws<ArgumentOutOfRangeException>(() => rig.Manager.SetStaticIp(-1, ip));
        }

        [Fact]
        public void Steps_allocate_nothing_while_connected_or_waiting()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -50, "pw");
            fake.Options.IdleScanIntervalMs = 0;
            WifiRig rig = fake.Build(Credential("Home", "pw"), Credential("Gone", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal(0, Allocated(rig, 10000));

            var waiting = new FakeRadioRig();
            waiting.Options.IdleScanIntervalMs = 0;
            waiting.Options.BackoffInitialMs = 3600000;
            waiting.Options.BackoffMaxMs = 3600000;
            WifiRig idle = waiting.Build(Credential("Gone", "pw"));
            idle.Manager.Start();
            Assert.True(idle.RunUntil(() => idle.Manager.State == WifiState.Waiting, 30));
            Assert.Equal(0, Allocated(idle, 10000));
        }

        private static long Allocated(WifiRig rig, int steps)
        {
            rig.Clock.Advance(1);
            rig.Manager.Step();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < steps; i++)
            {
                rig.Clock.Advance(10);
                rig.Manager.Step();
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
