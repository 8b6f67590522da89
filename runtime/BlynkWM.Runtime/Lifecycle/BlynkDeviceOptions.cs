using BlynkWM.Blynk;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Wifi;

namespace BlynkWM.Lifecycle
{
    /// <summary>How a <see cref="BlynkDevice"/> behaves; the defaults suit an ESP32.</summary>
    public sealed class BlynkDeviceOptions
    {
        /// <summary>The WiFi manager's options (its Hostname, when null, is derived from the board name).</summary>
        public WifiManagerOptions Wifi = new WifiManagerOptions();

        /// <summary>The Blynk client's options (device info, heartbeat, buffers, backoff).</summary>
        public BlynkClientOptions Blynk = new BlynkClientOptions();

        /// <summary>How every Blynk server of the config is reached (plain TCP by default, as the seed's non-SSL build).</summary>
        public StreamSecurity BlynkSecurity = StreamSecurity.Plain();

        /// <summary>Double reset by default; <see cref="ResetDetectorOptions.Off"/> for no detection (0 flash writes per boot).</summary>
        public ResetDetectorOptions Resets = ResetDetectorOptions.DoubleReset();

        /// <summary>The access point's SSID, password and channel; needed when <see cref="DevicePorts.SoftAp"/> is set.</summary>
        public SoftApSettings AccessPoint;

        /// <summary>The portal's address: the captive DNS answers it, the DHCP server hands out its subnet.</summary>
        public string PortalAddress = SoftApPlanner.Address;

        /// <summary>The portal's host as clients use it (null: <see cref="PortalAddress"/>; on a host "127.0.0.1:8080").</summary>
        public string PortalHost;

        /// <summary>How long no saved network may be joined (after a failed round) before the fallback portal opens; 0: never.</summary>
        public int FallbackPortalAfterMs = 60000;

        /// <summary>A portal without a request for this long times out (<see cref="OnPortalTimeout"/>); 0: never.</summary>
        public int PortalTimeoutMs = 300000;

        /// <summary>What a portal timeout does: try the saved networks again (the default) or reboot.</summary>
        public PortalTimeoutAction OnPortalTimeout = PortalTimeoutAction.RetryNetworks;

        /// <summary>A save from the portal is tried (WiFi, then Blynk) before it is stored, unless "Save anyway" is ticked.</summary>
        public bool TestBeforeSave = true;

        /// <summary>Longest a test may spend on each of the candidate's WiFi networks.</summary>
        public int TestWifiTimeoutMs = 30000;

        /// <summary>Longest a test may spend logging in to the candidate's Blynk servers.</summary>
        public int TestBlynkTimeoutMs = 30000;

        /// <summary>After a save the portal keeps answering this long, so the page can show the result, then closes.</summary>
        public int PortalCloseDelayMs = 5000;

        /// <summary>Sub-options left null mean their defaults, as <see cref="WifiManager"/> and <see cref="BlynkClient"/> read a null.</summary>
        internal void FillDefaults()
        {
            if (Wifi == null)
            {
                Wifi = new WifiManagerOptions();
            }

            if (Blynk == null)
            {
                Blynk = new BlynkClientOptions();
            }

            if (BlynkSecurity == null)
            {
                BlynkSecurity = StreamSecurity.Plain();
            }
        }
    }
}
