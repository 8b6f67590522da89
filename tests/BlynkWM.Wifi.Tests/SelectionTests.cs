using System.Linq;
using BlynkWM.Host.Wifi;
using BlynkWM.Ports;
using BlynkWM.Storage;
using static BlynkWM.Wifi.Tests.WifiRig;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>Which network is tried when: strongest first, hysteresis, the fast path, skipping refused passphrases.</summary>
    public class SelectionTests
    {
        [Fact]
        public void A_refused_passphrase_skips_that_network_and_erases_nothing()
        {
            // The config as the device stores it: wifi1 has a wrong passphrase.
            DeviceConfig config = SampleValues.DeviceA();
            config.PrimaryWifi.Ssid = "Home";
            config.PrimaryWifi.Password = "not-the-password";
            config.BackupWifi.Ssid = "Backup";
            config.BackupWifi.Password = "backup-pw";
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Save(config);
            byte[] before = (byte[])medium.Clone();

            ScenarioNetwork backup = Network("Backup", -70, "backup-pw");
            backup.Outages.Add(new ScenarioOutage { From = 100, Until = 130 });
            WifiRig rig = Simulated(Scenario(Network("Home", -50, "the-password"), backup), null, config.GetWifiCredentials());
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("Backup", rig.Manager.CurrentSsid);
            Assert.Equal(WifiNetworkStatus.SkippedWrongPassword, rig.Manager.GetNetworkStatus(0));
            Assert.Equal(WifiFailure.WrongPassword, rig.Manager.GetNetworkFailure(0));
            Assert.Contains("6.00 failed Home: wrong password", rig.Events);

            // Backup goes away for a while: Home stays skipped, so no attempt is wasted on it.
            int homeAttempts = rig.Manager.GetNetworkAttempts(0);
            rig.RunTo(125);
            Assert.False(rig.Manager.IsConnected);
            Assert.Equal(homeAttempts, rig.Manager.GetNetworkAttempts(0));
            Assert.Equal(WifiFailure.WrongPassword, rig.Manager.GetNetworkFailure(0));
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 60), rig.Dump());
            Assert.Equal("Backup", rig.Manager.CurrentSsid);

            // Nothing was erased or changed: the stored bytes, the config object.
            Assert.Equal(before, medium);
            var reloaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Load(reloaded));
            Assert.Equal("not-the-password", reloaded.PrimaryWifi.Password);
            Assert.Equal("not-the-password", config.PrimaryWifi.Password);
            Assert.Equal("Home", config.PrimaryWifi.Ssid);

            // The user fixes the passphrase: the skip ends, and (not joined to it now) nothing else changes the link.
            config.PrimaryWifi.Password = "the-password";
            rig.Manager.Configure(config.GetWifiCredentials());
            Assert.Equal(WifiNetworkStatus.Idle, rig.Manager.GetNetworkStatus(0));
            Assert.True(rig.Manager.IsConnected);
        }

        [Fact]
        public void A_skipped_network_is_tried_again_after_it_vanished_and_came_back_or_after_the_cool_down()
        {
            var fake = new FakeRadioRig();
            int home = fake.Radio.AddAccessPoint("Home", -50, "new-pw");
            fake.Options.WrongPasswordCooldownMs = 600000;
            fake.Options.IdleScanIntervalMs = 10000;
            WifiRig rig = fake.Build(Credential("Home", "old-pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.GetNetworkStatus(0) == WifiNetworkStatus.SkippedWrongPassword, 30));
            int attempts = rig.Manager.GetNetworkAttempts(0);
            rig.RunTo(200);
            Assert.Equal(attempts, rig.Manager.GetNetworkAttempts(0)); // skipped, in range or not
            Assert.Equal(WifiFailure.WrongPassword, rig.Manager.LastFailure);

            // The router is replaced (off, then on again with the old passphrase): tried again at once.
            fake.Radio.SetOnAir(home, false);
            rig.RunTo(230);
            Assert.Equal(attempts, rig.Manager.GetNetworkAttempts(0));
            fake.Radio.SetOnAir(home, true);
            rig.RunTo(260);
            Assert.Equal(attempts + 1, rig.Manager.GetNetworkAttempts(0));

            // Still refused: skipped again until the cool-down ends, 10 minutes after that failure.
            Assert.Equal(WifiNetworkStatus.SkippedWrongPassword, rig.Manager.GetNetworkStatus(0));
            long until = rig.Manager.GetNetworkSkippedUntil(0);
            rig.RunTo(until / 1000.0 - 1);
            Assert.Equal(attempts + 1, rig.Manager.GetNetworkAttempts(0));
            rig.RunTo(until / 1000.0 + 310); // the next round after the cool-down (backoff at most 300 s)
            Assert.True(rig.Manager.GetNetworkAttempts(0) >= attempts + 2);
        }

        [Fact]
        public void The_last_good_network_is_tried_first_without_a_scan()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -40, "home-pw");
            fake.Radio.AddAccessPoint("Office", -70, "office-pw");
            WifiRig rig = fake.Build(Credential("Home", "home-pw"), Credential("Office", "office-pw"));
            rig.Manager.RememberLastGood(1);
            rig.Manager.Start();
            Assert.Equal("Office", fake.Radio.LastSsid);
            Assert.Equal(0, fake.Radio.ScansStarted);
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal("Office", rig.Manager.CurrentSsid);
            Assert.Equal(2.2, rig.Seconds, 1); // without the fast path: 2 s scan + 2.2 s

            var cold = new FakeRadioRig();
            cold.Radio.AddAccessPoint("Home", -40, "home-pw");
            WifiRig coldRig = cold.Build(Credential("Home", "home-pw"));
            coldRig.Manager.Start();
            Assert.True(coldRig.RunUntil(() => coldRig.Manager.IsConnected, 30));
            Assert.Equal(4.2, coldRig.Seconds, 1);
        }

        [Fact]
        public void When_the_last_good_network_is_gone_the_fast_path_falls_back_to_a_scanned_round()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Home", -40, "home-pw");
            WifiRig rig = fake.Build(Credential("Home", "home-pw"), Credential("Office", "office-pw"));
            rig.Manager.RememberLastGood(1);
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("Home", rig.Manager.CurrentSsid);
            Assert.Equal(3.0 + 2.0 + 2.2, rig.Seconds, 1); // not found after 3 s, a scan, then Home
            Assert.Equal(WifiFailure.NetworkNotFound, rig.Manager.GetNetworkFailure(1));
            Assert.Equal(0, rig.Manager.LastGoodNetwork);
        }

        [Fact]
        public void A_slightly_stronger_network_does_not_take_over_the_last_good_one()
        {
            var fake = new FakeRadioRig();
            int a = fake.Radio.AddAccessPoint("A", -60, "pw");
            int b = fake.Radio.AddAccessPoint("B", -66, "pw");
            WifiRig rig = fake.Build(Credential("A", "pw"), Credential("B", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal("A", rig.Manager.CurrentSsid);

            // B gets a little stronger than A; A drops for a moment. The round after the loss sees both: A keeps its
            // place (5 dB is inside the 8 dB hysteresis).
            Assert.Equal("A", JoinedAfterALossOfA(-55));

            // 15 dB stronger is beyond it: B wins the next round.
            Assert.Equal("B", JoinedAfterALossOfA(-45));

            // B at rssiOfB; A off the air longer than the beacon-loss time, then back: the network the next round joins.
            string JoinedAfterALossOfA(int rssiOfB)
            {
                fake.Radio.SetRssi(b, rssiOfB);
                fake.Radio.SetOnAir(a, false);
                rig.RunTo(rig.Seconds + 7);
                fake.Radio.SetOnAir(a, true);
                Assert.True(rig.RunUntil(() => rig.Manager.State == WifiState.Scanning, 30));
                Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
                return rig.Manager.CurrentSsid;
            }
        }

        [Fact]
        public void Roaming_does_not_flap_between_access_points_of_similar_strength()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("A", -60, "pw");
            int b = fake.Radio.AddAccessPoint("B", -70, "pw");
            fake.Options.RoamScanIntervalMs = 30000;
            WifiRig rig = fake.Build(Credential("A", "pw"), Credential("B", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));

            // B wobbles around A's level for ten minutes: no move.
            for (int minute = 0; minute < 10; minute++)
            {
                fake.Radio.SetRssi(b, minute % 2 == 0 ? -57 : -54);
                rig.RunTo(rig.Seconds + 60);
            }

            Assert.Equal(1, fake.Radio.ConnectCalls);
            Assert.True(fake.Radio.ScansStarted >= 20);

            // Clearly stronger: one move, and then it stays.
            fake.Radio.SetRssi(b, -45);
            rig.RunTo(rig.Seconds + 600);
            Assert.Equal("B", rig.Manager.CurrentSsid);
            Assert.True(rig.Manager.IsConnected);
            Assert.Equal(2, fake.Radio.ConnectCalls);
        }

        [Fact]
        public void Ranking_takes_the_strongest_visible_then_the_unseen_in_stored_order()
        {
            var fake = new FakeRadioRig();
            fake.Radio.AddAccessPoint("Weak", -80, "x");
            fake.Radio.AddAccessPoint("Strong", -40, "wrong");
            int hidden = fake.Radio.AddAccessPoint("Hidden", -30, "h");
            fake.Radio.SetHidden(hidden, true);
            WifiRig rig = fake.Build(Credential("Ghost", "g"), Credential("Hidden", "h"), Credential("Weak", "y"), Credential("Strong", "x"));
            var tried = new List<string>();
            rig.Manager.AttemptFailed += m => tried.Add(m.GetNetworkSsid(m.LastFailureNetwork) + ":" + WifiText.Of(m.LastFailure));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 60), rig.Dump());
            Assert.Equal(new[] { "Strong:wrong password", "Weak:wrong password", "Ghost:network not found" }, tried);
            Assert.Equal("Hidden", rig.Manager.CurrentSsid);
        }

        [Fact]
        public void Without_unseen_attempts_hidden_networks_are_not_tried()
        {
            var fake = new FakeRadioRig();
            int hidden = fake.Radio.AddAccessPoint("Hidden", -30, "h");
            fake.Radio.SetHidden(hidden, true);
            fake.Options.TryUnseenNetworks = false;
            WifiRig rig = fake.Build(Credential("Hidden", "h"));
            rig.Manager.Start();
            rig.RunTo(120);
            Assert.Equal(0, fake.Radio.ConnectCalls);
            Assert.Equal(WifiFailure.NetworkNotFound, rig.Manager.LastFailure);
            Assert.Equal(-1, rig.Manager.LastFailureNetwork);
        }
    }
}
