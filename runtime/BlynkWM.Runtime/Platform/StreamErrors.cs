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
        /// <summary>WSAECONNABORTED (lwIP ECONNABORTED): during a connect, the SYNs went unanswered: timed out.</summary>
        public const int ConnectionAborted = 10053;
        /// <summary>WSAECONNRESET: during a connect, the server answered with a reset: refused.</summary>
        public const int ConnectionReset = 10054;
        /// <summary>WSAENOTCONN: the socket is not connected.</summary>
        public const int NotConnected = 10057;
        /// <summary>WSAESHUTDOWN: the socket was shut down.</summary>
        public const int Shutdown = 10058;
        /// <summary>WSAETIMEDOUT: the operation timed out.</summary>
        public const int TimedOut = 10060;
        /// <summary>WSAECONNREFUSED: the server refused the connection.</summary>
        public const int ConnectionRefused = 10061;
        /// <summary>WSAENETDOWN: the network interface is down.</summary>
        public const int NetworkDown = 10050;
        /// <summary>WSAENETUNREACH: no route to the network.</summary>
        public const int NetworkUnreachable = 10051;
        /// <summary>WSAEHOSTDOWN: the host is down.</summary>
        public const int HostDown = 10064;
        /// <summary>WSAEHOSTUNREACH: no route to the host.</summary>
        public const int HostUnreachable = 10065;
        /// <summary>WSAHOST_NOT_FOUND: the name does not exist.</summary>
        public const int HostNotFound = 11001;
        /// <summary>WSATRY_AGAIN: the name server did not answer; a later lookup may work.</summary>
        public const int TryAgain = 11002;
        /// <summary>WSANO_RECOVERY: the name lookup failed for good.</summary>
        public const int NoRecovery = 11003;
        /// <summary>WSANO_DATA: the name exists but has no IPv4 address.</summary>
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
