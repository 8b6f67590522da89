using System.Diagnostics;
using System.Threading;
using BlynkWM.Esp32.Device;
using BlynkWM.Esp32.Net;
using BlynkWM.Esp32.Storage;
using BlynkWM.Esp32.Wifi;
using BlynkWM.Lifecycle;
using BlynkWM.Platform;
using BlynkWM.Reset;
using BlynkWM.Storage;

namespace Esp32Device
{
    /// <summary>
    /// The firmware: the seed's Async_ESP32WM_MRD_Config on nanoFramework's ESP32 adapters, run by the device lifecycle
    /// object. <see cref="BlynkDevice"/> loads the config from the EEPROM image on the internal drive and asks the
    /// multi-reset detector and the forced-portal flag; with no valid config, three quick resets or a request it opens
    /// the config portal on its own access point (and again when no saved network can be joined), tests a save before
    /// storing it; otherwise it joins the strongest configured network and logs in to Blynk, failing over between the
    /// two servers. <see cref="PinTelemetry"/> rides on its Blynk client. Everything runs from one loop that never blocks.
    /// </summary>
    public static class Program
    {
        private const string EepromPath = "/blynkwm/eeprom.bin";
        private const int TelemetryIntervalMs = 2000;

        public static void Main()
        {
            var clock = new UptimeClock();
            var random = new HardwareRandomSource();

            // First, before anything changes the radio's stored configuration: it must see what runs since boot.
            var accessPoint = new SoftAccessPoint();
            IByteStore eeprom = new DriveImageByteStore(EepromPath, Esp32DeviceConfig.StorageLayout.StoreCapacity);
            var storage = new DeviceStorage(
                Esp32DeviceConfig.CreateStore(eeprom), Esp32DeviceConfig.CreateResetRecord(eeprom), Esp32DeviceConfig.CreatePortalFlagRecord(eeprom));

            // The access point is named after the board: read the stored name now (the device loads the config again).
            var config = new Esp32DeviceConfig();
            storage.Store.Load(config);
            string password = AccessPointKey.LoadOrCreate(new DriveFileStore(), random);

            var ports = new DevicePorts(new StationRadio(clock), new NanoStreamPort(), clock, random);
            ports.PortalListener = new NanoTcpListenerPort(80, 4, 5000);
            ports.DnsPort = new NanoUdpPort(53);
            ports.DhcpPort = new NanoUdpPort(accessPoint.Address, 67, true);
            ports.SoftAp = accessPoint;
            ports.Reboot = new PowerReboot();
            ports.BootCause = BootCauseReader.Read() == BlynkWM.Esp32.Device.BootCause.DeepSleepWake
                ? BlynkWM.Reset.BootCause.DeepSleepWake
                : BlynkWM.Reset.BootCause.Unknown;

            var options = new BlynkDeviceOptions();
            options.Resets = ResetDetectorOptions.MultiReset();
            options.AccessPoint = new SoftApSettings(config.BoardName.Length > 0 ? config.BoardName : "ESP32-Setup", password, 1, 4);
            options.Blynk.DeviceInfo.DeviceType = "ESP32";
            options.Blynk.DeviceInfo.FirmwareVersion = "1.0.0";

            var device = new BlynkDevice(config, storage, ports, options);
            var telemetry = new PinTelemetry(device.Blynk, clock, TelemetryIntervalMs);
            device.Start();
            Debug.WriteLine(device.Describe());
            if (device.IsPortalOpen)
            {
                Debug.WriteLine("portal: join \"" + options.AccessPoint.Ssid + "\" with the password " + password + ", then open http://" + accessPoint.Address + "/");
            }

            while (!device.RebootRequested)
            {
                bool busy = device.Step();
                telemetry.Step();
                if (!busy)
                {
                    Thread.Sleep(5);
                }
            }
        }
    }
}
