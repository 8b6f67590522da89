using BlynkWM.Ports;

namespace BlynkWM.Wifi
{
    /// <summary>Short English words for states and failures, for logs, the portal's status and the API (constants: no allocation).</summary>
    public static class WifiText
    {
        /// <summary>Lower-case words for a failure, e.g. <c>wrong password</c>; <c>none</c> for <see cref="WifiFailure.None"/>.</summary>
        public static string Of(WifiFailure failure)
        {
            switch (failure)
            {
                case WifiFailure.None: return "none";
                case WifiFailure.WrongPassword: return "wrong password";
                case WifiFailure.NetworkNotFound: return "network not found";
                case WifiFailure.NoIpAddress: return "no IP address (DHCP)";
                case WifiFailure.Timeout: return "timeout";
                case WifiFailure.LinkLost: return "link lost";
                case WifiFailure.AuthenticationUnsupported: return "authentication not supported";
                default: return "other failure";
            }
        }

        /// <summary>Lower-case words for a manager state, e.g. <c>no network configured</c>.</summary>
        public static string Of(WifiState state)
        {
            switch (state)
            {
                case WifiState.Stopped: return "stopped";
                case WifiState.Unconfigured: return "no network configured";
                case WifiState.Scanning: return "scanning";
                case WifiState.Connecting: return "connecting";
                case WifiState.Connected: return "connected";
                default: return "waiting";
            }
        }

        /// <summary>Lower-case words for one network's status, e.g. <c>skipped (wrong password)</c>.</summary>
        public static string Of(WifiNetworkStatus status)
        {
            switch (status)
            {
                case WifiNetworkStatus.Unused: return "unused";
                case WifiNetworkStatus.Idle: return "idle";
                case WifiNetworkStatus.Connecting: return "connecting";
                case WifiNetworkStatus.Connected: return "connected";
                case WifiNetworkStatus.Failed: return "failed";
                default: return "skipped (wrong password)";
            }
        }
    }
}
