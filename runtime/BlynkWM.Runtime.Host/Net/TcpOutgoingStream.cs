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
    public sealed class TcpOutgoingStream : IOutgoingStream
    {
        private readonly Socket _socket;
        private readonly Task _connect;
        private StreamState _state = StreamState.Connecting;
        private StreamFailure _failure;
        private string _detail = "";

        public TcpOutgoingStream(string host, int port)
        {
            _socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            _connect = Connect(_socket, host, port);
        }

        public StreamState State
        {
            get
            {
                Advance();
                return _state;
            }
        }

        public StreamFailure Failure => _failure;

        public string FailureDetail => _detail;

        public int Receive(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

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

        public int Send(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

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

        public void Close()
        {
            if (_state == StreamState.Connecting || _state == StreamState.Connected)
            {
                _state = StreamState.Closed;
            }

            _socket.Dispose();
        }

        private static async Task Connect(Socket socket, string host, int port)
        {
            await socket.ConnectAsync(host, port).ConfigureAwait(false);
        }

        private void Advance()
        {
            if (_state != StreamState.Connecting || !_connect.IsCompleted)
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
                _state = StreamState.Connected;
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                Fail(StreamFailures.Of(e), e.Message);
            }
        }

        private void Fail(StreamFailure failure, string detail)
        {
            _state = StreamState.Failed;
            _failure = failure;
            _detail = detail;
            _socket.Dispose();
        }
    }
}
