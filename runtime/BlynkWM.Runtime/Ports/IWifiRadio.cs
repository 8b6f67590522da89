using BlynkWM.Wifi;

namespace BlynkWM.Ports
{
    /// <summary>
    /// The station side of the device's WiFi radio, used without ever blocking the caller: scans and connects start
    /// and return at once, and the caller polls <see cref="ScanCount"/> and <see cref="State"/>. One attempt at a time.
    /// <para>
    /// What a nanoFramework adapter must do (System.Device.Wifi and System.Net; <c>WifiAdapter.Connect</c> blocks for
    /// seconds, so it runs on a worker thread of the adapter's own):
    /// </para>
    /// <list type="number">
    /// <item>Set up once: <c>wifi = WifiAdapter.FindAllAdapters()[0]</c>, <c>nic =
    /// NetworkInterface.GetAllNetworkInterfaces()[wifi.NetworkInterface]</c>. Make the stored
    /// <c>Wireless80211Configuration</c> not connect by itself (<c>Options = Enable</c>, neither <c>AutoConnect</c>
    /// nor <c>SmartConfig</c>; <c>SaveConfiguration()</c> only if it differs), or the firmware joins behind the
    /// manager's back. Subscribe <c>wifi.AvailableNetworksChanged</c> and <c>NetworkChange.NetworkAvailabilityChanged</c>
    /// / <c>NetworkAddressChanged</c>. Do not use <c>WifiNetworkHelper</c>: it keeps state of its own, waits for DHCP on
    /// the calling thread and throws when reconnecting after a failure (nanoframework/Home#1549).</item>
    /// <item><see cref="IWifiScanner.RequestScan"/>: <c>wifi.ScanAsync()</c> unless a scan or a connect worker is
    /// running (ESP-IDF refuses to scan while joining: remember the request and start it when the worker ends). The
    /// <c>AvailableNetworksChanged</c> handler (nanoFramework's event thread) reads <c>sender.NetworkReport.AvailableNetworks</c>
    /// once, makes a <see cref="WifiNetworkInfo"/> per entry (<c>Ssid</c>, <c>(int)NetworkRssiInDecibelMilliwatts</c>,
    /// secure = true: the report carries no security type), publishes the new array and then increments
    /// <see cref="ScanCount"/>, under a lock. A scan that fails publishes nothing and leaves the count.</item>
    /// <item><see cref="Connect"/>: under the lock, set <see cref="State"/> to Connecting, clear the failure, and start
    /// a worker <c>Thread</c> (after the previous worker, if one is still finishing, has ended: join it on the new
    /// worker, never on the caller). The worker: <c>wifi.SetDeviceName(hostname)</c> when one is given;
    /// <c>nic.EnableStaticIPv4(ip.Address, ip.SubnetMask, ip.Gateway)</c> and <c>nic.EnableStaticIPv4Dns(dns)</c> for
    /// a <see cref="StaticIpConfig"/>, else <c>nic.EnableDhcp()</c>; then <c>wifi.Connect(ssid,
    /// WifiReconnectionKind.Manual, password)</c> (Manual: the manager decides when to reconnect). Its
    /// <c>ConnectionStatus</c> maps to <see cref="WifiFailure"/>: Success → wait for an address (poll
    /// <c>nic.IPv4Address</c> every 100 ms on the worker until it is not "0.0.0.0", at most about 10 s; a static
    /// address is there at once) → Connected with that address, or <c>wifi.Disconnect()</c> and NoIpAddress;
    /// InvalidCredential and AccessRevoked → WrongPassword; NetworkNotAvailable → NetworkNotFound; Timeout →
    /// Timeout; UnsupportedAuthenticationProtocol → AuthenticationUnsupported; UnspecifiedFailure or an exception →
    /// Other with the text in <see cref="FailureDetail"/>. Publish under the lock, the state last.</item>
    /// <item>While Connected, an availability event with <c>IsAvailable == false</c>, or the address going back to
    /// "0.0.0.0", sets Failed with <see cref="WifiFailure.LinkLost"/>.</item>
    /// <item><see cref="Disconnect"/>: mark a running worker's attempt abandoned (finishing, it disconnects and
    /// publishes nothing), call <c>wifi.Disconnect()</c> (which also makes a blocked <c>Connect</c> return early), and
    /// set Idle at once.</item>
    /// </list>
    /// The adapter allocates per scan (the result array) and per attempt (a thread); nothing per poll.
    /// </summary>
    public interface IWifiRadio : IWifiScanner
    {
        /// <summary>
        /// Scans finished since start. <see cref="IWifiScanner.LatestNetworks"/> changes only together with it, so a
        /// caller that remembers the count knows when a fresh result is there.
        /// </summary>
        int ScanCount { get; }

        /// <summary>
        /// Starts joining <paramref name="ssid"/>; returns at once with <see cref="State"/> Connecting (or already
        /// Failed). Leaves any current link first. Never throws for radio reasons.
        /// </summary>
        /// <param name="ssid">The network's name.</param>
        /// <param name="password">The passphrase; empty for an open network.</param>
        /// <param name="staticIp">A fixed address, or null for DHCP.</param>
        /// <param name="hostname">The name to announce (DHCP option 12), or null/empty to keep the platform's.</param>
        void Connect(string ssid, string password, StaticIpConfig staticIp, string hostname);

        /// <summary>Leaves the network or abandons the attempt in progress; <see cref="State"/> is Idle on return.</summary>
        void Disconnect();

        /// <summary>The link's state: idle, connecting, connected or failed (then see <see cref="Failure"/>).</summary>
        WifiLinkState State { get; }

        /// <summary>Why the state is Failed; None otherwise.</summary>
        WifiFailure Failure { get; }

        /// <summary>The platform's words for the failure (an exception's message), or empty.</summary>
        string FailureDetail { get; }

        /// <summary>The station's IPv4 address while Connected ("192.168.1.23"), else empty.</summary>
        string IpAddress { get; }
    }
}
