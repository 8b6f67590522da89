namespace BlynkWM.Samples
{
    /// <summary>A SPIFFS-backed config: flat file names of at most 31 bytes.</summary>
    [BlynkConfig(ConfigStorage.Spiffs, Path = "/wm_config")]
    public partial class SpiffsConfig
    {
        [WifiCredential("wifi1")]
        public WifiCredential Wifi1 = new WifiCredential();

        [WifiCredential("wifi2")]
        public WifiCredential Wifi2 = new WifiCredential();

        [BlynkCredential("blynk1")]
        public BlynkCredential Blynk1 = new BlynkCredential();

        [BoardName(MaxLength = 32)]
        public string Board = "";

        [DynamicParam("uptime_limit", Min = 0)]
        public long UptimeLimit = 5000000000;

        [DynamicParam("retries")]
        public byte Retries = 3;
    }
}
