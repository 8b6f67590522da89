using BlynkWM;

namespace PackageConsumer
{
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/fixture/settings.cfg")]
    public partial class Settings
    {
        [WifiCredential("wifi", Required = true)] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk", DefaultPort = 443)] public BlynkCredential Blynk = new BlynkCredential();
        [BoardName] public string Board = "fixture";
        [DynamicParam("interval_s", Min = 5, Max = 3600)] public ushort IntervalSeconds = 60;
        [DynamicParam("mqtt_pw", MaxLength = 32, Secret = true)] public string MqttPassword = "changeme"; // BWM0016: a warning
    }

    public static class UsesGeneratedCode
    {
        // Compiles only if the generator ran: these members are generated.
        public static int Probe()
        {
            var settings = new Settings();
            settings.ResetToDefaults();
            return Settings.StorageLayout.MaxRecordSize;
        }
    }
}
