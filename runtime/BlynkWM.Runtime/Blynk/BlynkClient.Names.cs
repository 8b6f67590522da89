using BlynkWM.Ports;

namespace BlynkWM.Blynk
{
    /// <summary>Words for states and failures, for <see cref="Describe"/> and status pages.</summary>
    public sealed partial class BlynkClient
    {
        /// <summary>Lower-case words for a client state, e.g. <c>logging in</c>; constants, no allocation.</summary>
        public static string StateName(BlynkState state)
        {
            switch (state)
            {
                case BlynkState.Stopped: return "stopped";
                case BlynkState.Disconnected: return "waiting to reconnect";
                case BlynkState.Connecting: return "connecting";
                case BlynkState.LoggingIn: return "logging in";
                case BlynkState.Running: return "connected";
                default: return "no usable server";
            }
        }

        /// <summary>Lower-case words for a failure, e.g. <c>invalid token</c>; <c>none</c> for <see cref="BlynkFailure.None"/>.</summary>
        public static string FailureName(BlynkFailure failure)
        {
            switch (failure)
            {
                case BlynkFailure.None: return "none";
                case BlynkFailure.NoServers: return "no server configured";
                case BlynkFailure.ConnectFailed: return "server unreachable";
                case BlynkFailure.ConnectTimeout: return "connect timed out";
                case BlynkFailure.LoginTimeout: return "no answer to the login";
                case BlynkFailure.InvalidToken: return "invalid auth token";
                case BlynkFailure.LoginRejected: return "login rejected";
                case BlynkFailure.ConnectionLost: return "connection lost";
                case BlynkFailure.HeartbeatTimeout: return "link dead (no heartbeat answer)";
                case BlynkFailure.MalformedFrame: return "malformed message from the server";
                case BlynkFailure.OversizedFrame: return "oversized message from the server";
                default: return "too many redirects";
            }
        }

        /// <summary>Lower-case words for a connection-level cause (<see cref="LastStreamFailure"/>); <c>none</c> when there is none.</summary>
        public static string StreamFailureName(StreamFailure failure)
        {
            switch (failure)
            {
                case StreamFailure.None: return "none";
                case StreamFailure.HostNotFound: return "host name not found";
                case StreamFailure.ConnectionRefused: return "connection refused";
                case StreamFailure.Unreachable: return "host unreachable";
                case StreamFailure.TimedOut: return "timed out";
                case StreamFailure.TlsHandshakeFailed: return "TLS handshake failed";
                case StreamFailure.CertificateUntrusted: return "certificate not issued by the pinned CA";
                case StreamFailure.CertificateNameMismatch: return "certificate is for another host name";
                case StreamFailure.CertificateExpired: return "certificate expired or not yet valid";
                case StreamFailure.FingerprintMismatch: return "certificate fingerprint differs from the pinned one";
                case StreamFailure.TlsModeUnsupported: return "TLS mode not supported on this platform";
                case StreamFailure.InvalidCaCertificate: return "pinned CA certificate unreadable";
                case StreamFailure.ClosedByPeer: return "closed by the server";
                case StreamFailure.ConnectionLost: return "connection broke";
                default: return "network error";
            }
        }
    }
}
