using System;
using BlynkWM.Ports;

namespace BlynkWM.Device.Tests
{
    /// <summary>One in-memory TCP connection: the server side is the port, the test plays the client.</summary>
    public sealed class MemoryConnection : ITcpConnectionPort
    {
        private byte[] _input = new byte[0];
        private int _inputStart;
        private byte[] _output = new byte[4096];
        private int _outputLength;

        public bool ServerClosed { get; private set; }

        private string _remoteAddress = "192.168.4.2:50000";

        /// <summary>The client's address as the server sees it: a phone on the access point unless a test says otherwise.</summary>
        public string RemoteAddress
        {
            get { return _remoteAddress; }
            set { _remoteAddress = value; }
        }

        public byte[] Output
        {
            get { return _output; }
        }

        public int OutputLength
        {
            get { return _outputLength; }
        }

        public void ClientWrite(byte[] data)
        {
            byte[] input = new byte[_input.Length - _inputStart + data.Length];
            Array.Copy(_input, _inputStart, input, 0, _input.Length - _inputStart);
            Array.Copy(data, 0, input, _input.Length - _inputStart, data.Length);
            _input = input;
            _inputStart = 0;
        }

        public void ClearOutput()
        {
            _outputLength = 0;
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            if (ServerClosed)
            {
                return -1;
            }

            int available = _input.Length - _inputStart;
            int n = available < count ? available : count;
            Array.Copy(_input, _inputStart, buffer, offset, n);
            _inputStart += n;
            return n;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            if (ServerClosed)
            {
                return -1;
            }

            if (_outputLength + count > _output.Length)
            {
                byte[] grown = new byte[(_outputLength + count) * 2];
                Array.Copy(_output, grown, _outputLength);
                _output = grown;
            }

            Array.Copy(buffer, offset, _output, _outputLength, count);
            _outputLength += count;
            return count;
        }

        public void ShutdownSend()
        {
        }

        public void Close()
        {
            ServerClosed = true;
        }
    }

    /// <summary>Hands the server the connections a test opens, one per <see cref="TryAccept"/>.</summary>
    public sealed class MemoryListener : ITcpListenerPort
    {
        private MemoryConnection _pending;

        public MemoryConnection Connect()
        {
            _pending = new MemoryConnection();
            return _pending;
        }

        public ITcpConnectionPort TryAccept()
        {
            MemoryConnection next = _pending;
            _pending = null;
            return next;
        }

        public void Close()
        {
        }
    }

    /// <summary>A UDP port holding at most one datagram each way.</summary>
    public sealed class MemoryUdp : IUdpPort
    {
        private static readonly object Sender = new object();
        private byte[] _incoming;
        private byte[] _sent;
        private int _broadcastPort = -1;

        public byte[] Sent
        {
            get { return _sent; }
        }

        /// <summary>The port the last datagram was broadcast to; -1 when it went back to the sender.</summary>
        public int BroadcastPort
        {
            get { return _broadcastPort; }
        }

        public void Deliver(byte[] datagram)
        {
            _incoming = datagram;
            _sent = null;
            _broadcastPort = -1;
        }

        public int TryReceiveFrom(byte[] buffer, int offset, int count, out object remote)
        {
            remote = Sender;
            if (_incoming == null)
            {
                return 0;
            }

            int n = _incoming.Length < count ? _incoming.Length : count;
            Array.Copy(_incoming, 0, buffer, offset, n);
            _incoming = null;
            return n;
        }

        public bool SendTo(byte[] buffer, int offset, int count, object remote)
        {
            _sent = new byte[count];
            Array.Copy(buffer, offset, _sent, 0, count);
            _broadcastPort = -1;
            return true;
        }

        public bool SendBroadcast(byte[] buffer, int offset, int count, int port)
        {
            _sent = new byte[count];
            Array.Copy(buffer, offset, _sent, 0, count);
            _broadcastPort = port;
            return true;
        }

        public void Close()
        {
        }
    }
}
