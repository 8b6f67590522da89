using BlynkWM.Ports;

namespace BlynkWM.Http
{
    /// <summary>
    /// A non-blocking HTTP/1.1 server over a fixed pool of preallocated connection slots. Call <see cref="Poll"/>
    /// repeatedly from one thread (a main loop or a dedicated thread); it never blocks and returns whether it did
    /// anything, so an idle loop can sleep. All buffers are allocated here, once (sizes: <see cref="HttpServerOptions"/>).
    /// A device has a handful of slots, so they are shared fairly rather than first come, first served: a head must
    /// arrive quickly, a new client takes the slot of the oldest connection that is not being served in time, and a
    /// request waiting for a shared body buffer takes it from a body slower than the minimum rate. Every decision is
    /// measured on <see cref="IClock"/>.
    /// </summary>
    public sealed class HttpServer
    {
        private const int ServerHeaderReserve = 96;

        private readonly ITcpListenerPort _listener;
        private readonly IClock _clock;
        private readonly IHttpHandler _handler;
        private readonly HttpServerOptions _options;
        private readonly HttpConnection[] _connections;
        private readonly RejectedConnection[] _rejects;
        private readonly byte[] _discard = new byte[256];
        private readonly byte[] _rejectResponse = RejectedConnection.BuildResponse();
        private readonly byte[][] _bodyBuffers;
        private readonly bool[] _bodyLent;
        private readonly byte[] _cors;
        private readonly HttpBasicAuth _auth;

        private int _requests;
        private int _errors;
        private int _rejected;
        private int _handlerFailures;
        private int _internalFailures;
        private int _portFailures;
        private int _bodyBufferWaits;
        private int _evicted;
        private int _takeovers;
        private long _tickets;
        private System.Exception _lastInternalFailure;
        private bool _stopped;

        /// <summary>Allocates every buffer and connection slot; nothing is accepted until <see cref="Poll"/>.</summary>
        /// <param name="listener">The bound listening socket.</param>
        /// <param name="clock">All deadlines (head, body, idle) and fairness decisions.</param>
        /// <param name="handler">Answers every request (often an <see cref="HttpRouter"/>).</param>
        /// <param name="options">Sizes and limits.</param>
        /// <exception cref="System.ArgumentException">An option is out of range (no connections, a head buffer under 64 bytes, a body limit without body buffers, a response buffer too small for the server's own headers).</exception>
        public HttpServer(ITcpListenerPort listener, IClock clock, IHttpHandler handler, HttpServerOptions options)
        {
            if (options.MaxConnections < 1 || options.MaxHeaderBytes < 64 || options.MaxBodyBytes < 0
                || options.MaxBodySegments < 1 || options.BodyScratchBytes < 0 || options.BodyBuffers < 0
                || (options.BodyBuffers == 0 && options.MaxBodyBytes > 0))
            {
                throw new System.ArgumentException("invalid HTTP server options", nameof(options));
            }
            _listener = listener;
            _clock = clock;
            _handler = handler;
            _options = options;
            _auth = options.BasicAuth;
            _cors = options.CorsAllowOrigin == null ? null : AsciiBytes.From(options.CorsAllowOrigin);
            int reserve = ServerHeaderReserve + (_cors == null ? 0 : _cors.Length + HttpHeaders.AccessControlAllowOrigin.Length + 4);
            if (options.ResponseBufferBytes < reserve + 128)
            {
                throw new System.ArgumentException("ResponseBufferBytes too small", nameof(options));
            }
            // More body buffers than connections could never all be lent.
            int bodyBuffers = options.MaxBodyBytes == 0 ? 0 : options.BodyBuffers < options.MaxConnections ? options.BodyBuffers : options.MaxConnections;
            _bodyBuffers = new byte[bodyBuffers][];
            _bodyLent = new bool[bodyBuffers];
            for (int i = 0; i < bodyBuffers; i++)
            {
                _bodyBuffers[i] = new byte[options.MaxHeaderBytes + options.MaxBodyBytes];
            }
            _connections = new HttpConnection[options.MaxConnections];
            for (int i = 0; i < _connections.Length; i++)
            {
                _connections[i] = new HttpConnection(this, options, reserve);
            }
            _rejects = new RejectedConnection[options.RejectSlots < 0 ? 0 : options.RejectSlots];
            for (int i = 0; i < _rejects.Length; i++)
            {
                _rejects[i] = new RejectedConnection(this, _rejectResponse);
            }
        }

        /// <summary>Connections currently held in normal slots.</summary>
        public int OpenConnections
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _connections.Length; i++)
                {
                    if (!_connections[i].IsFree)
                    {
                        count++;
                    }
                }
                return count;
            }
        }

        /// <summary>Requests given to the handler (and auth check) since start.</summary>
        public int RequestsHandled
        {
            get { return _requests; }
        }

        /// <summary>Requests answered with an error by the server itself (400, 408, 413, 414, 417, 431, 505).</summary>
        public int ProtocolErrors
        {
            get { return _errors; }
        }

        /// <summary>Clients turned away with 503 because every slot was busy.</summary>
        public int ConnectionsRejected
        {
            get { return _rejected; }
        }

        /// <summary>Handlers that threw or wrote an unusable response (answered 500).</summary>
        public int HandlerFailures
        {
            get { return _handlerFailures; }
        }

        /// <summary>
        /// Exceptions thrown by the server's own request processing (parsing, framing, sending logic), each of which
        /// cost its connection without an answer. Always 0 unless the server has a bug: tests and fuzzers check it.
        /// Neither handler exceptions (<see cref="HandlerFailures"/>) nor port errors (<see cref="PortFailures"/>)
        /// count here.
        /// </summary>
        public int InternalFailures
        {
            get { return _internalFailures; }
        }

        /// <summary>The exception behind the latest <see cref="InternalFailures"/> count, for a log or a test; null if none.</summary>
        public System.Exception LastInternalFailure
        {
            get { return _lastInternalFailure; }
        }

        /// <summary>Port calls (accept, receive, send, shutdown, close) that threw; each is treated as a failed connection.</summary>
        public int PortFailures
        {
            get { return _portFailures; }
        }

        /// <summary>Times a request had to wait because every shared body buffer was lent (see <see cref="HttpServerOptions.BodyBuffers"/>).</summary>
        public int BodyBufferWaits
        {
            get { return _bodyBufferWaits; }
        }

        /// <summary>Connections closed to make room for a new client (see <see cref="HttpServerOptions.MaxConnections"/>).</summary>
        public int ConnectionsEvicted
        {
            get { return _evicted; }
        }

        /// <summary>Shared body buffers taken from a body slower than <see cref="HttpServerOptions.MinBodyBytesPerSecond"/> for a waiting request.</summary>
        public int BodyBufferTakeovers
        {
            get { return _takeovers; }
        }

        /// <summary>Shared body buffers currently lent to connections.</summary>
        public int BodyBuffersInUse
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _bodyLent.Length; i++)
                {
                    if (_bodyLent[i])
                    {
                        count++;
                    }
                }
                return count;
            }
        }

        /// <summary>Accepts, reads, answers and sends as far as possible without blocking. True when anything happened.</summary>
        public bool Poll()
        {
            if (_stopped)
            {
                return false;
            }
            long now = _clock.NowMilliseconds;
            bool progress = AcceptNew(now);
            for (int i = 0; i < _connections.Length; i++)
            {
                HttpConnection c = _connections[i];
                if (c.IsFree)
                {
                    continue;
                }
                try
                {
                    if (c.Step(now))
                    {
                        progress = true;
                    }
                }
                catch (System.Exception e)
                {
                    // Port errors never get here (GuardedPort turns them into a failed connection): this is a bug of
                    // the server's, which must cost one connection, never the server, and must be visible.
                    CountInternalFailure(e);
                    c.Abort();
                    progress = true;
                }
            }
            for (int i = 0; i < _rejects.Length; i++)
            {
                RejectedConnection r = _rejects[i];
                if (r.IsFree)
                {
                    continue;
                }
                try
                {
                    if (r.Step(now, _discard))
                    {
                        progress = true;
                    }
                }
                catch (System.Exception e)
                {
                    CountInternalFailure(e);
                    r.Abort();
                    progress = true;
                }
            }
            return progress;
        }

        /// <summary>Closes every connection and the listener; Poll does nothing afterwards.</summary>
        public void Stop()
        {
            _stopped = true;
            for (int i = 0; i < _connections.Length; i++)
            {
                _connections[i].Abort();
            }
            for (int i = 0; i < _rejects.Length; i++)
            {
                _rejects[i].Abort();
            }
            try
            {
                _listener.Close();
            }
            catch (System.Exception)
            {
                // Already closed by its owner.
            }
        }

        internal byte[] DiscardBuffer
        {
            get { return _discard; }
        }

        internal byte[] CorsOrigin
        {
            get { return _cors; }
        }

        internal void CountRequest()
        {
            _requests++;
        }

        internal void CountError()
        {
            _errors++;
        }

        internal void CountHandlerFailure()
        {
            _handlerFailures++;
        }

        internal void CountPortFailure()
        {
            _portFailures++;
        }

        private void CountInternalFailure(System.Exception e)
        {
            _internalFailures++;
            _lastInternalFailure = e;
        }

        /// <summary>Lends a free body buffer: its index, or -1 (counted as a wait) when all are lent.</summary>
        internal int TryLendBodyBuffer()
        {
            for (int i = 0; i < _bodyLent.Length; i++)
            {
                if (!_bodyLent[i])
                {
                    _bodyLent[i] = true;
                    return i;
                }
            }
            return -1;
        }

        internal void CountBodyBufferWait()
        {
            _bodyBufferWaits++;
        }

        /// <summary>Numbers the moments connections start waiting for a request, so "oldest" never depends on the clock's resolution.</summary>
        internal long NextTicket()
        {
            return ++_tickets;
        }

        /// <summary>
        /// Every body buffer is lent and a request waits for one: the oldest holder whose body is slower than the
        /// minimum rate gives its buffer up (and is answered 408). True when a buffer was returned.
        /// </summary>
        internal bool TryTakeOverBodyBuffer(long now)
        {
            HttpConnection slowest = null;
            for (int i = 0; i < _connections.Length; i++)
            {
                HttpConnection c = _connections[i];
                if (c.HoldsBodyBuffer && c.IsBodySlow(now) && (slowest == null || c.Ticket < slowest.Ticket))
                {
                    slowest = c;
                }
            }
            if (slowest == null)
            {
                return false;
            }
            slowest.SurrenderBodyBuffer(now);
            _takeovers++;
            return true;
        }

        internal byte[] BodyBuffer(int index)
        {
            return _bodyBuffers[index];
        }

        internal void ReturnBodyBuffer(int index)
        {
            _bodyLent[index] = false;
        }

        internal void Dispatch(HttpRequest request, HttpResponseWriter response)
        {
            if (_auth != null && !_auth.IsAuthorized(request))
            {
                _auth.WriteChallenge(response);
                return;
            }
            try
            {
                _handler.Handle(request, response);
            }
            catch (System.Exception)
            {
                _handlerFailures++;
                response.Reset();
                response.Start(HttpStatus.InternalServerError);
                response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextPlain);
                response.Body(HttpStatus.PlainBody(HttpStatus.InternalServerError));
                response.CloseConnection();
            }
        }

        private bool AcceptNew(long now)
        {
            bool progress = false;
            for (int n = 0; n < _options.MaxAcceptsPerPoll; n++)
            {
                ITcpConnectionPort port;
                try
                {
                    port = _listener.TryAccept();
                }
                catch (System.Exception)
                {
                    _portFailures++;
                    return progress;
                }
                if (port == null)
                {
                    return progress;
                }
                progress = true;
                HttpConnection slot = FindFreeSlot(now);
                if (slot != null)
                {
                    slot.Open(port, now);
                    continue;
                }
                _rejected++;
                RejectedConnection reject = FindFreeReject();
                if (reject != null)
                {
                    reject.Open(port, now, _options.LingerMilliseconds);
                    continue;
                }
                try
                {
                    port.Send(_rejectResponse, 0, _rejectResponse.Length);
                    port.Close();
                }
                catch (System.Exception)
                {
                    // Nothing more can be done for a client we have no room for.
                    _portFailures++;
                }
            }
            return progress;
        }

        /// <summary>
        /// A free slot, or the slot of the connection that gives way most readily (lowest eviction tier, then oldest),
        /// closed for the newcomer; null when every connection is answering or receiving a body in time.
        /// </summary>
        private HttpConnection FindFreeSlot(long now)
        {
            HttpConnection victim = null;
            int victimTier = HttpConnection.NotEvictable;
            for (int i = 0; i < _connections.Length; i++)
            {
                HttpConnection c = _connections[i];
                if (c.IsFree)
                {
                    return c;
                }
                int tier = c.EvictionTier(now);
                if (tier == HttpConnection.NotEvictable)
                {
                    continue;
                }
                if (victim == null || tier < victimTier || (tier == victimTier && c.Ticket < victim.Ticket))
                {
                    victim = c;
                    victimTier = tier;
                }
            }
            if (victim != null)
            {
                victim.Abort();
                _evicted++;
            }
            return victim;
        }

        private RejectedConnection FindFreeReject()
        {
            for (int i = 0; i < _rejects.Length; i++)
            {
                if (_rejects[i].IsFree)
                {
                    return _rejects[i];
                }
            }
            return null;
        }
    }
}
