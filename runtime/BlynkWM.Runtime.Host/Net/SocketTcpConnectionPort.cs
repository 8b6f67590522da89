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
        public int Receive(byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return -1;
            }
            try
            {
                int n = _socket.Receive(buffer, offset, count, SocketFlags.None, out SocketError error);
                if (error == SocketError.Success)
                {
                    return n > 0 ? n : -1;
                }
                return error == SocketError.WouldBlock ? 0 : -1;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        /// <inheritdoc/>
        public int Send(byte[] buffer, int offset, int count)
        {
            if (_closed)
            {
                return -1;
            }
            try
            {
                int n = _socket.Send(buffer, offset, count, SocketFlags.None, out SocketError error);
                if (error == SocketError.Success)
                {
                    return n;
                }
                return error == SocketError.WouldBlock ? 0 : -1;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

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
