using BlynkWM.Host.Wifi;
using BlynkWM.Ports;
using static BlynkWM.Wifi.Tests.WifiRig;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>Access points vanish and return on the simulated radio's scenario; the manager follows.</summary>
    public class FailoverTests
    {
        [Fact]
        public void When_the_first_access_point_vanishes_the_manager_joins_the_second()
        {
            ScenarioNetwork home = Network("Home", -50, "home-pw");
            home.VanishAt = 60;
            WifiRig rig = Simulated(Scenario(home, Network("Backup", -65, "backup-pw")), null,
                Credential("Home", "home-pw"), Credential("Backup", "backup-pw"));

            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("Home", rig.Manager.CurrentSsid);
            Assert.Equal(4.2, rig.Seconds, 1); // scan 2 s, associate 1.5 s, DHCP 0.7 s

            rig.RunTo(60);
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected && rig.Manager.CurrentSsid == "Backup", 60), rig.Dump());
            // Beacon loss noticed 6 s after, a scan of 2 s, then 2.2 s to join.
            Assert.Equal(70.2, rig.Seconds, 1);
            Assert.Equal(WifiFailure.LinkLost, rig.Manager.GetNetworkFailure(0));
            Assert.Equal(WifiNetworkStatus.Failed, rig.Manager.GetNetworkStatus(0));
            Assert.Equal(WifiNetworkStatus.Connected, rig.Manager.GetNetworkStatus(1));
            Assert.Equal(1, rig.Manager.LastGoodNetwork);
            Assert.Equal(new[] { "4.20 connected Home 192.168.1.100", "66.00 disconnected (link lost)", "70.20 connected Backup 192.168.2.100" }, rig.Events);
        }

        [Fact]
        public void When_both_vanish_it_reports_no_network_keeps_probing_and_rejoins_when_one_returns()
        {
            ScenarioNetwork home = Network("Home", -50, "home-pw");
            home.Outages.Add(new ScenarioOutage { From = 60, Until = 400 });
            ScenarioNetwork backup = Network("Backup", -65, "backup-pw");
            backup.VanishAt = 60;
            WifiRig rig = Simulated(Scenario(home, backup), null, Credential("Home", "home-pw"), Credential("Backup", "backup-pw"));

            rig.Manager.Start();
            rig.RunTo(90);
            Assert.False(rig.Manager.IsConnected);
            Assert.Equal(WifiState.Waiting, rig.Manager.State);
            Assert.Equal(WifiFailure.NetworkNotFound, rig.Manager.LastFailure);
            Assert.Equal(WifiFailure.NetworkNotFound, rig.Manager.GetNetworkFailure(0));
            Assert.Equal(WifiFailure.NetworkNotFound, rig.Manager.GetNetworkFailure(1));
            Assert.False(rig.Manager.SavedNetworkInRange);
            Assert.True(rig.Manager.FailedRounds >= 1);

            // Probing goes on in the background while nothing is in range.
            int scans = rig.SimulatedRadio.ScansStarted;
            int rounds = rig.Manager.Rounds;
            rig.RunTo(399);
            Assert.False(rig.Manager.IsConnected);
            Assert.True(rig.SimulatedRadio.ScansStarted - scans >= 10, "scans while waiting: " + (rig.SimulatedRadio.ScansStarted - scans));
            Assert.True(rig.Manager.Rounds - rounds >= 3, rig.Dump());

            // The router is back at 400 s: a background scan (every 20 s) sees it and a round starts at once.
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("Home", rig.Manager.CurrentSsid);
            Assert.True(rig.Seconds <= 400 + 20 + 2 + 2.2 + 0.1, "rejoined at " + rig.Seconds);
            Assert.Equal(0, rig.Manager.FailedRounds);
        }

        [Fact]
        public void A_network_without_dhcp_fails_as_no_ip_and_the_next_one_is_joined()
        {
            ScenarioNetwork home = Network("Home", -50, "home-pw");
            home.DhcpFails = true;
            WifiRig rig = Simulated(Scenario(home, Network("Backup", -70, "backup-pw")), null, Credential("Home", "home-pw"), Credential("Backup", "backup-pw"));

            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 60), rig.Dump());
            Assert.Equal("Backup", rig.Manager.CurrentSsid);
            Assert.Equal(WifiFailure.NoIpAddress, rig.Manager.GetNetworkFailure(0));
            Assert.Equal(WifiFailure.NoIpAddress, rig.Manager.LastFailure);
            Assert.Contains("13.50 failed Home: no IP address (DHCP)", rig.Events);
        }

        [Fact]
        public void A_static_address_avoids_a_silent_dhcp_and_the_hostname_reaches_the_radio()
        {
            ScenarioNetwork home = Network("Home", -50, "home-pw");
            home.DhcpFails = true;
            var options = new WifiManagerOptions { Hostname = Hostname.FromBoardName("Living Room #2", "esp32-a1b2c3") };
            WifiRig rig = Simulated(Scenario(home), options, Credential("Home", "home-pw"));
            rig.Manager.SetStaticIp(0, new StaticIpConfig("192.168.1.50", "255.255.255.0", "192.168.1.1"));

            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("192.168.1.50", rig.Manager.IpAddress);
            Assert.Equal("living-room-2", rig.SimulatedRadio.LastHostname);
            Assert.Equal("192.168.1.1", rig.SimulatedRadio.LastStaticIp!.Gateway);
            Assert.Equal(3.5, rig.Seconds, 1); // no DHCP wait
        }

        [Fact]
        public void The_options_static_address_applies_to_every_network_without_its_own()
        {
            var radio = new FakeRadioRig();
            radio.Radio.AddAccessPoint("Home", -50, "pw");
            radio.Options.StaticIp = new StaticIpConfig("10.1.2.3", "255.255.0.0", "10.1.0.1", "1.1.1.1", "9.9.9.9");
            WifiRig rig = radio.Build(Credential("Home", "pw"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30));
            Assert.Equal("10.1.2.3", radio.Radio.LastStaticIp.Address);
            Assert.Equal("9.9.9.9", radio.Radio.LastStaticIp.SecondaryDns);
        }

        [Fact]
        public void The_scenario_file_of_the_sample_drives_the_radio()
        {
            string path = BlynkWM.Tests.Shared.RepositoryRoot.Combine("samples", "HostDevice", "scenario.json");
            RadioScenario scenario = RadioScenario.Load(path);
            WifiRig rig = Simulated(scenario, null, Credential("Workshop", "drill-press"), Credential("HomeNet", "correct horse battery"));
            rig.Manager.Start();
            Assert.True(rig.RunUntil(() => rig.Manager.IsConnected, 30), rig.Dump());
            Assert.Equal("HomeNet", rig.Manager.CurrentSsid); // visible networks first; Workshop is hidden
            Assert.Equal(-48, rig.Manager.GetNetworkRssi(1));
            Assert.Equal(WifiManager.NotSeen, rig.Manager.GetNetworkRssi(0));

            // "Garage" comes on the air at 30 s and goes off from 120 s to 240 s.
            var seen = new List<string>();
            foreach (double at in new[] { 10.0, 40.0, 130.0, 250.0 })
            {
                rig.RunTo(at);
                int before = rig.Radio.ScanCount;
                rig.Radio.RequestScan();
                rig.RunUntil(() => rig.Radio.ScanCount > before, 5);
                seen.Add(at + ":" + System.Array.Exists(rig.Radio.LatestNetworks, n => n.Ssid == "Garage"));
            }

            Assert.Equal(new[] { "10:False", "40:True", "130:False", "250:True" }, seen);
        }
    }
}
