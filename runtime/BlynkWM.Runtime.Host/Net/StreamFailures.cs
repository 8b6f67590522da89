using System;
using System.Net.Sockets;
using System.Security.Authentication;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>Maps .NET's socket and TLS exceptions to the port's failure reasons.</summary>
    public static class StreamFailures
    {
        /// <summary>The failure reason of a socket error code.</summary>
        public static StreamFailure Of(SocketError error)
        {
            switch (error)
            {
                case SocketError.HostNotFound:
                case SocketError.NoData:
                case SocketError.TryAgain:
                    return StreamFailure.HostNotFound;
                case SocketError.ConnectionRefused:
                    return StreamFailure.ConnectionRefused;
                case SocketError.NetworkUnreachable:
                case SocketError.HostUnreachable:
                case SocketError.NetworkDown:
                    return StreamFailure.Unreachable;
                case SocketError.TimedOut:
                    return StreamFailure.TimedOut;
                case SocketError.ConnectionReset:
                case SocketError.ConnectionAborted:
                case SocketError.Shutdown:
                    return StreamFailure.ConnectionLost;
                default:
                    return StreamFailure.Other;
            }
        }

        /// <summary>The failure an exception from connecting or handshaking stands for.</summary>
        public static StreamFailure Of(Exception exception)
        {
            for (Exception? e = exception; e != null; e = e.InnerException)
            {
                if (e is SocketException socket)
                {
                    return Of(socket.SocketErrorCode);
                }

                if (e is AuthenticationException)
                {
                    return StreamFailure.TlsHandshakeFailed;
                }
            }

            return exception is System.IO.IOException ? StreamFailure.TlsHandshakeFailed : StreamFailure.Other;
        }
    }
}
