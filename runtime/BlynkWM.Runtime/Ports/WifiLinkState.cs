namespace BlynkWM.Ports
{
    /// <summary>Where the station side of an <see cref="IWifiRadio"/> is.</summary>
    public enum WifiLinkState
    {
        /// <summary>Not joined and not joining (at start, and after <see cref="IWifiRadio.Disconnect"/>).</summary>
        Idle = 0,

        /// <summary>Joining on the adapter's worker: associating, authenticating, waiting for an address.</summary>
        Connecting = 1,

        /// <summary>Joined, with an IPv4 address (<see cref="IWifiRadio.IpAddress"/>).</summary>
        Connected = 2,

        /// <summary>The attempt failed, or an established link was lost; <see cref="IWifiRadio.Failure"/> says why.</summary>
        Failed = 3,
    }
}
