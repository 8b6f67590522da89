using System.Device.Wifi;
using System.Diagnostics;
using System.Threading;
using BlynkWM;
using BlynkWM.Blynk;
using BlynkWM.Dhcp;
using BlynkWM.Dns;
using BlynkWM.Esp32.Device;
using BlynkWM.Esp32.Net;
using BlynkWM.Esp32.Storage;
using BlynkWM.Esp32.Wifi;
using BlynkWM.Http;
using BlynkWM.Platform;
using BlynkWM.Portal;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace Esp32Device
{
    /// <summary>
    /// The firmware: the seed's Async_ESP32WM_MRD_Config on nanoFramework's ESP32 adapters. At boot it loads the config
    /// from the EEPROM image on the internal drive and asks the multi-reset detector and the forced-portal flag; with no
    /// valid config, three quick resets or a request, it serves the config portal on its own access point until a save,
    /// then reboots; otherwise it joins the strongest configured network, logs in to Blynk (failing over between the two
    /// servers) and runs <see cref="PinTelemetry"/>. Everything runs from one loop that never blocks.
    /// </summary>
    public static class Program
    {
        private const string EepromPath = "/blynkwm/eeprom.bin";
        private const string PortalAddress = "192.168.4.1";
        private const int TelemetryIntervalMs = 2000;

        public static void Main()
        {
            var clock = new UptimeClock();
            var random = new HardwareRandomSource();
            var reboot = new PowerReboot();

            // First, before anything changes the radio's stored configuration: it must see what runs since boot.
            var accessPoint = new SoftAccessPoint();
            IByteStore eeprom = new DriveImageByteStore(EepromPath, Esp32DeviceConfig.StorageLayout.StoreCapacity);
            IConfigStore store = Esp32DeviceConfig.CreateStore(eeprom);
            var config = new Esp32DeviceConfig();
            ConfigReadStatus status = store.Load(config);

            var resets = new ResetDetector(Esp32DeviceConfig.CreateResetRecord(eeprom), clock, ResetDetectorOptions.MultiReset());
            resets.Start(BootCauseReader.Read() == BlynkWM.Esp32.Device.BootCause.DeepSleepWake
                ? BlynkWM.Reset.BootCause.DeepSleepWake
                : BlynkWM.Reset.BootCause.Unknown);
            var portalFlag = new ForcedPortalFlag(Esp32DeviceConfig.CreatePortalFlagRecord(eeprom));
            ForcedPortalMode requested = portalFlag.TakeAtBoot();
            Debug.WriteLine("config: " + status.ToString() + ", resets: " + (resets.Triggered ? "portal requested" : "none") + ", board " + config.BoardName);

            if (status != ConfigReadStatus.Ok || resets.Triggered || requested != ForcedPortalMode.None)
            {
                RunPortal(config, store, portalFlag, accessPoint, resets, clock, random);
                portalFlag.ConfigSaved();
            }
            else if (!accessPoint.Stop())
            {
                RunDevice(config, resets, clock, random);
            }

            // A portal that saved, an access point that was started or stopped: the radio reads its stored configuration
            // only at boot (README, "The soft-AP and reboots").
            reboot.Reboot();
        }

        /// <summary>Serves the portal, its captive DNS and DHCP on the access point until a save; returns when it is time to reboot.</summary>
        private static void RunPortal(Esp32DeviceConfig config, IConfigStore store, ForcedPortalFlag portalFlag, SoftAccessPoint accessPoint,
            ResetDetector resets, IClock clock, IRandomSource random)
        {
            string password = AccessPointKey.LoadOrCreate(new DriveFileStore(), random);
            var settings = new SoftApSettings(config.BoardName.Length > 0 ? config.BoardName : "ESP32-Setup", password, 1, 4);
            if (accessPoint.Start(settings))
            {
                portalFlag.Request(ForcedPortalMode.OneShot);    // the next boot, which brings the access point up, opens the portal
                return;
            }

            Debug.WriteLine("portal: join \"" + settings.Ssid + "\" with the password " + password + ", then open http://" + PortalAddress + "/");
            bool saved = false;
            var scanner = new RadioScanner(WifiAdapter.FindAllAdapters()[0], clock);
            var portal = new ConfigPortal(new Esp32DeviceConfig.PortalForm(config), store, random, clock, scanner, PortalAddress);
            portal.Saved = () => saved = true;
            var options = new HttpServerOptions();
            portal.ConfigureServer(options);
            var server = new HttpServer(new NanoTcpListenerPort(80, 4, 5000), clock, portal.Handler, options);
            var dns = new CaptiveDnsResponder(new NanoUdpPort(53), new byte[] { 192, 168, 4, 1 });
            var dhcp = new CaptiveDhcpServer(new NanoUdpPort(PortalAddress, 67, true), clock, DhcpServerOptions.ForAccessPoint(PortalAddress, 4));
            while (!saved)
            {
                bool busy = server.Poll();
                busy |= dns.Poll() > 0;
                busy |= dhcp.Poll() > 0;
                busy |= resets.Step();
                Idle(busy);
            }

            long savedAt = clock.NowMilliseconds;
            while (server.OpenConnections > 0 && clock.NowMilliseconds - savedAt < 1000)
            {
                Idle(server.Poll());    // the confirmation page leaves before the reboot
            }

            accessPoint.Stop();
        }

        /// <summary>Joins WiFi, keeps Blynk logged in while it is up, and runs the telemetry; never returns.</summary>
        private static void RunDevice(Esp32DeviceConfig config, ResetDetector resets, IClock clock, IRandomSource random)
        {
            var wifiOptions = new WifiManagerOptions();
            wifiOptions.Hostname = Hostname.FromBoardName(config.BoardName, "esp32", Hostname.Esp32MaxLength);
            var wifi = new WifiManager(new StationRadio(clock), clock, random, wifiOptions);
            wifi.Configure(config.GetWifiCredentials());
            wifi.RememberLastGood(resets.Memo - 1);                          // last boot's network first, before any scan
            wifi.LastGoodChanged += m => resets.Memo = m.LastGoodNetwork + 1;

            var blynkOptions = new BlynkClientOptions();
            blynkOptions.DeviceInfo.DeviceType = "ESP32";
            blynkOptions.DeviceInfo.FirmwareVersion = "1.0.0";
            BlynkServerEndpoint[] servers = BlynkServerEndpoint.FromCredentials(config.GetBlynkCredentials(), StreamSecurity.Plain());
            var blynk = new BlynkClient(new NanoStreamPort(), clock, random, blynkOptions, servers);
            var telemetry = new PinTelemetry(blynk, clock, TelemetryIntervalMs);

            wifi.Start();
            bool online = false;
            while (true)
            {
                bool busy = wifi.Step();
                busy |= resets.Step();                                        // clears the reset record when the window closes
                if (wifi.IsConnected != online)
                {
                    online = wifi.IsConnected;
                    if (online)
                    {
                        blynk.Start();
                    }
                    else
                    {
                        blynk.Stop();
                    }
                }

                busy |= blynk.Step();
                telemetry.Step();
                Idle(busy);
            }
        }

        private static void Idle(bool busy)
        {
            if (!busy)
            {
                Thread.Sleep(5);
            }
        }
    }
}
