using System;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>One accepted non-blocking socket. Uses the SocketError overloads, so "would block" costs no exception.</summary>
    public sealed class SocketTcpConnectionPort : ITcpConnectionPort
    {
        private readonly Socket _socket;
        private string? _remote;
        private bool _closed;

        /// <summary>A connection over <paramref name="socket"/>, an accepted socket already made non-blocking.</summary>
        public SocketTcpConnectionPort(Socket socket)
        {
            _socket = socket;
        }

        /// <inheritdoc/>
        public string RemoteAddress => _remote ??= SafeRemote();

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count) => Transfer(true, buffer, offset, count);

        /// <inheritdoc/>
        public int Send(byte[] buffer, int offset, int count) => Transfer(false, buffer, offset, count);

        /// <inheritdoc/>
        public void ShutdownSend()
        {
            if (_closed)
            {
                return;
            }
            try
            {
                _socket.Shutdown(SocketShutdown.Send);
            }
            catch (SocketException)
            {
                // The peer may already be gone; closing follows anyway.
            }
            catch (ObjectDisposedException)
            {
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_closed)
            {
                return;
            }
            _closed = true;
            _socket.Dispose();
        }

        /// <summary>A receive or a send: 0 when it would block, -1 once the connection is closed, reset or (receiving nothing) ended by the peer.</summary>
        private int Transfer(bool receive, byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return -1;
            }
            try
            {
                SocketError error;
                int n = receive
                    ? _socket.Receive(buffer, offset, count, SocketFlags.None, out error)
                    : _socket.Send(buffer, offset, count, SocketFlags.None, out error);
                if (error == SocketError.Success)
                {
                    return receive && n == 0 ? -1 : n;
                }
                return error == SocketError.WouldBlock ? 0 : -1;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        private string SafeRemote()
        {
            try
            {
                return _socket.RemoteEndPoint?.ToString() ?? "?";
            }
            catch (Exception)
            {
                return "?";
            }
        }
    }
}
