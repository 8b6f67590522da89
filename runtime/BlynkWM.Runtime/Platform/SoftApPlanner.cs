namespace BlynkWM.Platform
{
    /// <summary>
    /// Decides what to store so the soft-AP runs (or stops) as asked. On nanoFramework's ESP32 firmware the stored
    /// configuration is read only when the network starts, at boot: a change takes effect after a reboot, and a stored
    /// "enabled" left behind would bring the access point back at every boot. The planner knows what the radio runs
    /// (the configuration as stored at boot) and compares it with what is stored now and what is wanted.
    /// </summary>
    public sealed class SoftApPlanner
    {
        /// <summary>The access point's own address (ESP-IDF's default soft-AP network, 192.168.4.0/24).</summary>
        public const string Address = "192.168.4.1";

        /// <summary>The access point's subnet mask (/24).</summary>
        public const string SubnetMask = "255.255.255.0";

        private readonly SoftApRecord _atBoot;

        /// <param name="atBoot">The stored configuration as read at start-up, before anything changed it this boot.</param>
        public SoftApPlanner(SoftApRecord atBoot)
        {
            _atBoot = atBoot == null ? new SoftApRecord() : atBoot.Copy();
        }

        /// <summary>True when the access point has been running since boot.</summary>
        public bool RunningSinceBoot
        {
            get { return _atBoot.StartsAtBoot; }
        }

        /// <summary>
        /// The record to store so the access point runs with <paramref name="settings"/>, or null when
        /// <paramref name="stored"/> already says so. <paramref name="rebootNeeded"/> is false only when the access
        /// point has been running with exactly these settings since boot.
        /// </summary>
        public SoftApRecord PlanStart(SoftApRecord stored, SoftApSettings settings, out bool rebootNeeded)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            SoftApRecord wanted = stored == null ? new SoftApRecord() : stored.Copy();
            wanted.Ssid = settings.Ssid;
            wanted.Password = settings.Password;
            wanted.Channel = settings.Channel;
            wanted.MaxConnections = settings.MaxStations;
            wanted.Options = SoftApRecord.OptionAutoStart; // visible SSID, not disabled
            wanted.Authentication = settings.IsOpen ? SoftApRecord.AuthenticationOpen : SoftApRecord.AuthenticationWpa2;

            rebootNeeded = !(_atBoot.StartsAtBoot && _atBoot.SameAs(wanted));
            return wanted.SameAs(stored) ? null : wanted;
        }

        /// <summary>
        /// The record to store so the access point does not start at the next boot, or null when
        /// <paramref name="stored"/> already says so. <paramref name="rebootNeeded"/> is true when the access point is
        /// running now (only a reboot stops it).
        /// </summary>
        public SoftApRecord PlanStop(SoftApRecord stored, out bool rebootNeeded)
        {
            rebootNeeded = _atBoot.StartsAtBoot;
            if (stored != null && !stored.StartsAtBoot)
            {
                return null;
            }

            SoftApRecord wanted = stored == null ? new SoftApRecord() : stored.Copy();
            wanted.Options = SoftApRecord.OptionDisable;

            // nanoFramework validates the whole record before it stores it: a record it would refuse (no SSID, no
            // station allowed, a secured network with an unusable password) must not keep the access point enabled.
            if (wanted.Ssid == null || wanted.Ssid.Length > SoftApSettings.MaxSsidChars)
            {
                wanted.Ssid = "";
            }

            if (wanted.MaxConnections < 1)
            {
                wanted.MaxConnections = 1;
            }

            int passwordLength = wanted.Password == null ? 0 : wanted.Password.Length;
            bool open = wanted.Authentication == SoftApRecord.AuthenticationOpen || wanted.Authentication == SoftApRecord.AuthenticationNone;
            if (!open && (passwordLength < SoftApSettings.MinPasswordChars || passwordLength > SoftApSettings.MaxPasswordChars))
            {
                wanted.Authentication = SoftApRecord.AuthenticationOpen;
                wanted.Password = "";
            }

            if (wanted.Password == null)
            {
                wanted.Password = "";
            }

            return wanted;
        }

        /// <summary>True unless the interface already has the access point's fixed address (set once, it is stored).</summary>
        public static bool AddressNeedsSetting(string ipv4Address, string ipv4SubnetMask, bool dhcpEnabled)
        {
            return dhcpEnabled || ipv4Address != Address || ipv4SubnetMask != SubnetMask;
        }
    }
}
