namespace BlynkWM
{
    /// <summary>One WiFi network: SSID and WPA passphrase (empty for an open network).</summary>
    public sealed class WifiCredential
    {
        public string Ssid = "";
        public string Password = "";

        /// <summary>True when an SSID is set, i.e. the device may try this network.</summary>
        public bool IsSet
        {
            get { return Ssid != null && Ssid.Length > 0; }
        }
    }

    /// <summary>One Blynk server with its auth token.</summary>
    public sealed class BlynkCredential
    {
        public string Server = "";
        public int Port;
        public string Token = "";

        /// <summary>True when both a server and a token are set.</summary>
        public bool IsSet
        {
            get { return Server != null && Server.Length > 0 && Token != null && Token.Length > 0; }
        }
    }
}
