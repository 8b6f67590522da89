#nullable disable
using BlynkWM.Ports;

namespace BlynkWM.Testing
{
    /// <summary>
    /// An in-memory network for the Blynk client: servers listen on host:port (<see cref="Listen"/>), the client opens
    /// streams through <see cref="IOutgoingStreamPort"/>. Connecting takes <see cref="MemoryStreamListener.ConnectDelayMs"/>
    /// of the given clock; a listener that is down refuses, one that hangs never answers, one with a TLS failure fails
    /// TLS connections with it, and a host nobody listens on is not found. Device-safe (runs in the nanoCLR lane too).
    /// </summary>
    public sealed class MemoryStreamNetwork : IOutgoingStreamPort
    {
        private readonly IClock _clock;
        private MemoryStreamListener[] _listeners = new MemoryStreamListener[0];

        public MemoryStreamNetwork(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Streams opened so far.</summary>
        public int Opened { get; private set; }

        public string LastHost { get; private set; }

        public int LastPort { get; private set; }

        public StreamSecurity LastSecurity { get; private set; }

        /// <summary>The stream opened last (a test can slow it down).</summary>
        public MemoryClientStream LastStream { get; private set; }

        public MemoryStreamListener Listen(string host, int port)
        {
            var listener = new MemoryStreamListener(host, port);
            var grown = new MemoryStreamListener[_listeners.Length + 1];
            System.Array.Copy(_listeners, grown, _listeners.Length);
            grown[_listeners.Length] = listener;
            _listeners = grown;
            return listener;
        }

        public IOutgoingStream Open(string host, int port, StreamSecurity security)
        {
            Opened++;
            LastHost = host;
            LastPort = port;
            LastSecurity = security;
            bool hostKnown = false;
            MemoryStreamListener target = null;
            for (int i = 0; i < _listeners.Length; i++)
            {
                if (_listeners[i].Host == host)
                {
                    hostKnown = true;
                    if (_listeners[i].Port == port)
                    {
                        target = _listeners[i];
                    }
                }
            }

            var stream = new MemoryClientStream(_clock, target, security);
            LastStream = stream;
            if (!hostKnown)
            {
                stream.FailNow(StreamFailure.HostNotFound, "no such host: " + host);
            }
            else if (target == null)
            {
                stream.FailNow(StreamFailure.ConnectionRefused, "nothing listens on " + host + ":" + port.ToString());
            }

            return stream;
        }
    }

    /// <summary>One listening server address; the fake server accepts from it.</summary>
    public sealed class MemoryStreamListener
    {
        private MemoryServerConnection[] _pending = new MemoryServerConnection[0];

        public MemoryStreamListener(string host, int port)
        {
            Host = host;
            Port = port;
        }

        public string Host { get; private set; }

        public int Port { get; private set; }

        /// <summary>Refuses connections (the server process is not running).</summary>
        public bool Down { get; set; }

        /// <summary>Never answers a connect (a firewall dropping packets): the client's connect timeout decides.</summary>
        public bool Hang { get; set; }

        /// <summary>How long a connect takes on the network's clock.</summary>
        public int ConnectDelayMs { get; set; }

        /// <summary>When not None, every TLS connection fails with it (a wrong pin, an untrusted chain).</summary>
        public StreamFailure TlsFailure { get; set; }

        /// <summary>Connections made to this address (accepted or not yet).</summary>
        public int Connections { get; private set; }

        public MemoryServerConnection Accept()
        {
            if (_pending.Length == 0)
            {
                return null;
            }

            MemoryServerConnection first = _pending[0];
            var rest = new MemoryServerConnection[_pending.Length - 1];
            System.Array.Copy(_pending, 1, rest, 0, rest.Length);
            _pending = rest;
            return first;
        }

        internal void Arrive(MemoryServerConnection connection)
        {
            Connections++;
            var grown = new MemoryServerConnection[_pending.Length + 1];
            System.Array.Copy(_pending, grown, _pending.Length);
            grown[_pending.Length] = connection;
            _pending = grown;
        }
    }

    /// <summary>What both ends of one in-memory connection share.</summary>
    public sealed class MemoryPipe
    {
        public readonly ByteQueue ToServer = new ByteQueue();
        public readonly ByteQueue ToClient = new ByteQueue();
        public bool ClientClosed;
        public bool ServerClosed;
    }

    /// <summary>The client's end, as the Blynk client sees it.</summary>
    public sealed class MemoryClientStream : IOutgoingStream
    {
        private readonly IClock _clock;
        private readonly MemoryStreamListener _listener;
        private readonly StreamSecurity _security;
        private readonly long _connectAt;
        private MemoryPipe _pipe;
        private StreamState _state = StreamState.Connecting;
        private StreamFailure _failure;
        private string _detail = "";

        internal MemoryClientStream(IClock clock, MemoryStreamListener listener, StreamSecurity security)
        {
            _clock = clock;
            _listener = listener;
            _security = security;
            _connectAt = clock.NowMilliseconds + (listener == null ? 0 : listener.ConnectDelayMs);
        }

        /// <summary>Most bytes one Send takes; 0 means no limit.</summary>
        public int MaxSend { get; set; }

        /// <summary>When true, Send takes nothing (the socket's send buffer is full).</summary>
        public bool SendBlocked { get; set; }

        public StreamSecurity Security
        {
            get { return _security; }
        }

        public StreamState State
        {
            get
            {
                Advance();
                return _state;
            }
        }

        public StreamFailure Failure
        {
            get { return _failure; }
        }

        public string FailureDetail
        {
            get { return _detail; }
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

            int n = _pipe.ToClient.Read(buffer, offset, count);
            if (n > 0)
            {
                return n;
            }

            if (_pipe.ServerClosed)
            {
                FailNow(StreamFailure.ClosedByPeer, "the server closed the connection");
                return -1;
            }

            return 0;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

            if (_pipe.ServerClosed)
            {
                FailNow(StreamFailure.ConnectionLost, "connection reset by the server");
                return -1;
            }

            if (SendBlocked)
            {
                return 0;
            }

            int n = MaxSend > 0 && count > MaxSend ? MaxSend : count;
            _pipe.ToServer.Write(buffer, offset, n);
            return n;
        }

        public void Close()
        {
            if (_pipe != null)
            {
                _pipe.ClientClosed = true;
            }

            if (_state == StreamState.Connecting || _state == StreamState.Connected)
            {
                _state = StreamState.Closed;
            }
        }

        internal void FailNow(StreamFailure failure, string detail)
        {
            _state = StreamState.Failed;
            _failure = failure;
            _detail = detail;
        }

        private void Advance()
        {
            if (_state != StreamState.Connecting || _listener == null || _listener.Hang || _clock.NowMilliseconds < _connectAt)
            {
                return;
            }

            if (_listener.Down)
            {
                FailNow(StreamFailure.ConnectionRefused, "connection refused by " + _listener.Host + ":" + _listener.Port.ToString());
                return;
            }

            if (_security != null && _security.UsesTls && _listener.TlsFailure != StreamFailure.None)
            {
                FailNow(_listener.TlsFailure, "TLS refused by the simulated server");
                return;
            }

            _pipe = new MemoryPipe();
            _state = StreamState.Connected;
            _listener.Arrive(new MemoryServerConnection(_pipe, _security));
        }
    }

    /// <summary>The server's end of one in-memory connection.</summary>
    public sealed class MemoryServerConnection
    {
        private readonly MemoryPipe _pipe;

        internal MemoryServerConnection(MemoryPipe pipe, StreamSecurity security)
        {
            _pipe = pipe;
            Security = security;
        }

        /// <summary>The protection the client asked for (a probe asks for plain TCP).</summary>
        public StreamSecurity Security { get; private set; }

        public bool ClientClosed
        {
            get { return _pipe.ClientClosed; }
        }

        public bool Closed
        {
            get { return _pipe.ServerClosed; }
        }

        /// <summary>Bytes waiting from the client.</summary>
        public int Available
        {
            get { return _pipe.ToServer.Count; }
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            if (_pipe.ServerClosed)
            {
                return -1;
            }

            int n = _pipe.ToServer.Read(buffer, offset, count);
            return n == 0 && _pipe.ClientClosed ? -1 : n;
        }

        public void Send(byte[] buffer, int offset, int count)
        {
            if (!_pipe.ServerClosed && !_pipe.ClientClosed)
            {
                _pipe.ToClient.Write(buffer, offset, count);
            }
        }

        public void Close()
        {
            _pipe.ServerClosed = true;
        }
    }
}
