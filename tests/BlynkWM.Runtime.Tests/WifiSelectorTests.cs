using BlynkWM.Host.Time;
using BlynkWM.Host.Wifi;
using BlynkWM.Wifi;

namespace BlynkWM.Runtime.Tests
{
    public class WifiSelectorTests
    {
        private static WifiCredential Set(string ssid) => new WifiCredential { Ssid = ssid, Password = "x" };

        [Fact]
        public void Picks_the_strongest_visible_configured_network()
        {
            var configured = new[] { Set("Home"), Set("Office") };
            var visible = new[] { new WifiNetworkInfo("Home", -80, true), new WifiNetworkInfo("Office", -50, true), new WifiNetworkInfo("Home", -40, true) };
            Assert.Equal(0, WifiSelector.ChooseBest(configured, visible));
            Assert.Equal(1, WifiSelector.ChooseBest(configured, new[] { visible[0], visible[1] }));
        }

        [Fact]
        public void Falls_back_to_the_first_set_network_when_none_is_visible()
        {
            var configured = new[] { new WifiCredential(), Set("Hidden") };
            Assert.Equal(1, WifiSelector.ChooseBest(configured, new[] { new WifiNetworkInfo("Other", -30, false) }));
            Assert.Equal(-1, WifiSelector.ChooseBest(new[] { new WifiCredential() }, new WifiNetworkInfo[0]));
        }

        [Fact]
        public void Simulated_radio_hides_hidden_networks_but_accepts_them()
        {
            var scenario = new RadioScenario();
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Seen", Rssi = -50, Password = "pw" });
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Secret", Rssi = -40, Hidden = true });
            var clock = new ManualClock();
            var radio = new SimulatedRadio(scenario, clock);
            Assert.Empty(radio.LatestNetworks);
            radio.RequestScan();
            clock.Advance(scenario.Timing.ScanMs);
            var seen = Assert.Single(radio.LatestNetworks);
            Assert.True(seen.Secure);
            Assert.True(radio.WouldAccept("Secret", ""));
            Assert.False(radio.WouldAccept("Seen", "wrong"));
        }
    }
}
