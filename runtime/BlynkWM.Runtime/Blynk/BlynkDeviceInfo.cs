namespace BlynkWM.Blynk
{
    /// <summary>
    /// What the device tells the server about itself right after login (the INTERNAL message). Empty values are not
    /// sent. The client adds <c>ver</c> (this library's version), <c>h-beat</c> and <c>buff-in</c> itself.
    /// </summary>
    public sealed class BlynkDeviceInfo
    {
        /// <summary><c>dev</c>: the board type.</summary>
        public string DeviceType = "ESP32";

        /// <summary><c>cpu</c>: the processor, e.g. "ESP32-S3".</summary>
        public string Cpu = "";

        /// <summary><c>con</c>: how the device is connected.</summary>
        public string Connection = "WiFi";

        /// <summary><c>tmpl</c>: the Blynk IoT template id ("TMPL..."), where the device has one.</summary>
        public string TemplateId = "";

        /// <summary><c>fw-type</c>: the firmware type; Blynk IoT expects the template id here when nothing else is set.</summary>
        public string FirmwareType = "";

        /// <summary><c>mcu</c>: the firmware's own version, e.g. "1.2.0".</summary>
        public string FirmwareVersion = "";

        /// <summary><c>build</c>: the firmware's build date or id.</summary>
        public string Build = "";
    }
}
