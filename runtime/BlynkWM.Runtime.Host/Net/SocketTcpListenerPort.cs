using System;
using System.Net;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>A non-blocking TCP listener on a real socket. Port 0 picks a free ephemeral port (see <see cref="LocalPort"/>).</summary>
    public sealed class SocketTcpListenerPort : ITcpListenerPort, IDisposable
    {
        private readonly Socket _socket;

        /// <summary>Listens on <paramref name="address"/>:<paramref name="port"/> (port 0: one the system picks, see <see cref="LocalPort"/>).</summary>
        public SocketTcpListenerPort(IPAddress address, int port, int backlog = 128)
        {
            _socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                _socket.Bind(new IPEndPoint(address, port));
                _socket.Listen(backlog);
                _socket.Blocking = false;
            }
            catch
            {
                _socket.Dispose();
                throw;
            }
            LocalPort = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        }

        /// <summary>The port listened on.</summary>
        public int LocalPort { get; }

        /// <inheritdoc/>
        public ITcpConnectionPort? TryAccept()
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
            accepted.Blocking = false;
            // Headers and body usually leave in separate sends; Nagle would hold the second one for an ACK.
            accepted.NoDelay = true;
            return new SocketTcpConnectionPort(accepted);
        }

        /// <inheritdoc/>
        public void Close() => _socket.Dispose();

        /// <summary>Closes the listening socket.</summary>
        public void Dispose() => _socket.Dispose();
    }
}
