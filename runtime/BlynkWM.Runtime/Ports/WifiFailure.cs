namespace BlynkWM.Ports
{
    /// <summary>Why joining a WiFi network failed or a link ended; each value points the user at a different fix.</summary>
    public enum WifiFailure
    {
        /// <summary>Not failed.</summary>
        None = 0,

        /// <summary>
        /// The access point refused the passphrase (nanoFramework: <c>WifiConnectionStatus.InvalidCredential</c> or
        /// <c>AccessRevoked</c>). A weak signal can also end the handshake this way, which is why a network skipped
        /// for it is tried again after a cool-down.
        /// </summary>
        WrongPassword = 1,

        /// <summary>No access point with that SSID answered (<c>NetworkNotAvailable</c>), or none was in the scan.</summary>
        NetworkNotFound = 2,

        /// <summary>Associated, but no IPv4 address came (DHCP did not answer in time).</summary>
        NoIpAddress = 3,

        /// <summary>The attempt took too long (<c>WifiConnectionStatus.Timeout</c>, or the manager's connect timeout).</summary>
        Timeout = 4,

        /// <summary>An established link dropped (the access point went away or out of range).</summary>
        LinkLost = 5,

        /// <summary>The network uses an authentication the radio cannot do (<c>UnsupportedAuthenticationProtocol</c>, e.g. WPA3-only or enterprise).</summary>
        AuthenticationUnsupported = 6,

        /// <summary>Anything else (<c>UnspecifiedFailure</c>, an exception); <see cref="IWifiRadio.FailureDetail"/> has the platform's words.</summary>
        Other = 7,
    }
}
