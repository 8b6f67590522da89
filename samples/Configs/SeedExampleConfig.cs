namespace BlynkWM.Samples
{
    /// <summary>
    /// The seed's Async_ESP32WM_MRD_Config example, ported: two WiFi networks, two Blynk servers, the board name and its
    /// six MQTT parameters, with the seed's ids, labels, lengths (34 bytes) and defaults. Two differences: the MQTT port
    /// is an integer (1..65535) where the seed keeps a 6-character string, and the secrets (WiFi passwords, Blynk tokens,
    /// the MQTT password) have no default here, because a default secret ships in every firmware image (BWM0016).
    /// The region starts at 2048 so that it does not overlap <see cref="DeviceConfig"/>'s in this one samples project.
    /// </summary>
    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 2048, EepromRegionSize = 2048, PortalTitle = "ESP32 Async Blynk")]
    public partial class SeedExampleConfig
    {
        [WifiCredential("wifi1", DefaultSsid = "SSID1")]
        public WifiCredential Wifi1 = new WifiCredential();

        [WifiCredential("wifi2", DefaultSsid = "SSID2")]
        public WifiCredential Wifi2 = new WifiCredential();

        [BlynkCredential("blynk1", DefaultServer = "account.ddns.net", DefaultPort = 8080)]
        public BlynkCredential Blynk1 = new BlynkCredential();

        [BlynkCredential("blynk2", DefaultServer = "account.duckdns.org", DefaultPort = 8080)]
        public BlynkCredential Blynk2 = new BlynkCredential();

        [BoardName]
        public string BoardName = "ESP32-Async-Blynk";

        [DynamicParam("mqtt", Label = "MQTT Server", MaxLength = 34)]
        public string MqttServer = "default-mqtt-server";

        [DynamicParam("mqpt", Label = "Port", Min = 1, Max = 65535)]
        public int MqttPort = 1883;

        [DynamicParam("user", Label = "MQTT UserName", MaxLength = 34)]
        public string MqttUserName = "default-mqtt-username";

        [DynamicParam("mqpw", Label = "MQTT PWD", MaxLength = 34, Secret = true)]
        public string MqttPassword = "";

        [DynamicParam("subs", Label = "Subs Topics", MaxLength = 34)]
        public string MqttSubscribeTopic = "default-mqtt-SubTopic";

        [DynamicParam("pubs", Label = "Pubs Topics", MaxLength = 34)]
        public string MqttPublishTopic = "default-mqtt-PubTopic";
    }
}
