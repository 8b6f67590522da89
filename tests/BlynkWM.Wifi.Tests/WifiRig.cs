using System;
using BlynkWM.Host.Wifi;
using BlynkWM.Ports;
using BlynkWM.Testing;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>
    /// A WiFi manager over a radio on a manual clock, stepped every <see cref="StepMs"/> like a device's main loop,
    /// with every event and state change logged at its time.
    /// </summary>
    internal sealed class WifiRig
    {
        public const int StepMs = 50;

        public WifiRig(IWifiRadio radio, ManualClock clock, WifiManagerOptions? options, params WifiCredential[] networks)
        {
            Clock = clock;
            Radio = radio;
            Manager = new WifiManager(radio, clock, new XorShiftRandom(12345), options ?? new WifiManagerOptions());
            Manager.Configure(networks);
            Manager.Connected += m => Log("connected " + m.CurrentSsid + " " + m.IpAddress);
            Manager.Disconnected += m => Log("disconnected (" + WifiText.Of(m.LastFailure) + ")");
            Manager.AttemptFailed += m => Log("failed " + m.GetNetworkSsid(m.LastFailureNetwork) + ": " + WifiText.Of(m.LastFailure));
            Manager.NetworkInRange += m => Log("in range");
        }

        /// <summary>The simulated world from a scenario: the radio's time starts now.</summary>
        public static WifiRig Simulated(RadioScenario scenario, WifiManagerOptions? options, params WifiCredential[] networks)
        {
            var clock = new ManualClock();
            return new WifiRig(new SimulatedRadio(scenario, clock), clock, options, networks);
        }

        public ManualClock Clock { get; }

        public IWifiRadio Radio { get; }

        public SimulatedRadio SimulatedRadio => (SimulatedRadio)Radio;

        public WifiManager Manager { get; }

        public List<string> Events { get; } = new List<string>();

        public double Seconds => Clock.NowMilliseconds / 1000.0;

        public void Log(string what) => Events.Add(Seconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + what);

        /// <summary>Steps until <paramref name="condition"/> holds (checked after each step) or the time is up; returns whether it held.</summary>
        public bool RunUntil(Func<bool> condition, double maxSeconds)
        {
            long end = Clock.NowMilliseconds + (long)(maxSeconds * 1000);
            Manager.Step();
            while (!condition())
            {
                if (Clock.NowMilliseconds >= end)
                {
                    return false;
                }

                Clock.Advance(StepMs);
                Manager.Step();
            }

            return true;
        }

        /// <summary>Steps until the clock reaches <paramref name="seconds"/> since the start.</summary>
        public void RunTo(double seconds)
        {
            while (Clock.NowMilliseconds < (long)(seconds * 1000))
            {
                Clock.Advance(StepMs);
                Manager.Step();
            }
        }

        public string Dump() => string.Join("\n", Events);

        public static WifiCredential Credential(string ssid, string password) => new WifiCredential { Ssid = ssid, Password = password };

        public static ScenarioNetwork Network(string ssid, int rssi, string password) => new ScenarioNetwork { Ssid = ssid, Rssi = rssi, Password = password };

        public static RadioScenario Scenario(params ScenarioNetwork[] networks)
        {
            var scenario = new RadioScenario();
            scenario.Networks.AddRange(networks);
            return scenario;
        }
    }
}
