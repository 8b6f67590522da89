using BlynkWM.Ports;
using BlynkWM.Reset;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// The platform's ports a <see cref="BlynkDevice"/> runs on. The four of the constructor are needed; the portal's
    /// sockets (made once, bound to the access point's address or to any), the access point and the reboot are
    /// optional: without a listener no portal can open, without a DNS or DHCP port the portal serves without it.
    /// </summary>
    public sealed class DevicePorts
    {
        public DevicePorts(IWifiRadio radio, IOutgoingStreamPort network, IClock clock, IRandomSource random)
        {
            if (radio == null || network == null || clock == null || random == null)
            {
                throw new System.ArgumentNullException(radio == null ? "radio" : network == null ? "network" : clock == null ? "clock" : "random");
            }

            Radio = radio;
            Network = network;
            Clock = clock;
            Random = random;
        }

        public IWifiRadio Radio { get; private set; }

        /// <summary>Where the Blynk client opens its TCP/TLS streams.</summary>
        public IOutgoingStreamPort Network { get; private set; }

        public IClock Clock { get; private set; }

        public IRandomSource Random { get; private set; }

        /// <summary>The portal's HTTP listener (port 80 on the access point).</summary>
        public ITcpListenerPort PortalListener;

        /// <summary>The captive DNS's UDP port (53).</summary>
        public IUdpPort DnsPort;

        /// <summary>The access point's DHCP server port (67, broadcasting allowed); needed on ESP32, whose firmware has none.</summary>
        public IUdpPort DhcpPort;

        /// <summary>The access point; null when the portal's network is there already (a host, a test).</summary>
        public ISoftAccessPoint SoftAp;

        /// <summary>Restarts the device when the access point needs it, or on a portal timeout configured to reboot.</summary>
        public IRebootPort Reboot;

        /// <summary>Why the device is starting, for the reset detector (nanoFramework on ESP32: Unknown or DeepSleepWake).</summary>
        public BootCause BootCause = BootCause.Unknown;
    }
}
