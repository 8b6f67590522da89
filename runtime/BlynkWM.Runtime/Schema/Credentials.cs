namespace BlynkWM
{
    /// <summary>One WiFi network: SSID and WPA passphrase (empty for an open network).</summary>
    public sealed class WifiCredential
    {
        /// <summary>The network's name (at most 32 UTF-8 bytes).</summary>
        public string Ssid = "";
        /// <summary>The passphrase (at most 64 UTF-8 bytes; empty for an open network).</summary>
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
        /// <summary>The Blynk server's host name or IPv4 address.</summary>
        public string Server = "";
        /// <summary>The server's TCP port.</summary>
        public int Port;
        /// <summary>The device's auth token.</summary>
        public string Token = "";

        /// <summary>True when both a server and a token are set.</summary>
        public bool IsSet
        {
            get { return Server != null && Server.Length > 0 && Token != null && Token.Length > 0; }
        }
    }
}
