namespace BlynkWM.Portal
{
    /// <summary>
    /// What Blynk.Edgent's <c>board_info.json</c> reports about this device beyond the template (which comes from the
    /// config class), and the access point's network, whose clients alone may provision it.
    /// </summary>
    public sealed class EdgentBoard
    {
        /// <summary>The firmware's type (<c>fw_type</c>); empty: the template id, as Edgent does.</summary>
        public string FirmwareType = "";

        /// <summary>The firmware's version (<c>fw_ver</c>), e.g. "0.1.0".</summary>
        public string FirmwareVersion = "0.0.0";

        /// <summary>The access point's SSID (<c>ssid</c>): name it with <see cref="EdgentApi.AccessPointName"/> so the app finds it.</summary>
        public string AccessPointSsid = "";

        /// <summary>The access point's MAC address (<c>bssid</c>), "aa:bb:cc:dd:ee:ff".</summary>
        public string AccessPointBssid = "";

        /// <summary>The station's MAC address (<c>mac</c>).</summary>
        public string Mac = "";

        /// <summary>The access point's own address; clients outside its network get 403.</summary>
        public string AccessPointAddress = "192.168.4.1";

        /// <summary>The access point network's mask.</summary>
        public string SubnetMask = "255.255.255.0";
    }
}
