using BlynkWM.Blynk;
using BlynkWM.Portal;
using BlynkWM.Ports;

namespace BlynkWM.Lifecycle
{
    /// <summary>The last thing that went wrong (<see cref="BlynkDevice.LastFailure"/>), one value per fix the user can make.</summary>
    public enum DeviceFailure
    {
        None = 0,

        /// <summary>The access point refused the passphrase (or the radio cannot do its authentication).</summary>
        WrongPassword = 1,

        /// <summary>No access point with that SSID answered.</summary>
        NetworkNotFound = 2,

        /// <summary>Joined, but no address came (DHCP).</summary>
        NoIp = 3,

        /// <summary>Joining took too long, or the link dropped.</summary>
        WifiTimeout = 4,

        /// <summary>The Blynk server could not be reached (name, refused, unreachable, connection lost).</summary>
        ServerUnreachable = 5,

        /// <summary>The server rejected the token (or the login).</summary>
        InvalidToken = 6,

        /// <summary>The TLS handshake or the certificate check failed.</summary>
        Tls = 7,

        /// <summary>The server did not answer the login in time.</summary>
        BlynkTimeout = 8,

        /// <summary>The config could not be written.</summary>
        StoreFailed = 9,
    }

    /// <summary>Failure names (the <c>/status</c> contract's) and the mapping from the WiFi manager's and Blynk client's reasons.</summary>
    public static class DeviceFailures
    {
        public static string Name(DeviceFailure failure)
        {
            switch (failure)
            {
                case DeviceFailure.WrongPassword:
                    return SaveStatus.WrongPassword;
                case DeviceFailure.NetworkNotFound:
                    return SaveStatus.NetworkNotFound;
                case DeviceFailure.NoIp:
                    return SaveStatus.NoIp;
                case DeviceFailure.WifiTimeout:
                    return SaveStatus.WifiTimeout;
                case DeviceFailure.ServerUnreachable:
                    return SaveStatus.ServerUnreachable;
                case DeviceFailure.InvalidToken:
                    return SaveStatus.InvalidToken;
                case DeviceFailure.Tls:
                    return SaveStatus.Tls;
                case DeviceFailure.BlynkTimeout:
                    return SaveStatus.BlynkTimeout;
                case DeviceFailure.StoreFailed:
                    return SaveStatus.StoreFailed;
                default:
                    return "";
            }
        }

        public static string StateName(DeviceState state)
        {
            switch (state)
            {
                case DeviceState.ConnectingWifi:
                    return SaveStatus.StateConnectingWifi;
                case DeviceState.ConnectingBlynk:
                    return SaveStatus.StateConnectingBlynk;
                case DeviceState.Running:
                    return SaveStatus.StateRunning;
                case DeviceState.Error:
                    return SaveStatus.StateError;
                default:
                    return SaveStatus.StatePortal;
            }
        }

        public static DeviceFailure FromWifi(WifiFailure failure)
        {
            switch (failure)
            {
                case WifiFailure.None:
                    return DeviceFailure.None;
                case WifiFailure.WrongPassword:
                case WifiFailure.AuthenticationUnsupported:
                    return DeviceFailure.WrongPassword;
                case WifiFailure.NetworkNotFound:
                    return DeviceFailure.NetworkNotFound;
                case WifiFailure.NoIpAddress:
                    return DeviceFailure.NoIp;
                default:
                    return DeviceFailure.WifiTimeout;
            }
        }

        public static DeviceFailure FromBlynk(BlynkFailure failure, StreamFailure stream)
        {
            switch (failure)
            {
                case BlynkFailure.None:
                    return DeviceFailure.None;
                case BlynkFailure.InvalidToken:
                case BlynkFailure.LoginRejected:
                    return DeviceFailure.InvalidToken;
                case BlynkFailure.LoginTimeout:
                    return DeviceFailure.BlynkTimeout;
                case BlynkFailure.ConnectFailed:
                    return IsTls(stream) ? DeviceFailure.Tls : DeviceFailure.ServerUnreachable;
                default:
                    return DeviceFailure.ServerUnreachable;
            }
        }

        /// <summary>One sentence for the user: what failed on which network or server, and what to do.</summary>
        public static string Sentence(DeviceFailure failure, string ssid, string server)
        {
            string network = "\"" + ssid + "\"";
            switch (failure)
            {
                case DeviceFailure.WrongPassword:
                    return "The WiFi network " + network + " refused the password. Check it and save again.";
                case DeviceFailure.NetworkNotFound:
                    return "The WiFi network " + network + " was not found. Check the name, or move the device closer to the router.";
                case DeviceFailure.NoIp:
                    return "The WiFi network " + network + " gave the device no address (DHCP). Check the router.";
                case DeviceFailure.WifiTimeout:
                    return "Joining the WiFi network " + network + " took too long. Move the device closer to the router and try again.";
                case DeviceFailure.ServerUnreachable:
                    return "The Blynk server " + server + " could not be reached. Check the server's name and port.";
                case DeviceFailure.InvalidToken:
                    return "The Blynk server " + server + " rejected the auth token. Copy the token again from the Blynk app.";
                case DeviceFailure.Tls:
                    return "The secure connection to the Blynk server " + server + " failed (certificate or TLS).";
                case DeviceFailure.BlynkTimeout:
                    return "The Blynk server " + server + " did not answer the login in time. Try again.";
                case DeviceFailure.StoreFailed:
                    return "The device could not write its storage. The settings in use are unchanged; please try saving again.";
                default:
                    return "";
            }
        }

        private static bool IsTls(StreamFailure stream)
        {
            switch (stream)
            {
                case StreamFailure.TlsHandshakeFailed:
                case StreamFailure.CertificateUntrusted:
                case StreamFailure.CertificateNameMismatch:
                case StreamFailure.CertificateExpired:
                case StreamFailure.FingerprintMismatch:
                case StreamFailure.TlsModeUnsupported:
                case StreamFailure.InvalidCaCertificate:
                    return true;
                default:
                    return false;
            }
        }
    }
}
