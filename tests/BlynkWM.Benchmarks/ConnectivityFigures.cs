using System;
using System.Linq;
using BlynkWM.Host.Wifi;
using BlynkWM.Lifecycle;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Storage;
using BlynkWM.Testing;
using BlynkWM.Wifi;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// The WiFi and reset-detection figures of the connectivity group, measured on the simulated radio and simulated
    /// flash with a manual clock (simulated seconds and counted flash writes: deterministic, no wall-clock timing).
    /// </summary>
    public static class ConnectivityFigures
    {
        private const int StepMs = 10;

        public static void Run(Action<string, double> figure)
        {
            figure("wifi.failover_s", FailoverSeconds());
            figure("flash.writes_per_boot", WritesPerBoot(ResetDetectorOptions.DoubleReset()));
            figure("flash.writes_per_boot_detection_off", WritesPerBoot(ResetDetectorOptions.Off()));
        }

        /// <summary>
        /// Joined to "Home" (the stronger); Home goes off the air at 60 s; seconds until joined through "Backup", with the
        /// scenario's default ESP32 times (beacon loss 6 s, scan 2 s, join 1.5 s, DHCP 0.7 s) and the main loop stepping
        /// every 10 ms.
        /// </summary>
        private static double FailoverSeconds()
        {
            var scenario = new RadioScenario();
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Home", Rssi = -50, Password = "home-pw", VanishAt = 60 });
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Backup", Rssi = -65, Password = "backup-pw" });
            var clock = new ManualClock();
            var wifi = new WifiManager(new SimulatedRadio(scenario, clock), clock, new SeededJitter(), null);
            wifi.Configure(new[] { new WifiCredential { Ssid = "Home", Password = "home-pw" }, new WifiCredential { Ssid = "Backup", Password = "backup-pw" } });
            wifi.Start();
            while (!(wifi.IsConnected && wifi.CurrentSsid == "Backup"))
            {
                if (clock.NowMilliseconds > 600000)
                {
                    throw new InvalidOperationException("no failover within 10 minutes: " + wifi.Describe());
                }

                clock.Advance(StepMs);
                wifi.Step();
            }

            return (clock.NowMilliseconds - 60000) / 1000.0;
        }

        /// <summary>
        /// The most flash writes in one boot of normal operation: ten boots (cause unknown, as on nanoFramework's ESP32)
        /// of the device lifecycle (<see cref="BlynkDevice"/>) with its config stored, each running two minutes: it loads
        /// the config, takes the forced-portal flag, runs the reset detector, joins the WiFi (remembering its network in
        /// the detector's memo) and logs in to a fake Blynk server. A boot before them joined the network once, so they
        /// start as every later boot does.
        /// </summary>
        private static int WritesPerBoot(ResetDetectorOptions options)
        {
            var scenario = new RadioScenario();
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "HomeNet", Rssi = -50, Password = "correct horse battery" });
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Save(SampleValues.DeviceA());

            int most = 0;
            for (int boot = 0; boot <= 10; boot++)
            {
                var clock = new ManualClock();
                var flash = new CountingByteStore(medium, new PowerBudget());
                var network = new MemoryStreamNetwork(clock);
                var server = new FakeBlynkServer(network.Listen("blynk.cloud", 443), "0123456789abcdef0123456789abcdef");
                var storage = new DeviceStorage(DeviceConfig.CreateStore(flash), DeviceConfig.CreateResetRecord(flash), DeviceConfig.CreatePortalFlagRecord(flash));
                var ports = new DevicePorts(new SimulatedRadio(scenario, clock), network, clock, new SeededJitter()) { BootCause = BootCause.Unknown };
                var device = new BlynkDevice(new DeviceConfig(), storage, ports, new BlynkDeviceOptions { Resets = options });
                device.Start();
                for (long t = 0; t < 120000; t += StepMs)
                {
                    clock.Advance(StepMs);
                    server.Poll();
                    device.Step();
                }

                if (device.State != DeviceState.Running || device.LoadStatus != ConfigReadStatus.Ok)
                {
                    throw new InvalidOperationException("boot " + boot + " is not running: " + device.Describe());
                }

                if (boot > 0)
                {
                    most = Math.Max(most, flash.Writes);
                }
            }

            return most;
        }

        /// <summary>Commits that changed the medium.</summary>
        /// <summary>Jitter from a fixed seed, so the figures repeat.</summary>
        private sealed class SeededJitter : IRandomSource
        {
            private readonly Random _random = new Random(20261201);

            public void NextBytes(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
        }
    }
}
