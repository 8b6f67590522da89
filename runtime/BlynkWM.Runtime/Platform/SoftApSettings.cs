using BlynkWM.Storage;

namespace BlynkWM.Platform
{
    /// <summary>
    /// What the portal's access point should be, checked against what nanoFramework's WirelessAPConfiguration and
    /// ESP-IDF accept, so a bad value fails here with its reason instead of at SaveConfiguration or in the radio.
    /// </summary>
    public sealed class SoftApSettings
    {
        /// <summary>Most UTF-16 units in an SSID: nanoFramework refuses 32 or more.</summary>
        public const int MaxSsidChars = 31;

        /// <summary>Most UTF-8 bytes in an SSID (IEEE 802.11).</summary>
        public const int MaxSsidBytes = 32;

        /// <summary>Fewest characters of a WPA2 passphrase.</summary>
        public const int MinPasswordChars = 8;

        /// <summary>Most characters of a passphrase: nanoFramework refuses 64 (so no raw 64-hex-digit key).</summary>
        public const int MaxPasswordChars = 63;

        /// <summary>Highest 2.4 GHz channel used everywhere (12 and 13 are not allowed in every country, 14 only in Japan).</summary>
        public const int MaxChannel = 13;

        /// <summary>Most stations ESP-IDF lets an ESP32 accept; the firmware lowers a larger value to the chip's own limit.</summary>
        public const int MaxStationsLimit = 15;

        /// <param name="ssid">1 to 31 characters, at most 32 UTF-8 bytes.</param>
        /// <param name="password">Null or empty for an open network; else 8 to 63 printable ASCII characters (WPA2).</param>
        /// <param name="channel">1 to 13.</param>
        /// <param name="maxStations">1 to 15.</param>
        /// <exception cref="System.ArgumentException">A value is out of range; the message says which and why.</exception>
        public SoftApSettings(string ssid, string password, int channel, int maxStations)
        {
            byte[] ssidBytes = ssid == null ? new byte[0] : Utf8.GetBytes(ssid);
            if (ssidBytes.Length == 0 || ssid.Length > MaxSsidChars || ssidBytes.Length > MaxSsidBytes)
            {
                throw new System.ArgumentException("The access point's SSID must have 1 to 31 characters and at most 32 UTF-8 bytes.", "ssid");
            }

            byte[] passwordBytes = password == null ? new byte[0] : Utf8.GetBytes(password);
            if (passwordBytes.Length > 0)
            {
                bool printable = true;
                for (int i = 0; i < passwordBytes.Length; i++)
                {
                    printable &= passwordBytes[i] >= 0x20 && passwordBytes[i] <= 0x7E;
                }

                if (!printable || passwordBytes.Length < MinPasswordChars || passwordBytes.Length > MaxPasswordChars)
                {
                    throw new System.ArgumentException("The access point's password must be empty (open network) or 8 to 63 printable ASCII characters.", "password");
                }
            }

            if (channel < 1 || channel > MaxChannel)
            {
                throw new System.ArgumentOutOfRangeException("channel", "The access point's channel must be 1 to 13.");
            }

            if (maxStations < 1 || maxStations > MaxStationsLimit)
            {
                throw new System.ArgumentOutOfRangeException("maxStations", "The access point accepts 1 to 15 stations.");
            }

            Ssid = ssid;
            Password = passwordBytes.Length == 0 ? "" : password;
            Channel = channel;
            MaxStations = maxStations;
        }

        /// <summary>The network name: 1 to 31 characters, at most 32 UTF-8 bytes.</summary>
        public string Ssid { get; }

        /// <summary>Empty for an open network.</summary>
        public string Password { get; }

        /// <summary>The 2.4 GHz channel, 1 to 13.</summary>
        public int Channel { get; }

        /// <summary>Most stations accepted at once, 1 to 15.</summary>
        public int MaxStations { get; }

        /// <summary>True when there is no password: an open network.</summary>
        public bool IsOpen
        {
            get { return Password.Length == 0; }
        }
    }
}
