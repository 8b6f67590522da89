using System;
using BlynkWM.Ports;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// A Blynk device client that never blocks: call <see cref="Step"/> from the application's loop (or a thread of its
    /// own) and it connects, logs in, keeps the link alive, fails over between servers and comes back to the preferred
    /// one. Pins: <c>VirtualWrite</c>, handlers per pin (<see cref="OnWrite"/>, <see cref="OnRead"/>), sync, properties,
    /// events. Every public member is thread-safe (one lock; handlers run inside it, on the thread calling Step).
    /// Buffers are allocated when it is created; a steady-state write or received message allocates nothing.
    /// </summary>
    public sealed partial class BlynkClient
    {
        /// <summary>This library's version, sent to the server as <c>ver</c>.</summary>
        public const string LibraryVersion = "0.1.0";

        private readonly object _gate = new object();
        private readonly IOutgoingStreamPort _network;
        private readonly IClock _clock;
        private readonly IRandomSource _random;
        private readonly BlynkClientOptions _options;
        private readonly BlynkCounters _counters = new BlynkCounters();
        private readonly BlynkPinHandlers _pins;
        private readonly BlynkLink _link;
        private readonly BlynkFrameWriter _writer;
        private readonly BlynkMessage _message;
        private BlynkServerTable _servers;
        private BlynkState _state = BlynkState.Stopped;
        private int _current = -1;
        private int _redirectsInRow;
        private long _nextAttemptAt;
        private IOutgoingStream _probe;
        private int _probeServer = -1;
        private long _probeStartedAt;
        private BlynkFailure _lastFailure;
        private StreamFailure _lastStreamFailure;
        private string _lastDetail = "";
        private int _lastStatus;
        private int _lastFailureServer = -1;
        private BlynkConnectionHandler _connected;
        private BlynkConnectionHandler _disconnected;

        /// <summary>
        /// A client with no servers yet (see <see cref="Configure"/>). <paramref name="random"/> spreads the backoff
        /// (the device's hardware RNG); null means no jitter.
        /// </summary>
        public BlynkClient(IOutgoingStreamPort network, IClock clock, IRandomSource random, BlynkClientOptions options)
        {
            if (network == null)
            {
                throw new ArgumentNullException("network");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _network = network;
            _clock = clock;
            _random = random;
            _options = options == null ? new BlynkClientOptions() : options;
            _pins = new BlynkPinHandlers(_options.VirtualPinCount, _counters);
            _writer = new BlynkFrameWriter(_options.SendBufferBytes);
            _message = new BlynkMessage(this, _options.SendBufferBytes);
            var reader = new BlynkFrameReader(_options.MaxIncomingBody);
            _link = new BlynkLink(reader, _writer, _pins, _counters, _options);
            _servers = new BlynkServerTable(new BlynkServerEndpoint[0], _options, _random);
        }

        /// <summary>The client started with <paramref name="servers"/> (first = preferred).</summary>
        public BlynkClient(IOutgoingStreamPort network, IClock clock, IRandomSource random, BlynkClientOptions options, BlynkServerEndpoint[] servers)
            : this(network, clock, random, options)
        {
            Configure(servers);
        }

        /// <summary>Raised (inside <see cref="Step"/>) after each successful login.</summary>
        public event BlynkConnectionHandler Connected
        {
            add { lock (_gate) { _connected = (BlynkConnectionHandler)Delegate.Combine(_connected, value); } }
            remove { lock (_gate) { _connected = (BlynkConnectionHandler)Delegate.Remove(_connected, value); } }
        }

        /// <summary>Raised when a logged-in connection ends, for whatever reason (see <see cref="LastFailure"/>).</summary>
        public event BlynkConnectionHandler Disconnected
        {
            add { lock (_gate) { _disconnected = (BlynkConnectionHandler)Delegate.Combine(_disconnected, value); } }
            remove { lock (_gate) { _disconnected = (BlynkConnectionHandler)Delegate.Remove(_disconnected, value); } }
        }

        /// <summary>Where the client is: stopped, disconnected (waiting to retry), connecting, logging in, running, or stopped by an error.</summary>
        public BlynkState State
        {
            get { lock (_gate) { return _state; } }
        }

        /// <summary>True while logged in (<see cref="BlynkState.Running"/>).</summary>
        public bool IsConnected
        {
            get { return State == BlynkState.Running; }
        }

        /// <summary>Why the last attempt or connection failed; kept after a later success so it can be shown.</summary>
        public BlynkFailure LastFailure
        {
            get { lock (_gate) { return _lastFailure; } }
        }

        /// <summary>The connection-level cause for ConnectFailed, ConnectTimeout and ConnectionLost.</summary>
        public StreamFailure LastStreamFailure
        {
            get { lock (_gate) { return _lastStreamFailure; } }
        }

        /// <summary>The server's status code for LoginRejected and InvalidToken; 0 otherwise.</summary>
        public int LastFailureStatus
        {
            get { lock (_gate) { return _lastStatus; } }
        }

        /// <summary>The platform's or the client's words on the last failure (for logs).</summary>
        public string LastFailureDetail
        {
            get { lock (_gate) { return _lastDetail; } }
        }

        /// <summary>Index of the server the last failure happened on; -1 when none.</summary>
        public int LastFailureServer
        {
            get { lock (_gate) { return _lastFailureServer; } }
        }

        /// <summary>Index of the server being connected to or used; -1 when none.</summary>
        public int CurrentServer
        {
            get { lock (_gate) { return _current; } }
        }

        /// <summary>In <see cref="BlynkState.Disconnected"/>: the clock time of the next attempt.</summary>
        public long NextAttemptAt
        {
            get { lock (_gate) { return _nextAttemptAt; } }
        }

        /// <summary>Servers given to <see cref="Configure"/>, disabled ones included; indexes of the Get/Is server methods run 0 to this - 1.</summary>
        public int ServerCount
        {
            get { lock (_gate) { return _servers.Count; } }
        }

        /// <summary>Totals since the client was created (one object, updated in place; never reset).</summary>
        public BlynkCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>The options in use: those given to the constructor, or the defaults when it was given null.</summary>
        public BlynkClientOptions Options
        {
            get { return _options; }
        }

        /// <summary>Server <paramref name="index"/> as configured (not a redirect's target).</summary>
        /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="ServerCount"/> - 1.</exception>
        public BlynkServerEndpoint GetServer(int index)
        {
            lock (_gate)
            {
                return _servers.Get(index);
            }
        }

        /// <summary>True when the server rejected its token: it is not tried again until <see cref="Configure"/>.</summary>
        public bool IsServerDisabled(int index)
        {
            lock (_gate)
            {
                return _servers.IsDisabled(index);
            }
        }

        /// <summary>The last failure on one server (None after it logged in).</summary>
        public BlynkFailure GetServerFailure(int index)
        {
            lock (_gate)
            {
                return _servers.LastFailure(index);
            }
        }

        /// <summary>The connection-level cause of server <paramref name="index"/>'s last failure; None after it logged in or when its failure was not a connection's.</summary>
        public StreamFailure GetServerStreamFailure(int index)
        {
            lock (_gate)
            {
                return _servers.LastStreamFailure(index);
            }
        }

        /// <summary>Clock time before which server <paramref name="index"/> is not tried (its backoff); 0 when free.</summary>
        public long GetServerRetryAt(int index)
        {
            lock (_gate)
            {
                return _servers.RetryAt(index);
            }
        }

        /// <summary>
        /// Uses <paramref name="servers"/> from now on (first = preferred), e.g. after the portal saved a new config:
        /// forgets every rejected token and backoff, drops the current connection and connects again on the next Step.
        /// </summary>
        public void Configure(BlynkServerEndpoint[] servers)
        {
            lock (_gate)
            {
                bool wasRunning = _state == BlynkState.Running;
                CloseAll();
                _servers = new BlynkServerTable(servers, _options, _random);
                _lastFailure = BlynkFailure.None;
                _lastStreamFailure = StreamFailure.None;
                _lastDetail = "";
                _lastStatus = 0;
                _lastFailureServer = -1;
                if (_state != BlynkState.Stopped)
                {
                    _state = BlynkState.Disconnected;
                    _nextAttemptAt = _clock.NowMilliseconds;
                }

                if (wasRunning)
                {
                    Raise(_disconnected);
                }
            }
        }

        /// <summary>Starts connecting (on the next Step); every server's backoff is cleared. Does nothing when started.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_state != BlynkState.Stopped)
                {
                    return;
                }

                _servers.ClearBackoff();
                _state = BlynkState.Disconnected;
                _nextAttemptAt = _clock.NowMilliseconds;
            }
        }

        /// <summary>Closes any connection and stays idle until <see cref="Start"/> (the lifecycle calls it when WiFi is lost).</summary>
        public void Stop()
        {
            lock (_gate)
            {
                bool wasRunning = _state == BlynkState.Running;
                CloseAll();
                _state = BlynkState.Stopped;
                if (wasRunning)
                {
                    Raise(_disconnected);
                }
            }
        }

        /// <summary>
        /// Does whatever is due without waiting: polls the connection attempt, sends queued messages, handles received
        /// ones (calling pin handlers), heartbeats, failover. Returns true when it did work, false when idle (a loop
        /// with nothing else to do may sleep a little then).
        /// </summary>
        public bool Step()
        {
            lock (_gate)
            {
                long now = _clock.NowMilliseconds;
                switch (_state)
                {
                    case BlynkState.Stopped:
                    case BlynkState.Error:
                        return false;
                    case BlynkState.Disconnected:
                        return now >= _nextAttemptAt && TryConnect(now);
                    default:
                        return StepLink(now);
                }
            }
        }

        /// <summary>One sentence on the state and the last failure, for a status page or a log.</summary>
        public string Describe()
        {
            lock (_gate)
            {
                string text = StateName(_state);
                if (_current >= 0 && _state != BlynkState.Disconnected)
                {
                    text += " (server " + (_current + 1).ToString() + ", " + _servers.HostOf(_current) + ":" + _servers.PortOf(_current).ToString() + ")";
                }

                if (_lastFailure == BlynkFailure.None)
                {
                    return text;
                }

                text += "; last failure on server " + (_lastFailureServer + 1).ToString() + ": " + FailureName(_lastFailure);
                if (_lastStreamFailure != StreamFailure.None)
                {
                    text += " (" + StreamFailureName(_lastStreamFailure) + ")";
                }

                if (_lastDetail != null && _lastDetail.Length > 0)
                {
                    text += ": " + _lastDetail;
                }

                return text;
            }
        }

        private bool StepLink(long now)
        {
            BlynkLinkEvent result = _link.Poll(now);
            if (_state == BlynkState.Connecting && _link.IsLoggingIn)
            {
                _state = BlynkState.LoggingIn;
            }

            switch (result)
            {
                case BlynkLinkEvent.LoggedIn:
                    _state = BlynkState.Running;
                    _redirectsInRow = 0;
                    _servers.Succeeded(_current, now);
                    _counters.Logins++;
                    _link.FlushNow(now);
                    Raise(_connected);
                    return true;
                case BlynkLinkEvent.Failed:
                    RecordFailure(_current, _link.Failure, _link.StreamFailure, _link.FailureStatus, _link.FailureDetail);
                    Fail(now);
                    return true;
                case BlynkLinkEvent.Redirected:
                    Redirected(now);
                    return true;
            }

            if (_state == BlynkState.Running)
            {
                return StepProbe(now) || result == BlynkLinkEvent.Busy;
            }

            return result == BlynkLinkEvent.Busy;
        }

        private void Redirected(long now)
        {
            bool wasRunning = _state == BlynkState.Running;
            int server = _current;
            if (++_redirectsInRow > _options.MaxRedirects)
            {
                RecordFailure(server, BlynkFailure.TooManyRedirects, StreamFailure.None, 0, "redirected " + _redirectsInRow.ToString() + " times without a login");
                _redirectsInRow = 0;
                Fail(now);
                return;
            }

            int port = _link.RedirectPort > 0 ? _link.RedirectPort : _servers.PortOf(server);
            _servers.Redirect(server, _link.RedirectHost, port);
            _state = BlynkState.Connecting;
            if (wasRunning)
            {
                Raise(_disconnected);
            }

            if (_state == BlynkState.Connecting)
            {
                StartAttempt(server, now);
            }
        }

        /// <summary>The current server failed: back it off and move on to the next usable one at once.</summary>
        private void Fail(long now)
        {
            bool wasRunning = _state == BlynkState.Running;
            _counters.Failures++;
            CloseProbe();
            if (_current >= 0)
            {
                _servers.Failed(_current, now, _lastFailure, _lastStreamFailure);
            }

            _current = -1;
            _state = BlynkState.Disconnected;
            if (wasRunning)
            {
                Raise(_disconnected);
            }

            if (_state == BlynkState.Disconnected)
            {
                TryConnect(now);
            }
        }

        private bool TryConnect(long now)
        {
            if (_servers.Count == 0)
            {
                _state = BlynkState.Error;
                RecordFailure(-1, BlynkFailure.NoServers, StreamFailure.None, 0, "no Blynk server with a host and a token is configured");
                return false;
            }

            if (_servers.NoneUsable)
            {
                _state = BlynkState.Error;
                return false;
            }

            int next = _servers.PickNext(now);
            if (next < 0)
            {
                _state = BlynkState.Disconnected;
                _current = -1;
                _nextAttemptAt = _servers.EarliestRetry();
                return false;
            }

            StartAttempt(next, now);
            return true;
        }

        private void StartAttempt(int server, long now)
        {
            _current = server;
            _state = BlynkState.Connecting;
            BlynkServerEndpoint endpoint = _servers.Get(server);
            IOutgoingStream stream;
            try
            {
                stream = _network.Open(_servers.HostOf(server), _servers.PortOf(server), endpoint.Security);
            }
            catch (Exception e)
            {
                stream = new FailedStream(e.Message);
            }

            _link.Open(stream == null ? new FailedStream("the network port returned no stream") : stream, endpoint.TokenBytes, now);
        }

        /// <summary>While on a less preferred server: probe a better one with a plain TCP connect, and go back when it answers.</summary>
        private bool StepProbe(long now)
        {
            if (_probe == null)
            {
                int candidate = _servers.ProbeCandidate(_current, now);
                if (candidate < 0)
                {
                    return false;
                }

                _servers.Probed(now);
                _probeServer = candidate;
                _probeStartedAt = now;
                BlynkServerEndpoint endpoint = _servers.Get(candidate);
                try
                {
                    _probe = _network.Open(endpoint.Host, endpoint.Port, StreamSecurity.Plain());
                }
                catch (Exception e)
                {
                    _probe = new FailedStream(e.Message);
                }

                if (_probe == null)
                {
                    _probe = new FailedStream("the network port returned no stream");
                }

                return true;
            }

            StreamState state = _probe.State;
            int server = _probeServer;
            if (state == StreamState.Connected)
            {
                CloseProbe();
                _counters.PreferredReturns++;
                _link.Close();
                _state = BlynkState.Connecting;
                Raise(_disconnected);
                if (_state == BlynkState.Connecting)
                {
                    StartAttempt(server, now);
                }

                return true;
            }

            if (state == StreamState.Failed || state == StreamState.Closed)
            {
                StreamFailure how = _probe.Failure;
                CloseProbe();
                _servers.Failed(server, now, BlynkFailure.ConnectFailed, how);
                return true;
            }

            if (now - _probeStartedAt >= _options.ConnectTimeoutMs)
            {
                CloseProbe();
                _servers.Failed(server, now, BlynkFailure.ConnectTimeout, StreamFailure.TimedOut);
                return true;
            }

            return false;
        }

        private void RecordFailure(int server, BlynkFailure failure, StreamFailure streamFailure, int status, string detail)
        {
            _lastFailure = failure;
            _lastStreamFailure = streamFailure;
            _lastStatus = status;
            _lastDetail = detail == null ? "" : detail;
            _lastFailureServer = server;
        }

        private void CloseAll()
        {
            _link.Close();
            CloseProbe();
            _current = -1;
        }

        private void CloseProbe()
        {
            if (_probe != null)
            {
                _probe.Close();
                _probe = null;
            }

            _probeServer = -1;
        }

        private void Raise(BlynkConnectionHandler handler)
        {
            if (handler == null)
            {
                return;
            }

            try
            {
                handler(this);
            }
            catch (Exception)
            {
                _counters.HandlerFailures++;
            }
        }
    }
}
