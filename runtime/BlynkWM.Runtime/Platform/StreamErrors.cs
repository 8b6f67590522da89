using BlynkWM.Ports;

namespace BlynkWM.Platform
{
    /// <summary>Where an outgoing stream's worker is, which decides what an error there means.</summary>
    public enum StreamStep
    {
        /// <summary>Looking the host name up.</summary>
        Resolving = 0,

        /// <summary>TCP connect.</summary>
        Connecting = 1,

        /// <summary>TLS handshake.</summary>
        Handshaking = 2,

        /// <summary>Connected: sending and receiving.</summary>
        Established = 3,
    }

    /// <summary>
    /// nanoFramework's socket errors as the stream port's failure reasons. nanoFramework turns lwIP's errno into the
    /// WinSock-style numbers of its <c>SocketException.ErrorCode</c> (10061 connection refused, 11001 host not found...).
    /// lwIP reports a connect the server answered with a reset as ECONNRESET (10054), and one whose SYNs went
    /// unanswered as ECONNABORTED (10053): during a connect they mean refused and timed out.
    /// </summary>
    public static class StreamErrors
    {
        public const int ConnectionAborted = 10053;
        public const int ConnectionReset = 10054;
        public const int NotConnected = 10057;
        public const int Shutdown = 10058;
        public const int TimedOut = 10060;
        public const int ConnectionRefused = 10061;
        public const int NetworkDown = 10050;
        public const int NetworkUnreachable = 10051;
        public const int HostDown = 10064;
        public const int HostUnreachable = 10065;
        public const int HostNotFound = 11001;
        public const int TryAgain = 11002;
        public const int NoRecovery = 11003;
        public const int NoData = 11004;

        /// <summary>The reason a <c>SocketException</c> with <paramref name="errorCode"/> at <paramref name="step"/> stands for.</summary>
        public static StreamFailure FromSocketError(int errorCode, StreamStep step)
        {
            if (step == StreamStep.Resolving)
            {
                return StreamFailure.HostNotFound;
            }

            if (step == StreamStep.Established)
            {
                return StreamFailure.ConnectionLost;
            }

            if (step == StreamStep.Handshaking)
            {
                // The server answered the connect: whatever breaks now breaks the handshake.
                return errorCode == TimedOut ? StreamFailure.TimedOut : StreamFailure.TlsHandshakeFailed;
            }

            switch (errorCode)
            {
                case ConnectionRefused:
                case ConnectionReset:
                    return StreamFailure.ConnectionRefused;
                case TimedOut:
                case ConnectionAborted:
                    return StreamFailure.TimedOut;
                case NetworkDown:
                case NetworkUnreachable:
                case HostDown:
                case HostUnreachable:
                    return StreamFailure.Unreachable;
                case HostNotFound:
                case TryAgain:
                case NoRecovery:
                case NoData:
                    return StreamFailure.HostNotFound;
                default:
                    return StreamFailure.Other;
            }
        }

        /// <summary>
        /// A handshake that threw something other than a socket error: with verification on it is the certificate
        /// (nanoFramework does not say which check failed: chain, name and dates all read CertificateUntrusted), without
        /// it the handshake itself.
        /// </summary>
        public static StreamFailure FromHandshakeException(bool verifying)
        {
            return verifying ? StreamFailure.CertificateUntrusted : StreamFailure.TlsHandshakeFailed;
        }

        /// <summary>
        /// True for the error a TLS read gives when the rest of a record did not arrive within the socket's receive
        /// timeout: the stream is fine, the bytes come later.
        /// </summary>
        public static bool IsReadTimeout(int errorCode)
        {
            return errorCode == TimedOut;
        }
    }
}
