using System;
using System.IO;
using System.Net;
using System.Threading;
using BlynkWM.Dns;
using BlynkWM.Host.Diagnostics;
using BlynkWM.Host.Net;
using BlynkWM.Host.Security;
using BlynkWM.Host.Storage;
using BlynkWM.Host.Time;
using BlynkWM.Host.Wifi;
using BlynkWM.Http;
using BlynkWM.Portal;
using BlynkWM.Reset;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.HostDevice
{
    /// <summary>
    /// One simulated ESP32: boots, loads its config from the simulated flash, and either reports what it would
    /// connect to or opens the config portal (HTTP and captive DNS on loopback) until a save "reboots" it. Every value
    /// that came from a user (the stored config, the scenario file) is printed through <see cref="LogText.Escape"/>.
    /// </summary>
    internal sealed class SimulatedDevice
    {
        private readonly DeviceOptions _options;
        private readonly TextWriter _log;
        private readonly RadioScenario _scenario;
        private readonly SimulatedRadio _radio;
        private readonly SystemClock _clock = new SystemClock();
        private readonly CryptoRandomSource _random = new CryptoRandomSource();
        private volatile bool _stopping;

        public SimulatedDevice(DeviceOptions options, TextWriter log)
        {
            _options = options;
            _log = log;
            _scenario = RadioScenario.Load(options.ScenarioPath);
            _radio = new SimulatedRadio(_scenario, _clock);
        }

        public void Stop() => _stopping = true;

        public void Run()
        {
            Directory.CreateDirectory(_options.DataFolder);
            bool forcePortal = _options.ForcePortal;
            for (int boot = 1; boot <= _options.MaxBoots && !_stopping; boot++)
            {
                using var eeprom = new ImageFileByteStore(Path.Combine(_options.DataFolder, "eeprom.bin"), DeviceConfig.StorageLayout.StoreCapacity);
                IConfigStore store = DeviceConfig.CreateStore(eeprom);
                var portalFlag = new ForcedPortalFlag(DeviceConfig.CreatePortalFlagRecord(eeprom));
                if (_options.Reset && boot == 1)
                {
                    store.Erase();
                    _log.WriteLine("Stored config erased.");
                }

                var config = new DeviceConfig();
                ConfigReadStatus status = store.Load(config);
                bool portalRequested = portalFlag.TakeAtBoot() != ForcedPortalMode.None || forcePortal;
                _log.WriteLine();
                _log.WriteLine("== Simulated ESP32 (chip " + LogText.Escape(_scenario.ChipId) + "), boot " + boot + ": stored config " + Describe(status, store));
                ScanAtBoot();

                if (status == ConfigReadStatus.Ok && !portalRequested)
                {
                    ReportConnection(config);
                    WaitUntilStopped();
                    return;
                }

                _log.WriteLine(portalRequested ? "A config portal was requested." : "No valid config: opening the config portal.");
                RunPortal(config, store);
                portalFlag.ConfigSaved();
                forcePortal = false;
                if (!_stopping)
                {
                    _log.WriteLine("Config saved; rebooting...");
                }
            }
        }

        private void RunPortal(DeviceConfig config, IConfigStore store)
        {
            string apSsid = "BlynkWM-" + _scenario.ChipId;
            string apPassword = AccessPointPassword();
            using var listener = new SocketTcpListenerPort(IPAddress.Loopback, _options.HttpPort);
            using var udp = new SocketUdpPort(IPAddress.Loopback, _options.DnsPort);
            string portalHost = "127.0.0.1:" + listener.LocalPort;

            var portal = new ConfigPortal(new DeviceConfig.PortalForm(config), store, _random, _clock, _radio, portalHost);
            bool saved = false;
            portal.Saved = () => saved = true;
            var serverOptions = new HttpServerOptions();
            portal.ConfigureServer(serverOptions);
            var server = new HttpServer(listener, _clock, portal.Handler, serverOptions);
            var dns = new CaptiveDnsResponder(udp, new byte[] { 127, 0, 0, 1 });

            _log.WriteLine("Access point: SSID \"" + LogText.Escape(apSsid) + "\", password \"" + apPassword + "\" (WPA2; on the host nothing is broadcast)");
            _log.WriteLine("Portal:       http://" + portalHost + "/");
            _log.WriteLine("Captive DNS:  127.0.0.1 port " + udp.LocalPort + "  (try: dig @127.0.0.1 -p " + udp.LocalPort + " connectivitycheck.gstatic.com)");
            _log.WriteLine("Waiting for the form to be saved (Ctrl+C to stop)...");
            _log.Flush();

            long savedAt = -1;
            while (!_stopping)
            {
                bool busy = server.Poll();
                busy |= dns.Poll() > 0;
                if (saved && savedAt < 0)
                {
                    savedAt = _clock.NowMilliseconds;
                }

                // Give the confirmation page time to leave before the "reboot" closes every socket.
                if (savedAt >= 0 && (server.OpenConnections == 0 || _clock.NowMilliseconds - savedAt > 1000))
                {
                    break;
                }

                if (!busy)
                {
                    Thread.Sleep(1);
                }
            }

            server.Stop();
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

        private void ReportConnection(DeviceConfig config)
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
            _log.Flush();
        }

        private void WaitUntilStopped()
        {
            if (_options.MaxBoots != int.MaxValue)
            {
                return;
            }

            while (!_stopping)
            {
                Thread.Sleep(100);
            }
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
    }
}
