using System;
using System.Net;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// A listening TCP socket on nanoFramework. Never blocks: <see cref="TryAccept"/> accepts only after
    /// <c>Poll(0, SelectRead)</c> says a connection is waiting. Accepted sockets get Nagle off and a send timeout, the
    /// bound on how long a send that <c>Poll(0, SelectWrite)</c> allowed may still wait for room (nanoFramework's
    /// Send waits until every byte is queued).
    /// </summary>
    public sealed class NanoTcpListenerPort : ITcpListenerPort
    {
        private readonly Socket _socket;
        private readonly int _sendTimeoutMilliseconds;

        /// <param name="port">The port on every local address (80 for the portal).</param>
        /// <param name="backlog">Connections the stack queues before they are accepted.</param>
        /// <param name="sendTimeoutMilliseconds">Longest wait inside one Send of an accepted socket before the connection counts as failed.</param>
        public NanoTcpListenerPort(int port, int backlog, int sendTimeoutMilliseconds)
        {
            if (sendTimeoutMilliseconds <= 0)
            {
                throw new ArgumentOutOfRangeException("sendTimeoutMilliseconds");
            }

            _sendTimeoutMilliseconds = sendTimeoutMilliseconds;
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                _socket.Bind(new IPEndPoint(IPAddress.Any, port));
                _socket.Listen(backlog);
            }
            catch (Exception)
            {
                _socket.Close();
                throw;
            }
        }

        /// <inheritdoc/>
        /// <remarks>Accepts only when <c>Poll(0, SelectRead)</c> reports a pending connection; Nagle is turned off on the new socket.</remarks>
        public ITcpConnectionPort TryAccept()
        {
            Socket accepted;
            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return null;
                }

                accepted = _socket.Accept();
            }
            catch (SocketException)
            {
                return null;
            }
            catch (ObjectDisposedException)
            {
                return null;
            }

            try
            {
                // Headers and body usually leave in separate sends; Nagle would hold the second one for an ACK.
                accepted.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
                accepted.SendTimeout = _sendTimeoutMilliseconds;
            }
            catch (SocketException)
            {
                // The peer may already be gone; the connection reports it on first use.
            }

            return new NanoTcpConnectionPort(accepted);
        }

        /// <inheritdoc/>
        public void Close()
        {
            _socket.Close();
        }
    }
}
