using System.Diagnostics;
using BlynkWM;
using BlynkWM.Esp32.Device;
using BlynkWM.Esp32.Storage;
using BlynkWM.Storage;

namespace Firmware
{
    /// <summary>Loads the stored config through the ESP32 adapters: the runtime and the adapters come from the package as source.</summary>
    public static class Program
    {
        public static void Main()
        {
            var clock = new UptimeClock();
            IByteStore eeprom = new DriveImageByteStore("/eeprom.bin", Settings.StorageLayout.StoreCapacity);
            var settings = new Settings();
            ConfigReadStatus status = Settings.CreateStore(eeprom).Load(settings);
            Debug.WriteLine("config " + (status == ConfigReadStatus.Ok ? "loaded" : "absent") + " after " + clock.NowMilliseconds + " ms");
        }
    }
}
