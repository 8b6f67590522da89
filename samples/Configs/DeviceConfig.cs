namespace BlynkWM.Samples
{
    /// <summary>
    /// The seed's classic setup: two WiFi networks, two Blynk servers, a board name and four MQTT parameters,
    /// kept in emulated EEPROM.
    /// </summary>
    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 2048, PortalTitle = "Sensor setup",
        EdgentTemplateId = "TMPL4bWMsample", EdgentTemplateName = "BlynkWM Sensor")] // the Blynk app can provision it (EdgentApi)
    public partial class DeviceConfig
    {
        [WifiCredential("wifi1", Label = "Home WiFi", Required = true)]
        public WifiCredential PrimaryWifi = new WifiCredential();

        [WifiCredential("wifi2", Label = "Backup WiFi")]
        public WifiCredential BackupWifi = new WifiCredential();

        [BlynkCredential("blynk1", Label = "Blynk server", Required = true)]
        public BlynkCredential PrimaryBlynk = new BlynkCredential();

        [BlynkCredential("blynk2", Label = "Backup Blynk server", DefaultServer = "", DefaultPort = 8080)]
        public BlynkCredential BackupBlynk = new BlynkCredential();

        [BoardName]
        public string BoardName = "esp32-sensor";

        [DynamicParam("mqtt_server", Label = "MQTT server", MaxLength = 40)]
        public string MqttServer = "broker.local";

        [DynamicParam("mqtt_port", Label = "MQTT port", Min = 1, Max = 65535)]
        public int MqttPort = 1883;

        [DynamicParam("mqtt_tls", Label = "Use TLS for MQTT")]
        public bool MqttTls;

        [DynamicParam("mqtt_pass", Label = "MQTT password", MaxLength = 32, Secret = true)]
        public string MqttPassword = "";
    }
}
