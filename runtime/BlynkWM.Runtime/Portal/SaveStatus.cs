namespace BlynkWM.Portal
{
    /// <summary>
    /// What <c>GET /status</c> answers: the save's phase and step, the network and server tried, the failure's name and
    /// a sentence for the user, and the device's state. The portal sets the phase; a tester (or the device lifecycle)
    /// sets the rest. Never holds a secret: passphrases and tokens are not part of it.
    /// </summary>
    public sealed class SaveStatus
    {
        /// <summary>The device states as <c>/status</c> names them.</summary>
        public const string StatePortal = "portal";
        /// <summary>Joining a WiFi network.</summary>
        public const string StateConnectingWifi = "connecting_wifi";
        /// <summary>Logging in to a Blynk server.</summary>
        public const string StateConnectingBlynk = "connecting_blynk";
        /// <summary>Connected and logged in.</summary>
        public const string StateRunning = "running";
        /// <summary>Stopped on a failure (see the failure name).</summary>
        public const string StateError = "error";

        /// <summary>The failures as <c>/status</c> names them ("" for none).</summary>
        public const string WrongPassword = "wrong_password";
        /// <summary>No saved network is in range.</summary>
        public const string NetworkNotFound = "network_not_found";
        /// <summary>Joined, but no address was assigned.</summary>
        public const string NoIp = "no_ip";
        /// <summary>The join did not finish in time.</summary>
        public const string WifiTimeout = "wifi_timeout";
        /// <summary>No connection to the Blynk server.</summary>
        public const string ServerUnreachable = "server_unreachable";
        /// <summary>The server refused the token.</summary>
        public const string InvalidToken = "invalid_token";
        /// <summary>The TLS handshake or certificate check failed.</summary>
        public const string Tls = "tls";
        /// <summary>The server did not answer the login in time.</summary>
        public const string BlynkTimeout = "blynk_timeout";
        /// <summary>The tested config could not be stored.</summary>
        public const string StoreFailed = "store_failed";

        /// <summary>Where the save is: idle, testing, committed or failed.</summary>
        public SavePhase Phase;

        /// <summary>The step being tried, or the one that failed.</summary>
        public SaveStep Step;

        private string _ssid = "";
        private string _server = "";
        private string _failure = "";
        private string _message = "";
        private string _state = StatePortal;

        // The texts are written into /status and the page as they are: a tester that sets one to null gets "", not a
        // NullReferenceException in the portal.

        /// <summary>The WiFi network the test joins or joined ("" before a test).</summary>
        public string Ssid { get { return _ssid; } set { _ssid = OrEmpty(value); } }

        /// <summary>The Blynk server ("host:port") the test logs in to ("" before that step).</summary>
        public string Server { get { return _server; } set { _server = OrEmpty(value); } }

        /// <summary>"" or one of the failure names above.</summary>
        public string Failure { get { return _failure; } set { _failure = OrEmpty(value); } }

        /// <summary>One sentence for the user: what happened and what to do.</summary>
        public string Message { get { return _message; } set { _message = OrEmpty(value); } }

        /// <summary>The device's state, one of the state names above ("" if set to null).</summary>
        public string State { get { return _state; } set { _state = OrEmpty(value); } }

        /// <summary>Back to no test (the state stays).</summary>
        public void Clear()
        {
            Phase = SavePhase.Idle;
            Step = SaveStep.Wifi;
            Ssid = "";
            Server = "";
            Failure = "";
            Message = "";
        }

        /// <summary>A failed test or save: the failure's name, the sentence, step Done.</summary>
        public void Fail(string failure, string message)
        {
            Phase = SavePhase.Failed;
            Step = SaveStep.Done;
            Failure = failure;
            Message = message;
        }

        /// <summary>The <c>/status</c> name of <paramref name="phase"/> ("idle", "testing", "committed", "failed").</summary>
        public static string PhaseName(SavePhase phase)
        {
            switch (phase)
            {
                case SavePhase.Testing:
                    return "testing";
                case SavePhase.Committed:
                    return "committed";
                case SavePhase.Failed:
                    return "failed";
                default:
                    return "idle";
            }
        }

        /// <summary>The <c>/status</c> name of <paramref name="step"/> ("wifi", "address", "blynk", "done").</summary>
        public static string StepName(SaveStep step)
        {
            switch (step)
            {
                case SaveStep.Address:
                    return "address";
                case SaveStep.Blynk:
                    return "blynk";
                case SaveStep.Done:
                    return "done";
                default:
                    return "wifi";
            }
        }

        /// <summary>The <c>/status</c> object, strings JSON-escaped (and safe inside HTML).</summary>
        public void WriteJson(HtmlWriter w)
        {
            w.Raw(PhaseKey);
            w.JsonString(PhaseName(Phase));
            w.Raw(StepKey);
            w.JsonString(StepName(Step));
            w.Raw(SsidKey);
            w.JsonString(Ssid);
            w.Raw(ServerKey);
            w.JsonString(Server);
            w.Raw(FailureKey);
            w.JsonString(Failure);
            w.Raw(MessageKey);
            w.JsonString(Message);
            w.Raw(StateKey);
            w.JsonString(State);
            w.Byte((byte)'}');
        }

        private static readonly byte[] PhaseKey = HtmlWriter.Utf8("{\"phase\":");
        private static readonly byte[] StepKey = HtmlWriter.Utf8(",\"step\":");
        private static readonly byte[] SsidKey = HtmlWriter.Utf8(",\"ssid\":");
        private static readonly byte[] ServerKey = HtmlWriter.Utf8(",\"server\":");
        private static readonly byte[] FailureKey = HtmlWriter.Utf8(",\"failure\":");
        private static readonly byte[] MessageKey = HtmlWriter.Utf8(",\"message\":");
        private static readonly byte[] StateKey = HtmlWriter.Utf8(",\"state\":");

        private static string OrEmpty(string text)
        {
            return text == null ? "" : text;
        }
    }
}
