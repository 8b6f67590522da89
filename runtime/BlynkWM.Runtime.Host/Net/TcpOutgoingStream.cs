using System;
using System.Net.Sockets;
using System.Threading.Tasks;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// A plain TCP stream: <see cref="Socket.ConnectAsync(string, int)"/> resolves and connects in the background; once
    /// it completed the socket is made non-blocking and Receive/Send use the SocketError overloads (no exception for
    /// "would block").
    /// </summary>
    public sealed class TcpOutgoingStream : OutgoingStreamBase
    {
        private readonly Socket _socket;
        private readonly Task _connect;

        /// <summary>Starts connecting to <paramref name="host"/>:<paramref name="port"/> in the background.</summary>
        public TcpOutgoingStream(string host, int port)
        {
            _socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            _connect = Connect(_socket, host, port);
        }

        /// <inheritdoc/>
        protected override int ReceiveConnected(byte[] buffer, int offset, int count)
        {
            int n = _socket.Receive(buffer, offset, count, SocketFlags.None, out SocketError error);
            if (error == SocketError.Success)
            {
                if (n > 0)
                {
                    return n;
                }

                Fail(StreamFailure.ClosedByPeer, "the server closed the connection");
                return -1;
            }

            if (error == SocketError.WouldBlock)
            {
                return 0;
            }

            Fail(StreamFailures.Of(error), error.ToString());
            return -1;
        }

        /// <inheritdoc/>
        protected override int SendConnected(byte[] buffer, int offset, int count)
        {
            int n = _socket.Send(buffer, offset, count, SocketFlags.None, out SocketError error);
            if (error == SocketError.Success)
            {
                return n;
            }

            if (error == SocketError.WouldBlock)
            {
                return 0;
            }

            Fail(StreamFailures.Of(error), error.ToString());
            return -1;
        }

        /// <inheritdoc/>
        protected override void Release()
        {
            _socket.Dispose();
        }

        private static async Task Connect(Socket socket, string host, int port)
        {
            await socket.ConnectAsync(host, port).ConfigureAwait(false);
        }

        /// <inheritdoc/>
        protected override void Advance()
        {
            if (!IsConnecting || !_connect.IsCompleted)
            {
                return;
            }

            if (_connect.Exception != null)
            {
                Exception e = _connect.Exception.GetBaseException();
                Fail(StreamFailures.Of(e), e.Message);
                return;
            }

            if (_connect.IsCanceled)
            {
                Fail(StreamFailure.Other, "connect canceled");
                return;
            }

            try
            {
                _socket.Blocking = false;
                Connected();
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                Fail(StreamFailures.Of(e), e.Message);
            }
        }
    }
}
