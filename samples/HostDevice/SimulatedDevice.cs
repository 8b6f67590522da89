using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Threading;
using BlynkWM.Blynk;
using BlynkWM.Host.Net;
using BlynkWM.Host.Security;
using BlynkWM.Host.Storage;
using BlynkWM.Host.Time;
using BlynkWM.Host.Wifi;
using BlynkWM.Lifecycle;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.HostDevice
{
    /// <summary>
    /// One simulated ESP32: boots, loads its config from the simulated flash, reports what it will join, then runs the
    /// device lifecycle (<see cref="BlynkDevice"/>) for real: the simulated radio of the scenario file, then over
    /// loopback to the scenario's local Blynk servers (or the one given with --blynk), or the config portal (HTTP and
    /// captive DNS on loopback). A save "reboots" it. Every value that came from a user (the stored config, the
    /// scenario file) is printed through <see cref="LogText.Escape"/>.
    /// </summary>
    internal sealed class SimulatedDevice : IDisposable
    {
        private const int UptimePin = 0;
        private const int UptimeIntervalMs = 10000;

        private readonly DeviceOptions _options;
        private readonly TextWriter _log;
        private readonly RadioScenario _scenario;
        private readonly SimulatedRadio _radio;
        private readonly SystemClock _clock = new SystemClock();
        private readonly CryptoRandomSource _random = new CryptoRandomSource();
        private readonly LocalBlynkServers? _servers;
        private readonly SimulatedInternet _internet;
        private readonly ConcurrentQueue<string> _commands = new ConcurrentQueue<string>();
        private volatile bool _stopping;

        public SimulatedDevice(DeviceOptions options, TextWriter log)
        {
            _options = options;
            _log = log;
            _scenario = RadioScenario.Load(options.ScenarioPath);
            _radio = new SimulatedRadio(_scenario, _clock);
            _internet = new SimulatedInternet(options.BlynkHost, options.BlynkPort);
            if (options.BlynkHost == null)
            {
                _servers = new LocalBlynkServers(options.ScenarioPath, log);
                for (int i = 0; i < _servers.Count; i++)
                {
                    _internet.Route(_servers.Host(i), _servers.Port(i));
                }
            }
        }

        public void Stop() => _stopping = true;

        public void Dispose() => _servers?.Dispose();

        public void Run()
        {
            Directory.CreateDirectory(_options.DataFolder);
            DescribeWorld();
            StartCommandReader();
            for (int boot = 1; !_stopping; boot++)
            {
                using var eeprom = new ImageFileByteStore(Path.Combine(_options.DataFolder, "eeprom.bin"), DeviceConfig.StorageLayout.StoreCapacity);
                IConfigStore store = DeviceConfig.CreateStore(eeprom);
                if (boot == 1 && _options.Reset)
                {
                    store.Erase();
                    _log.WriteLine("Stored config erased.");
                }

                if (boot == 1 && _options.Demo)
                {
                    store.Save(DemoConfig());
                    _log.WriteLine("Demo config stored (HomeNet, Workshop; Blynk servers " + DemoServers() + ").");
                }

                var preview = new DeviceConfig();
                ConfigReadStatus status = store.Load(preview);
                _log.WriteLine();
                _log.WriteLine("== Simulated ESP32 (chip " + LogText.Escape(_scenario.ChipId) + "), boot " + boot + ": stored config " + Describe(status, store));
                ScanAtBoot();
                if (status == ConfigReadStatus.Ok)
                {
                    ReportPlan(preview);
                }

                _log.Flush();
                bool reboot = RunBoot(eeprom, store, boot);
                if (!reboot || boot >= _options.MaxBoots)
                {
                    return;
                }

                _log.WriteLine("Rebooting...");
            }
        }

        /// <summary>One boot of the lifecycle; true when it ends in a reboot (a save, or the device asked for one).</summary>
        private bool RunBoot(IByteStore eeprom, IConfigStore store, int boot)
        {
            using var listener = new SocketTcpListenerPort(IPAddress.Loopback, _options.HttpPort);
            using var udp = new SocketUdpPort(IPAddress.Loopback, _options.DnsPort);
            string portalHost = "127.0.0.1:" + listener.LocalPort;
            var reboot = new HostReboot();
            var ports = new DevicePorts(_radio, _internet, _clock, _random)
            {
                PortalListener = listener,
                DnsPort = udp,
                Reboot = reboot,
                BootCause = boot == 1 ? BootCause.PowerOn : BootCause.SoftwareReboot,
            };
            var options = new BlynkDeviceOptions { PortalHost = portalHost, PortalAddress = "127.0.0.1", PortalCloseDelayMs = 3000 };
            options.Blynk.DeviceInfo.DeviceType = "ESP32 (simulated)";
            options.Blynk.DeviceInfo.FirmwareVersion = "1.0.0";
            var config = new DeviceConfig();
            var storage = new DeviceStorage(store, DeviceConfig.CreateResetRecord(eeprom), DeviceConfig.CreatePortalFlagRecord(eeprom));
            var device = new BlynkDevice(config, storage, ports, options);

            device.StateChanged += d => OnStateChanged(d, portalHost, udp.LocalPort);
            device.Connected += d => _log.WriteLine("Blynk: logged in to server " + (d.Blynk.CurrentServer + 1) + " (" + LogText.Escape(d.Blynk.GetServer(d.Blynk.CurrentServer).ToString()) + ")");
            device.Disconnected += d => _log.WriteLine("Blynk: connection ended (" + LogText.Escape(d.Blynk.Describe()) + ")");
            device.Wifi.Connected += w => _log.WriteLine("WiFi: joined \"" + LogText.Escape(w.CurrentSsid) + "\", address " + w.IpAddress);
            device.OnAnyWrite((pin, value) => _log.WriteLine("[device] V" + pin + " <- " + LogText.Escape(value.AsString())));
            device.Start();
            if (boot == 1 && _options.ForcePortal)
            {
                device.OpenPortal(ForcedPortalMode.OneShot);
            }

            var uptime = Stopwatch.StartNew();
            long nextUptime = UptimeIntervalMs;
            int savesBefore = 0;
            while (!_stopping)
            {
                RunCommands(device, config);
                bool busy = device.Step();
                if (reboot.Requested)
                {
                    return true;
                }

                if (device.Portal != null && device.Portal.SaveCount > savesBefore && !device.IsPortalOpen)
                {
                    _log.WriteLine("Config saved.");
                    return true;
                }

                if (_options.RunSeconds > 0 && (boot >= _options.MaxBoots || _options.MaxBoots == int.MaxValue) && uptime.ElapsedMilliseconds >= _options.RunSeconds * 1000L)
                {
                    return false;
                }

                if (uptime.ElapsedMilliseconds >= nextUptime)
                {
                    nextUptime += UptimeIntervalMs;
                    if (device.VirtualWrite(UptimePin, uptime.ElapsedMilliseconds / 1000))
                    {
                        _log.WriteLine("[device] V" + UptimePin + " -> " + uptime.ElapsedMilliseconds / 1000 + " (uptime)");
                    }
                }

                if (!busy)
                {
                    Thread.Sleep(1);
                }
            }

            return false;
        }

        private void OnStateChanged(BlynkDevice device, string portalHost, int dnsPort)
        {
            bool quiet = device.LastFailure == DeviceFailure.None || device.State == DeviceState.Running;
            _log.WriteLine("State: " + DeviceFailures.StateName(device.State) + (quiet ? "" : "  (last failure: "
                + DeviceFailures.Name(device.LastFailure) + ", " + LogText.Escape(device.LastFailureDetail) + ")"));
            if (device.State != DeviceState.Portal)
            {
                return;
            }

            _log.WriteLine("Config portal open: " + BlynkDevice.PortalReasonName(device.PortalReason) + ".");
            _log.WriteLine("Access point: SSID \"" + LogText.Escape("BlynkWM-" + _scenario.ChipId) + "\", password \"" + AccessPointPassword()
                + "\" (WPA2; on the host nothing is broadcast)");
            _log.WriteLine("Portal:       http://" + portalHost + "/");
            _log.WriteLine("Captive DNS:  127.0.0.1 port " + dnsPort + "  (try: dig @127.0.0.1 -p " + dnsPort + " connectivitycheck.gstatic.com)");
            _log.WriteLine("A save is tested (WiFi, then Blynk) before it is stored; \"Save anyway\" skips the test. Ctrl+C stops.");
            _log.Flush();
        }

        /// <summary>Commands typed on the console, run on the loop's thread (the lifecycle is single-threaded).</summary>
        private void RunCommands(BlynkDevice device, DeviceConfig config)
        {
            while (_commands.TryDequeue(out string? line))
            {
                string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                int server = words.Length > 1 && int.TryParse(words[1], out int n) ? n - 1 : -1;
                switch (words[0])
                {
                    case "stop" when _servers != null && server >= 0 && server < _servers.Count:
                        _servers.Stop(server);
                        _log.WriteLine("[server " + (server + 1) + "] stopped");
                        break;
                    case "start" when _servers != null && server >= 0 && server < _servers.Count:
                        _servers.Start(server);
                        _log.WriteLine("[server " + (server + 1) + "] started");
                        break;
                    case "write" when _servers != null && words.Length >= 3 && int.TryParse(words[1], out int pin):
                        string value = string.Join(" ", words, 2, words.Length - 2);
                        string[] tokens = { config.PrimaryBlynk.Token, config.BackupBlynk.Token };
                        int sent = 0;
                        for (int i = 0; i < _servers.Count; i++)
                        {
                            sent += _servers.WriteVirtual(i, tokens, pin, value);
                        }

                        _log.WriteLine(sent > 0 ? "[app] V" + pin + " = " + LogText.Escape(value) : "[app] no device is logged in");
                        break;
                    case "portal":
                        device.OpenPortal(ForcedPortalMode.OneShot);
                        break;
                    case "state":
                        _log.WriteLine(LogText.Escape(device.Describe()) + "; WiFi: " + LogText.Escape(device.Wifi.Describe()) + "; Blynk: " + LogText.Escape(device.Blynk.Describe()));
                        break;
                    default:
                        _log.WriteLine("commands: stop N | start N (local Blynk server N) | write PIN VALUE (as the app) | portal | state");
                        break;
                }
            }
        }

        private void StartCommandReader()
        {
            var reader = new Thread(() =>
            {
                try
                {
                    string? line;
                    while ((line = Console.In.ReadLine()) != null)
                    {
                        _commands.Enqueue(line.Trim());
                    }
                }
                catch (IOException)
                {
                    // No console (a test or a service): no commands.
                }
            })
            { IsBackground = true, Name = "console commands" };
            reader.Start();
        }

        private void DescribeWorld()
        {
            if (_servers == null)
            {
                _log.WriteLine("Blynk: every connection goes to " + LogText.Escape(_options.BlynkHost!) + ":" + _options.BlynkPort + ".");
                return;
            }

            for (int i = 0; i < _servers.Count; i++)
            {
                _log.WriteLine("Blynk server " + (i + 1) + " of the simulated world: " + LogText.Escape(_servers.Host(i)) + " (any port, any token) on 127.0.0.1:" + _servers.Port(i));
            }

            _log.WriteLine("Type 'stop 1' / 'start 1' to take server 1 away and back, 'write 1 hello' to write V1 as the app, 'state' for the device's state.");
        }

        private string DemoServers() => _servers == null || _servers.Count == 0 ? "none" : string.Join(", ", AllHosts());

        private string[] AllHosts()
        {
            var hosts = new string[_servers!.Count];
            for (int i = 0; i < hosts.Length; i++)
            {
                hosts[i] = LogText.Escape(_servers.Host(i));
            }

            return hosts;
        }

        private DeviceConfig DemoConfig()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "HomeNet";
            config.PrimaryWifi.Password = "correct horse battery";
            config.BackupWifi.Ssid = "Workshop";
            config.BackupWifi.Password = "drill-press";
            config.PrimaryBlynk.Server = _servers != null && _servers.Count > 0 ? _servers.Host(0) : "blynk.cloud";
            config.PrimaryBlynk.Token = "demo-token-1";
            config.BackupBlynk.Server = _servers != null && _servers.Count > 1 ? _servers.Host(1) : "";
            config.BackupBlynk.Port = 8080;
            config.BackupBlynk.Token = "demo-token-2";
            config.BoardName = "host-device";
            return config;
        }

        /// <summary>Like a device, scans before it decides (the portal's list and the choice of network need one); takes the scenario's scan time.</summary>
        private void ScanAtBoot()
        {
            int before = _radio.ScanCount;
            _radio.RequestScan();
            while (_radio.ScanCount == before && !_stopping)
            {
                Thread.Sleep(10);
            }
        }

        /// <summary>What this boot will try, before it tries it.</summary>
        private void ReportPlan(DeviceConfig config)
        {
            WifiCredential[] networks = config.GetWifiCredentials();
            int best = WifiSelector.ChooseBest(networks, _radio.LatestNetworks);
            if (best < 0)
            {
                _log.WriteLine("No WiFi network is configured.");
            }
            else
            {
                WifiCredential chosen = networks[best];
                int rssi = int.MinValue;
                foreach (WifiNetworkInfo seen in _radio.LatestNetworks)
                {
                    if (seen.Ssid == chosen.Ssid && seen.Rssi > rssi)
                    {
                        rssi = seen.Rssi;
                    }
                }

                string signal = rssi == int.MinValue ? "not in the scan (hidden?)" : rssi + " dBm";
                string verdict = _radio.WouldAccept(chosen.Ssid, chosen.Password) ? "the access point accepts the passphrase" : "the access point would REJECT the passphrase";
                _log.WriteLine("WiFi:  would join \"" + LogText.Escape(chosen.Ssid) + "\" (set " + (best + 1) + " of " + networks.Length + ", " + signal + "); " + verdict + ".");
            }

            int order = 1;
            foreach (BlynkCredential blynk in config.GetBlynkCredentials())
            {
                if (blynk.IsSet)
                {
                    _log.WriteLine("Blynk: server " + order++ + ": " + LogText.Escape(blynk.Server) + ":" + blynk.Port + ", token " + LogText.Escape(Mask(blynk.Token)));
                }
            }

            if (order == 1)
            {
                _log.WriteLine("Blynk: no server is configured.");
            }

            _log.WriteLine("Board: " + LogText.Escape(config.BoardName) + "; MQTT " + LogText.Escape(config.MqttServer) + ":" + config.MqttPort + (config.MqttTls ? " (TLS)" : ""));
            _log.WriteLine("(Run with --portal to open the portal again, as a double reset would.)");
        }

        private static string Describe(ConfigReadStatus status, IConfigStore store) => status switch
        {
            ConfigReadStatus.Ok => "valid (sequence " + store.CurrentSequence + ")",
            ConfigReadStatus.Empty => "absent",
            _ => "unusable (" + status + ")",
        };

        private static string Mask(string token) => token.Length <= 4 ? "****" : new string('*', token.Length - 4) + token.Substring(token.Length - 4);

        /// <summary>Random, not derived from the chip id (the seed's "MyESP_&lt;chip id&gt;" is readable off its SSID).</summary>
        private string AccessPointPassword()
        {
            const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
            byte[] bytes = new byte[12];
            _random.NextBytes(bytes, 0, bytes.Length);
            char[] password = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                password[i] = alphabet[bytes[i] % alphabet.Length];
            }

            return new string(password);
        }

        /// <summary>The device asked for a reboot: the boot loop starts the next boot.</summary>
        private sealed class HostReboot : IRebootPort
        {
            public bool Requested { get; private set; }

            public void Reboot() => Requested = true;
        }
    }
}
