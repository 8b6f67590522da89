namespace BlynkWM.Samples
{
    /// <summary>A LittleFS-backed config with one WiFi set, one Blynk server and a few typed parameters.</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/blynkwm/greenhouse.cfg")]
    public partial class GreenhouseConfig
    {
        [WifiCredential("wifi", Required = true)]
        public WifiCredential Wifi { get; set; } = new WifiCredential();

        [BlynkCredential("blynk", DefaultServer = "blynk.cloud", DefaultPort = 443)]
        public BlynkCredential Blynk { get; set; } = new BlynkCredential();

        [DynamicParam("interval_s", Label = "Report interval (s)", Min = 5, Max = 3600)]
        public ushort ReportIntervalSeconds { get; set; } = 60;

        [DynamicParam("vent_temp", Label = "Vent above (0.1 °C)", Min = -400, Max = 800)]
        public short VentThreshold { get; set; } = 280;

        [DynamicParam("fan", Label = "Fan installed")]
        public bool HasFan { get; set; } = true;

        [DynamicParam("note", Label = "Note", MaxLength = 64)]
        public string Note { get; set; } = "";
    }
}
