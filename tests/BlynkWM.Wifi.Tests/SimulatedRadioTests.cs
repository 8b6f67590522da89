using System.IO;
using BlynkWM.Host.Wifi;
using BlynkWM.Ports;
using static BlynkWM.Wifi.Tests.WifiRig;

namespace BlynkWM.Wifi.Tests
{
    public class SimulatedRadioTests
    {
        [Fact]
        public void Joins_take_the_scenario_times_and_fail_for_the_scenario_reasons()
        {
            var clock = new ManualClock();
            ScenarioNetwork later = Network("Later", -60, "pw");
            later.AppearAt = 10;
            var radio = new SimulatedRadio(Scenario(Network("Home", -50, "pw"), later), clock);

            radio.Connect("Home", "wrong", null, null);
            Assert.Equal(WifiLinkState.Connecting, radio.State);
            clock.Advance(3999);
            Assert.Equal(WifiLinkState.Connecting, radio.State);
            clock.Advance(1);
            Assert.Equal(WifiLinkState.Failed, radio.State);
            Assert.Equal(WifiFailure.WrongPassword, radio.Failure);

            radio.Connect("Later", "pw", null, null); // not on the air before 10 s
            clock.Advance(3000);
            Assert.Equal(WifiFailure.NetworkNotFound, radio.Failure);

            // A scan asked for while joining starts when the join ends, as on an ESP32.
            radio.Connect("Home", "pw", null, null);
            radio.RequestScan();
            clock.Advance(2200);
            Assert.Equal(WifiLinkState.Connected, radio.State);
            Assert.Equal("192.168.1.100", radio.IpAddress);
            Assert.Equal(0, radio.ScanCount);
            clock.Advance(2000);
            Assert.Equal(1, radio.ScanCount);
            Assert.Equal(2, radio.LatestNetworks.Length); // 12.2 s: "Later" is on the air

            radio.Disconnect();
            Assert.Equal(WifiLinkState.Idle, radio.State);
            Assert.Equal("", radio.IpAddress);
        }

        [Fact]
        public void A_bad_scenario_file_is_refused_with_a_reason()
        {
            string path = Path.Combine(Path.GetTempPath(), "blynkwm-scenario-" + System.Guid.NewGuid().ToString("N") + ".json");
            try
            {
                File.WriteAllText(path, "{ \"networks\": [ { \"ssid\": \"A\", \"outages\": [ { \"from\": 50, \"until\": 40 } ] } ] }");
                InvalidDataException e = Assert.Throws<InvalidDataException>(() => RadioScenario.Load(path));
                Assert.Contains("outage", e.Message);

                File.WriteAllText(path, "{ \"timing\": { \"scanMs\": -1 }, \"networks\": [] }");
                Assert.Contains("timing", Assert.Throws<InvalidDataException>(() => RadioScenario.Load(path)).Message, System.StringComparison.OrdinalIgnoreCase);

                File.WriteAllText(path, "{ \"networks\": [ { \"ssid\": \"A\", \"appearAt\": 30, \"vanishAt\": 20 } ] }");
                Assert.Contains("vanishAt", Assert.Throws<InvalidDataException>(() => RadioScenario.Load(path)).Message);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
