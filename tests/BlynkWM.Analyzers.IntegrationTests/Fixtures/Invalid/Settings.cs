using BlynkWM;

namespace Fixture
{
    // BWM0001: not partial. BWM0009: a string parameter without MaxLength.
    [BlynkConfig(ConfigStorage.Eeprom)]
    public class Settings
    {
        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
        [DynamicParam("mqtt_server")] public string MqttServer = "broker.local";
    }
}
