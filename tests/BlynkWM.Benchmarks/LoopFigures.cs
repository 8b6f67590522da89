using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using BlynkWM.Host.Wifi;
using BlynkWM.Lifecycle;
using BlynkWM.Server;
using BlynkWM.Storage;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// <c>loop.max_step_ms</c>: the longest <see cref="BlynkDevice.Step"/> on this host, in wall-clock time, through a
    /// device's worst minutes: booting and joining, logging in to a real Blynk server over loopback, pin traffic, that
    /// server killed (failover to the second), its access point gone (failover to the other), both gone (the fallback
    /// portal opens), the portal served to a real HTTP client (page, scan list, /status, a save tested and refused),
    /// and a network back (the portal closes, the device runs again). The radio is simulated on a manual clock that
    /// moves 10 ms per pass, and stands still while a socket or an HTTP answer is under way, so real I/O is never cut
    /// short by simulated timeouts. A first round warms the JIT up; the second is measured.
    /// </summary>
    public static class LoopFigures
    {
        private const int StepMs = 10;

        public static void Run(Action<string, double> figure)
        {
            Round(out _, out _);
            Round(out double maxMs, out long steps);
            figure("loop.max_step_ms", Math.Round(maxMs, 3));
            figure("loop.steps", steps);
        }

        private static void Round(out double maxMs, out long steps)
        {
            using var server1 = new BlynkServer(new BlynkServerOptions { AcceptAnyToken = true, KeepTranscript = false });
            using var server2 = new BlynkServer(new BlynkServerOptions { AcceptAnyToken = true, KeepTranscript = false });
            server1.Start();
            server2.Start();

            var scenario = new RadioScenario();
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Home", Rssi = -50, Password = "home-passphrase" });
            scenario.Networks.Add(new ScenarioNetwork { Ssid = "Backup", Rssi = -65, Password = "backup-pw" });
            var clock = new ManualClock(1000);
            var radio = new SimulatedRadio(scenario, clock);

            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var flash = new PowerCutByteStore(medium, new PowerBudget());
            var stored = new DeviceConfig();
            stored.PrimaryWifi.Ssid = "Home";
            stored.PrimaryWifi.Password = "home-passphrase";
            stored.BackupWifi.Ssid = "Backup";
            stored.BackupWifi.Password = "backup-pw";
            stored.PrimaryBlynk.Server = "127.0.0.1";
            stored.PrimaryBlynk.Port = server1.TcpPort;
            stored.PrimaryBlynk.Token = "bench-token";
            stored.BackupBlynk.Server = "127.0.0.1";
            stored.BackupBlynk.Port = server2.TcpPort;
            stored.BackupBlynk.Token = "bench-token";
            IConfigStore store = DeviceConfig.CreateStore(flash);
            store.Save(stored);

            using var listener = new SocketTcpListenerPort(IPAddress.Loopback, 0);
            string host = "127.0.0.1:" + listener.LocalPort;
            var ports = new DevicePorts(radio, new SocketStreamPort(), clock, new Host.Security.CryptoRandomSource()) { PortalListener = listener };
            var options = new BlynkDeviceOptions { PortalHost = host, PortalAddress = "127.0.0.1" };
            var config = new DeviceConfig();
            var device = new BlynkDevice(config, new DeviceStorage(store, DeviceConfig.CreateResetRecord(flash), DeviceConfig.CreatePortalFlagRecord(flash)), ports, options);
            var loop = new Loop(device, clock);
            device.Start();

            loop.RunUntil(() => device.State == DeviceState.Running, "the first login");
            for (int i = 0; i < 200; i++)
            {
                device.VirtualWrite(1, i);
                loop.Pass();
            }

            server1.Stop();
            loop.RunUntil(() => device.State == DeviceState.Running && device.Blynk.CurrentServer == 1, "failover to server 2");

            OffAir(scenario, "Home", clock);
            loop.RunUntil(() => device.State == DeviceState.Running && device.Wifi.CurrentSsid == "Backup", "failover to Backup");

            OffAir(scenario, "Backup", clock);
            loop.RunUntil(() => device.IsPortalOpen, "the fallback portal");

            using var client = new HttpClient(new HttpClientHandler { UseProxy = false }) { BaseAddress = new Uri("http://" + host) };
            for (int i = 0; i < 5; i++)
            {
                loop.Http(client.GetStringAsync("/"));
                loop.Http(client.GetStringAsync("/scan"));
                loop.Http(client.GetStringAsync("/status"));
            }

            var form = new Dictionary<string, string>
            {
                ["_csrf"] = device.Portal!.Csrf.TokenString,
                ["wifi1_ssid"] = "Home",
                ["wifi1_pw"] = "not-the-password",
                ["blynk1_server"] = "127.0.0.1",
                ["blynk1_port"] = server2.TcpPort.ToString(),
                ["blynk1_token"] = "bench-token-0123456789abcdefghij",
            };
            OnAir(scenario, "Home", clock);                    // back, but the save below names a wrong passphrase
            var post = new HttpRequestMessage(HttpMethod.Post, "/save") { Content = new FormUrlEncodedContent(form) };
            post.Headers.Add("Origin", "http://" + host);
            Task<HttpResponseMessage> posted = client.SendAsync(post);
            loop.Http(posted);
            if (posted.Result.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException("the save was answered " + (int)posted.Result.StatusCode + ": " + posted.Result.Content.ReadAsStringAsync().Result);
            }

            loop.RunUntil(() => !device.Portal.IsTesting, "the tested save");
            loop.Http(client.GetStringAsync("/status"));
            loop.RunUntil(() => !device.IsPortalOpen && device.State == DeviceState.Running, "the portal closing on Home's return");
            if (device.Portal.TestCount != 1 || device.Portal.FailedTestCount != 1 || device.Portal.Status.Failure != "wrong_password")
            {
                throw new InvalidOperationException("the save was not tested and refused as planned: tests " + device.Portal.TestCount + ", failed " + device.Portal.FailedTestCount + ", status " + device.Portal.Status.Failure + " " + device.Portal.Status.Message + "; " + device.Describe());
            }

            maxMs = loop.MaxMs;
            Console.Error.WriteLine("longest step " + loop.MaxMs.ToString("0.000") + " ms: " + loop.MaxAt);
            steps = loop.Steps;
        }

        /// <summary>The radio reads the scenario live: an open outage from now on takes a network off the air.</summary>
        private static void OffAir(RadioScenario scenario, string ssid, ManualClock clock)
        {
            double now = (clock.NowMilliseconds - 1000) / 1000.0;
            scenario.Networks.Single(n => n.Ssid == ssid).Outages.Add(new ScenarioOutage { From = now, Until = double.MaxValue });
        }

        private static void OnAir(RadioScenario scenario, string ssid, ManualClock clock)
        {
            double now = (clock.NowMilliseconds - 1000) / 1000.0;
            foreach (ScenarioOutage outage in scenario.Networks.Single(n => n.Ssid == ssid).Outages)
            {
                outage.Until = Math.Min(outage.Until, now);
            }
        }

        /// <summary>The device's main loop with a stopwatch around each Step.</summary>
        private sealed class Loop
        {
            private readonly BlynkDevice _device;
            private readonly ManualClock _clock;
            private readonly Stopwatch _watch = new Stopwatch();

            public Loop(BlynkDevice device, ManualClock clock)
            {
                _device = device;
                _clock = clock;
            }

            public double MaxMs { get; private set; }

            /// <summary>What the device was doing when the longest step ran (for stderr).</summary>
            public string MaxAt { get; private set; } = "";

            public long Steps { get; private set; }

            /// <summary>One pass; the simulated clock moves unless <paramref name="waitingForIo"/>.</summary>
            public void Pass(bool waitingForIo = false)
            {
                int collections = GC.CollectionCount(0);
                _watch.Restart();
                _device.Step();
                _watch.Stop();
                bool collected = GC.CollectionCount(0) != collections;
                Steps++;
                if (_watch.Elapsed.TotalMilliseconds > MaxMs)
                {
                    MaxMs = _watch.Elapsed.TotalMilliseconds;
                    MaxAt = _device.Describe() + "; WiFi " + _device.Wifi.State + ", Blynk " + _device.Blynk.State + ", step " + Steps
                        + (collected ? ", a garbage collection ran during it" : ", no garbage collection during it");
                }
                var blynk = _device.Blynk.State;
                if (waitingForIo || blynk == Blynk.BlynkState.Connecting || blynk == Blynk.BlynkState.LoggingIn)
                {
                    Thread.Sleep(0);
                }
                else
                {
                    _clock.Advance(StepMs);
                }
            }

            public void RunUntil(Func<bool> condition, string what)
            {
                long deadline = _clock.NowMilliseconds + 600000;
                var wall = Stopwatch.StartNew();
                while (!condition())
                {
                    if (_clock.NowMilliseconds > deadline || wall.Elapsed > TimeSpan.FromSeconds(60))
                    {
                        throw new InvalidOperationException("no " + what + ": " + _device.Describe());
                    }

                    Pass();
                }
            }

            public void Http(Task request)
            {
                var wall = Stopwatch.StartNew();
                while (!request.IsCompleted)
                {
                    if (wall.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        throw new InvalidOperationException("an HTTP request got no answer");
                    }

                    Pass(waitingForIo: true);
                }

                request.GetAwaiter().GetResult();
            }
        }
    }
}
