namespace BlynkWM.Platform
{
    /// <summary>
    /// The fields of the device's stored soft-AP configuration that decide how the access point runs, with the
    /// option and authentication values as nanoFramework numbers them (WirelessAPConfiguration.ConfigurationOptions,
    /// AuthenticationType), so the planner needs no nanoFramework type.
    /// </summary>
    public sealed class SoftApRecord
    {
        /// <summary>ConfigurationOptions.Disable.</summary>
        public const int OptionDisable = 1;

        /// <summary>ConfigurationOptions.Enable: the radio starts in AP (or AP+station) mode at boot.</summary>
        public const int OptionEnable = 2;

        /// <summary>ConfigurationOptions.AutoStart, which includes Enable.</summary>
        public const int OptionAutoStart = 6;

        /// <summary>ConfigurationOptions.HiddenSSID.</summary>
        public const int OptionHiddenSsid = 8;

        /// <summary>AuthenticationType.None (nanoFramework treats it as open).</summary>
        public const int AuthenticationNone = 0;

        /// <summary>AuthenticationType.Open.</summary>
        public const int AuthenticationOpen = 4;

        /// <summary>AuthenticationType.WPA2 (the firmware runs it as WPA/WPA2-PSK).</summary>
        public const int AuthenticationWpa2 = 8;

        /// <summary>The network name the access point broadcasts.</summary>
        public string Ssid = "";

        /// <summary>The WPA2 passphrase; empty for an open network.</summary>
        public string Password = "";

        /// <summary>The 2.4 GHz channel.</summary>
        public int Channel;

        /// <summary>Most stations the access point accepts at once.</summary>
        public int MaxConnections;

        /// <summary>ConfigurationOptions bits: <see cref="OptionDisable"/>, <see cref="OptionEnable"/>, <see cref="OptionAutoStart"/>, <see cref="OptionHiddenSsid"/>.</summary>
        public int Options;

        /// <summary>AuthenticationType: <see cref="AuthenticationNone"/>, <see cref="AuthenticationOpen"/> or <see cref="AuthenticationWpa2"/>.</summary>
        public int Authentication;

        /// <summary>True when this configuration starts the access point at boot.</summary>
        public bool StartsAtBoot
        {
            get { return (Options & OptionEnable) != 0 && (Options & OptionDisable) == 0; }
        }

        /// <summary>A new record with the same fields (changing one does not change the other).</summary>
        public SoftApRecord Copy()
        {
            var copy = new SoftApRecord();
            copy.Ssid = Ssid;
            copy.Password = Password;
            copy.Channel = Channel;
            copy.MaxConnections = MaxConnections;
            copy.Options = Options;
            copy.Authentication = Authentication;
            return copy;
        }

        /// <summary>Same radio behaviour: every field equal (null and empty texts count as equal).</summary>
        public bool SameAs(SoftApRecord other)
        {
            return other != null
                && Text(Ssid) == Text(other.Ssid)
                && Text(Password) == Text(other.Password)
                && Channel == other.Channel
                && MaxConnections == other.MaxConnections
                && Options == other.Options
                && Authentication == other.Authentication;
        }

        private static string Text(string value)
        {
            return value == null ? "" : value;
        }
    }
}
