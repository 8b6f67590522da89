namespace BlynkWM.Blynk
{
    /// <summary>Status codes a <see cref="BlynkCommand.Response"/> carries.</summary>
    public static class BlynkStatus
    {
        /// <summary>The message was accepted.</summary>
        public const int Success = 200;
        /// <summary>The command is not known or not allowed here (the device answers this to what it does not serve).</summary>
        public const int IllegalCommand = 2;
        /// <summary>The account or device is not registered.</summary>
        public const int NotRegistered = 3;
        /// <summary>Already registered; as a login reply the client treats it as success.</summary>
        public const int AlreadyRegistered = 4;
        /// <summary>A message was sent before a successful login.</summary>
        public const int NotAuthenticated = 5;
        /// <summary>The server refuses the operation for this device.</summary>
        public const int NotAllowed = 6;
        /// <summary>The target device is not connected (e.g. a bridge write).</summary>
        public const int DeviceNotInNetwork = 7;
        /// <summary>No app dashboard is active for this device.</summary>
        public const int NoActiveDashboard = 8;
        /// <summary>As a login reply: the token is unknown; the server is disabled until reconfigured.</summary>
        public const int InvalidToken = 9;
        /// <summary>The body could not be used (bad pin, missing field); the device answers this to such writes.</summary>
        public const int IllegalCommandBody = 11;
        /// <summary>The server timed out on the request.</summary>
        public const int Timeout = 16;
        /// <summary>The target device went offline.</summary>
        public const int DeviceWentOffline = 18;
        /// <summary>The server failed internally.</summary>
        public const int ServerException = 19;
        /// <summary>The server does not support this protocol version.</summary>
        public const int NotSupportedVersion = 20;

        /// <summary>The code's name as the protocol calls it, or "status N" for a code it does not define.</summary>
        public static string Describe(int status)
        {
            switch (status)
            {
                case Success: return "SUCCESS";
                case IllegalCommand: return "ILLEGAL_COMMAND";
                case NotRegistered: return "NOT_REGISTERED";
                case AlreadyRegistered: return "ALREADY_REGISTERED";
                case NotAuthenticated: return "NOT_AUTHENTICATED";
                case NotAllowed: return "NOT_ALLOWED";
                case DeviceNotInNetwork: return "DEVICE_NOT_IN_NETWORK";
                case NoActiveDashboard: return "NO_ACTIVE_DASHBOARD";
                case InvalidToken: return "INVALID_TOKEN";
                case IllegalCommandBody: return "ILLEGAL_COMMAND_BODY";
                case Timeout: return "TIMEOUT";
                case DeviceWentOffline: return "DEVICE_WENT_OFFLINE";
                case ServerException: return "SERVER_EXCEPTION";
                case NotSupportedVersion: return "NOT_SUPPORTED_VERSION";
                default: return "status " + status.ToString();
            }
        }
    }
}
