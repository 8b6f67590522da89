using System;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// One accepted TCP connection on nanoFramework, used without blocking: Receive reads only what
    /// <c>Available</c> reports, Send sends only after <c>Poll(0, SelectWrite)</c>. nanoFramework has no
    /// Socket.Shutdown, so <see cref="ShutdownSend"/> does nothing: the server's linger (read and discard, then close)
    /// does the rest.
    /// </summary>
    public sealed class NanoTcpConnectionPort : ITcpConnectionPort
    {
        private readonly Socket _socket;
        private string _remote;
        private bool _closed;

        /// <summary>Wraps an accepted socket; this object closes it.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="socket"/> is null.</exception>
        public NanoTcpConnectionPort(Socket socket)
        {
            if (socket == null)
            {
                throw new ArgumentNullException("socket");
            }

            _socket = socket;
        }

        /// <inheritdoc/>
        public string RemoteAddress
        {
            get
            {
                if (_remote == null)
                {
                    _remote = SafeRemote();
                }

                return _remote;
            }
        }

        /// <inheritdoc/>
        /// <remarks>Reads at most what the socket's <c>Available</c> reports, so it never blocks.</remarks>
        public int Receive(byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return -1;
            }

            try
            {
                int available = _socket.Available;
                if (available == 0)
                {
                    // Readable with nothing to read is the peer's FIN (or an error). Data arriving between the two
                    // calls shows in Available again, so look once more before calling it closed.
                    if (!_socket.Poll(0, SelectMode.SelectRead))
                    {
                        return 0;
                    }

                    available = _socket.Available;
                    if (available == 0)
                    {
                        return -1;
                    }
                }

                int n = _socket.Receive(buffer, offset, available < count ? available : count, SocketFlags.None);
                return n > 0 ? n : -1;
            }
            catch (SocketException)
            {
                return -1;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        /// <inheritdoc/>
        /// <remarks>Sends only when <c>Poll(0, SelectWrite)</c> says there is room, so it never blocks.</remarks>
        public int Send(byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return -1;
            }

            try
            {
                if (count == 0 || !_socket.Poll(0, SelectMode.SelectWrite))
                {
                    return 0;
                }

                return _socket.Send(buffer, offset, count, SocketFlags.None);
            }
            catch (SocketException)
            {
                // Reset by the peer, or the send timeout passed.
                return -1;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        /// <inheritdoc/>
        /// <remarks>Does nothing: nanoFramework's Socket has no Shutdown; the FIN leaves with <see cref="Close"/>.</remarks>
        public void ShutdownSend()
        {
            // nanoFramework's Socket has no Shutdown: FIN leaves with Close.
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            try
            {
                _socket.Close();
            }
            catch (SocketException)
            {
                // Closing a reset connection can report the reset; it is closed either way.
            }
        }

        private string SafeRemote()
        {
            try
            {
                object remote = _socket.RemoteEndPoint;
                return remote == null ? "?" : remote.ToString();
            }
            catch (Exception)
            {
                return "?";
            }
        }
    }
}
