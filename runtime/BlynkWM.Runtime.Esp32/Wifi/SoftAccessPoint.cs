using System;
using System.Net.NetworkInformation;
using BlynkWM.Platform;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Wifi
{
    /// <summary>
    /// The portal's access point on nanoFramework's ESP32 firmware, through the stored WirelessAPConfiguration and the
    /// access point's NetworkInterface. The firmware reads the stored configuration only when the network starts: a
    /// change takes effect after a reboot, and a configuration left enabled brings the access point back at every
    /// boot. So <see cref="Start"/> and <see cref="Stop"/> store what is needed (nothing when it is already stored) and
    /// say whether a reboot must follow; <see cref="SoftApPlanner"/> makes the decisions. Construct one at start-up,
    /// before anything changes the stored configuration this boot: it records what the radio runs.
    /// <para>
    /// Start also keeps the station interface enabled (AP+station mode, so the portal can scan) and turns SmartConfig
    /// off (<see cref="StationOptions"/>). The firmware sets no DHCP server up for the access point (ESP-IDF's is
    /// compiled out; nanoFramework expects a managed one), so a phone joins only once one runs on UDP port 67.
    /// </para>
    /// </summary>
    public sealed class SoftAccessPoint : ISoftAccessPoint
    {
        private readonly SoftApPlanner _planner;
        private readonly int _stationOptionsAtBoot;

        public SoftAccessPoint()
        {
            _planner = new SoftApPlanner(Record(ApConfiguration(Interface(NetworkInterfaceType.WirelessAP))));
            Wireless80211Configuration station = StationConfiguration();
            _stationOptionsAtBoot = station == null ? 0 : (int)station.Options;
        }

        /// <summary>True when the access point has been running since boot.</summary>
        public bool RunningSinceBoot
        {
            get { return _planner.RunningSinceBoot; }
        }

        /// <summary>The access point's address, where the portal and the captive DNS answer.</summary>
        public string Address
        {
            get { return SoftApPlanner.Address; }
        }

        /// <summary>
        /// Stores the access point with <paramref name="settings"/>, enabled at boot, with the address
        /// <see cref="Address"/>/24, and the station options for portal time. Returns true when the device must reboot
        /// for the access point to run that way.
        /// </summary>
        public bool Start(SoftApSettings settings)
        {
            NetworkInterface ap = Interface(NetworkInterfaceType.WirelessAP);
            WirelessAPConfiguration configuration = ApConfiguration(ap);
            bool rebootNeeded;
            SoftApRecord toStore = _planner.PlanStart(Record(configuration), settings, out rebootNeeded);
            if (toStore != null)
            {
                Store(configuration, toStore);
            }

            if (SoftApPlanner.AddressNeedsSetting(ap.IPv4Address, ap.IPv4SubnetMask, ap.IsDhcpEnabled))
            {
                ap.EnableStaticIPv4(SoftApPlanner.Address, SoftApPlanner.SubnetMask, SoftApPlanner.Address);
            }

            Wireless80211Configuration station = StationConfiguration();
            if (station != null)
            {
                int options = (int)station.Options;
                int forPortal = StationOptions.ForPortal(options);
                if (forPortal != options)
                {
                    station.Options = (Wireless80211Configuration.ConfigurationOptions)forPortal;
                    station.SaveConfiguration();
                }
            }

            return rebootNeeded || !StationOptions.IsEnabled(_stationOptionsAtBoot);
        }

        /// <summary>
        /// Stores the access point disabled, so the next boot does not start it. Returns true when it is running now
        /// (only a reboot stops it).
        /// </summary>
        public bool Stop()
        {
            WirelessAPConfiguration configuration = ApConfiguration(Interface(NetworkInterfaceType.WirelessAP));
            bool rebootNeeded;
            SoftApRecord toStore = _planner.PlanStop(Record(configuration), out rebootNeeded);
            if (toStore != null)
            {
                Store(configuration, toStore);
            }

            return rebootNeeded;
        }

        private static NetworkInterface Interface(NetworkInterfaceType type)
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == type)
                {
                    return all[i];
                }
            }

            return null;
        }

        private static WirelessAPConfiguration ApConfiguration(NetworkInterface ap)
        {
            if (ap == null)
            {
                throw new InvalidOperationException("This firmware has no WiFi access point interface.");
            }

            WirelessAPConfiguration[] all = WirelessAPConfiguration.GetAllWirelessAPConfigurations();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Id == ap.SpecificConfigId)
                {
                    return all[i];
                }
            }

            throw new InvalidOperationException("The access point interface has no stored configuration.");
        }

        private static Wireless80211Configuration StationConfiguration()
        {
            return StationConfigurations.Of(Interface(NetworkInterfaceType.Wireless80211));
        }

        private static SoftApRecord Record(WirelessAPConfiguration configuration)
        {
            var record = new SoftApRecord();
            record.Ssid = configuration.Ssid;
            record.Password = configuration.Password;
            record.Channel = configuration.Channel;
            record.MaxConnections = configuration.MaxConnections;
            record.Options = (int)configuration.Options;
            record.Authentication = (int)configuration.Authentication;
            return record;
        }

        private static void Store(WirelessAPConfiguration configuration, SoftApRecord record)
        {
            bool open = record.Authentication == SoftApRecord.AuthenticationOpen || record.Authentication == SoftApRecord.AuthenticationNone;

            // The firmware faults on a null SSID or password: both are stored as text, empty at worst.
            configuration.Ssid = record.Ssid == null ? "" : record.Ssid;
            configuration.Password = record.Password == null ? "" : record.Password;
            configuration.Channel = (byte)record.Channel;
            configuration.MaxConnections = (byte)record.MaxConnections;
            configuration.Options = (WirelessAPConfiguration.ConfigurationOptions)record.Options;
            configuration.Authentication = (AuthenticationType)record.Authentication;
            configuration.Encryption = open ? EncryptionType.None : EncryptionType.WPA2_PSK;
            configuration.SaveConfiguration();
        }
    }
}
