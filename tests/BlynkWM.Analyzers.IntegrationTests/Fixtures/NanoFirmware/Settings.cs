using BlynkWM;

namespace Firmware
{
    /// <summary>A firmware's config: one WiFi network, one Blynk server, a board name and a parameter.</summary>
    [BlynkConfig(ConfigStorage.Eeprom, PortalTitle = "Package test")]
    public partial class Settings
    {
        [WifiCredential("wifi1", Required = true)]
        public WifiCredential Wifi = new WifiCredential();

        [BlynkCredential("blynk1", Required = true)]
        public BlynkCredential Blynk = new BlynkCredential();

        [BoardName]
        public string BoardName = "package-test";

        [DynamicParam("interval", Label = "Interval (s)", Min = 1, Max = 3600)]
        public int IntervalSeconds = 10;
    }
}
