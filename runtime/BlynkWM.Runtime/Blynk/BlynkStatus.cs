namespace BlynkWM.Blynk
{
    /// <summary>Status codes a <see cref="BlynkCommand.Response"/> carries.</summary>
    public static class BlynkStatus
    {
        public const int Success = 200;
        public const int IllegalCommand = 2;
        public const int NotRegistered = 3;
        public const int AlreadyRegistered = 4;
        public const int NotAuthenticated = 5;
        public const int NotAllowed = 6;
        public const int DeviceNotInNetwork = 7;
        public const int NoActiveDashboard = 8;
        public const int InvalidToken = 9;
        public const int IllegalCommandBody = 11;
        public const int Timeout = 16;
        public const int DeviceWentOffline = 18;
        public const int ServerException = 19;
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
