using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Platform
{
    /// <summary>
    /// What nanoFramework's <c>WifiAdapter.Connect</c> answers (its WifiConnectionStatus, as a number) means for the
    /// WiFi manager, and the small facts the station adapter's join needs. On ESP32 the firmware reports a refused
    /// passphrase, and also a handshake or beacon timeout, as InvalidCredential; it never reports AccessRevoked or
    /// UnsupportedAuthenticationProtocol, and its own wait ends after 20 s with Timeout.
    /// </summary>
    public static class WifiConnectResults
    {
        /// <summary>WifiConnectionStatus.AccessRevoked (never reported on ESP32); read as a wrong password.</summary>
        public const int AccessRevoked = 0;
        /// <summary>WifiConnectionStatus.InvalidCredential: a refused passphrase, or on ESP32 also a handshake or beacon timeout.</summary>
        public const int InvalidCredential = 1;
        /// <summary>WifiConnectionStatus.NetworkNotAvailable: no access point with that SSID answered.</summary>
        public const int NetworkNotAvailable = 2;
        /// <summary>WifiConnectionStatus.Success: associated (the address may still be coming).</summary>
        public const int Success = 3;
        /// <summary>WifiConnectionStatus.Timeout: the firmware's own 20 s wait ended.</summary>
        public const int Timeout = 4;
        /// <summary>WifiConnectionStatus.UnspecifiedFailure: any other failure.</summary>
        public const int UnspecifiedFailure = 5;
        /// <summary>WifiConnectionStatus.UnsupportedAuthenticationProtocol (never reported on ESP32).</summary>
        public const int UnsupportedAuthenticationProtocol = 6;

        /// <summary>How long the join waits for an address once associated (DHCP answers in about a second).</summary>
        public const int AddressWaitMilliseconds = 10000;

        /// <summary>How often it looks.</summary>
        public const int AddressPollMilliseconds = 100;

        /// <summary>None for Success; the manager's reason for every other status (Other for one it does not know).</summary>
        public static WifiFailure ToFailure(int status)
        {
            switch (status)
            {
                case Success:
                    return WifiFailure.None;
                case AccessRevoked:
                case InvalidCredential:
                    return WifiFailure.WrongPassword;
                case NetworkNotAvailable:
                    return WifiFailure.NetworkNotFound;
                case Timeout:
                    return WifiFailure.Timeout;
                case UnsupportedAuthenticationProtocol:
                    return WifiFailure.AuthenticationUnsupported;
                default:
                    return WifiFailure.Other;
            }
        }

        /// <summary>The status's name, for <see cref="IWifiRadio.FailureDetail"/>.</summary>
        public static string Name(int status)
        {
            switch (status)
            {
                case AccessRevoked:
                    return "AccessRevoked";
                case InvalidCredential:
                    return "InvalidCredential";
                case NetworkNotAvailable:
                    return "NetworkNotAvailable";
                case Success:
                    return "Success";
                case Timeout:
                    return "Timeout";
                case UnspecifiedFailure:
                    return "UnspecifiedFailure";
                case UnsupportedAuthenticationProtocol:
                    return "UnsupportedAuthenticationProtocol";
                default:
                    return "status " + status.ToString();
            }
        }

        /// <summary>True for an interface address that is one: not null, empty or "0.0.0.0" (nanoFramework's "none").</summary>
        public static bool HasAddress(string ipv4)
        {
            return ipv4 != null && ipv4.Length >= 7 && ipv4 != "0.0.0.0";
        }

        /// <summary>The DNS servers <c>NetworkInterface.EnableStaticIPv4Dns</c> takes for a static address: one or two.</summary>
        public static string[] DnsServers(StaticIpConfig ip)
        {
            if (ip.SecondaryDns.Length == 0)
            {
                return new string[] { ip.PrimaryDns };
            }

            return new string[] { ip.PrimaryDns, ip.SecondaryDns };
        }
    }
}
