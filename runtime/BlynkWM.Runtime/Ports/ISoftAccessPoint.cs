using BlynkWM.Platform;

namespace BlynkWM.Ports
{
    /// <summary>
    /// The access point the config portal is served on. On nanoFramework's ESP32 firmware the access point's stored
    /// configuration is read only at boot, so starting or stopping it may need a reboot: both calls say so, and the
    /// device lifecycle then stores a portal request (or none) and reboots through <see cref="IRebootPort"/>. A host or a
    /// platform that switches the access point at once returns false from both.
    /// Implementation: <c>BlynkWM.Esp32.Wifi.SoftAccessPoint</c> (the simulated device on a PC has none: its portal is on loopback).
    /// </summary>
    public interface ISoftAccessPoint
    {
        /// <summary>The access point's own address, where the portal, the captive DNS and the DHCP server answer.</summary>
        string Address { get; }

        /// <summary>Makes the access point run with <paramref name="settings"/>; true when that takes a reboot.</summary>
        bool Start(SoftApSettings settings);

        /// <summary>Makes the access point stop; true when it is running now and only a reboot stops it.</summary>
        bool Stop();
    }
}
