namespace BlynkWM.Http
{
    /// <summary>
    /// Sizes and limits, fixed when the server starts: every buffer is allocated once from these. Buffer memory is
    /// <code>
    ///   MaxConnections × (MaxHeaderBytes + ResponseBufferBytes + BodyScratchBytes + 12 × MaxBodySegments)
    /// + min(BodyBuffers, MaxConnections) × (MaxHeaderBytes + MaxBodyBytes)
    /// + 256
    /// </code>
    /// (RejectSlots hold no buffer). The defaults take about 27 KB; a portal's <c>ConfigureServer</c> raises
    /// MaxBodyBytes to its form's worst case, which only the shared body buffers pay for, not every connection.
    /// </summary>
    public sealed class HttpServerOptions
    {
        /// <summary>
        /// Clients served at once. When a new client arrives and every slot is busy, the oldest connection that is not
        /// being served in time is closed to make room (one that already has its answer and lingers first, then an idle
        /// one, then one still sending its head or sending its body below <see cref="MinBodyBytesPerSecond"/>, last one
        /// waiting for a shared body buffer); connections sending an answer or receiving a body in time are never
        /// closed for a newcomer, who gets 503 when nothing else can go.
        /// </summary>
        public int MaxConnections = 4;

        /// <summary>Extra slots that only answer 503 and close gracefully; beyond them a client is closed at once.</summary>
        public int RejectSlots = 2;

        /// <summary>Request line plus header fields plus the blank line; more is answered 431 (414 if the line alone is longer).</summary>
        public int MaxHeaderBytes = 2048;

        /// <summary>Largest Content-Length accepted; more is answered 413 without reading the body.</summary>
        public int MaxBodyBytes = 2048;

        /// <summary>
        /// Buffers of MaxHeaderBytes + MaxBodyBytes shared by all connections. Each connection owns only
        /// MaxHeaderBytes; a request whose header and body do not fit in that borrows a shared buffer until its answer
        /// is sent. When all are lent, the request waits (reading nothing more) and takes over the buffer of a request
        /// whose body is slower than <see cref="MinBodyBytesPerSecond"/>; it gets 503 if no buffer comes within
        /// <see cref="RequestTimeoutMilliseconds"/>. At least 1 when MaxBodyBytes &gt; 0; more than MaxConnections is
        /// never used. A portal has one form post at a time, so 1 is enough.
        /// </summary>
        public int BodyBuffers = 1;

        /// <summary>Header fields per request; more is answered 431.</summary>
        public int MaxHeaderCount = 48;

        /// <summary>Status line and headers of a response; body bytes are copied behind them when they fit, so one send suffices.</summary>
        public int ResponseBufferBytes = 1460;

        /// <summary>Room for body bytes a handler copies (<see cref="HttpResponseWriter.BodyCopy"/>, <see cref="HttpResponseWriter.BodyText"/>).</summary>
        public int BodyScratchBytes = 2048;

        /// <summary>Body pieces per response.</summary>
        public int MaxBodySegments = 24;

        /// <summary>
        /// Time a client has to deliver a whole request, counted from the connection's accept or the end of the
        /// previous response; a started request that is not done by then gets 408. An idle keep-alive connection
        /// is closed quietly instead.
        /// </summary>
        public int RequestTimeoutMilliseconds = 10000;

        /// <summary>
        /// Time a client has, from the first byte of a request, to deliver its request line and header fields; a head
        /// still incomplete by then gets 408. A real client sends its head in one or two segments; a client trickling
        /// bytes (slowloris) is cut off here long before <see cref="RequestTimeoutMilliseconds"/>. Waiting for the first
        /// byte is bounded by RequestTimeoutMilliseconds only (a browser's preconnected socket), and a connection that has
        /// sent nothing is among the first to go when a new client needs its slot. 0 or less: no head deadline of its own.
        /// </summary>
        public int RequestHeadTimeoutMilliseconds = 3000;

        /// <summary>
        /// Slowest body accepted while others wait: once its head is in (or it gets a shared body buffer), a request has
        /// <see cref="BodyGraceMilliseconds"/> plus Content-Length at this rate to deliver its body. Past that it is
        /// "slow": a request waiting for a shared body buffer takes the slow one's buffer over (the slow one gets 408), and
        /// a new client may take its slot. Alone, a slow body still has until <see cref="RequestTimeoutMilliseconds"/>.
        /// 0 or less: no rate, a body is never slow.
        /// </summary>
        public int MinBodyBytesPerSecond = 2048;

        /// <summary>Allowance before <see cref="MinBodyBytesPerSecond"/> applies (round trips, a phone's radio waking up).</summary>
        public int BodyGraceMilliseconds = 1000;

        /// <summary>Time a response may make no progress (a client that stops reading) before the connection is dropped.</summary>
        public int SendTimeoutMilliseconds = 10000;

        /// <summary>
        /// Most bytes handed to one <c>Send</c> call. lwIP's send (nanoFramework on ESP32) blocks until every byte is
        /// queued even after a writable poll, so a large send to a slow client would stall the whole loop (and the
        /// captive DNS with it); one TCP segment's worth always fits a writable socket's buffer. 0 or less: no cap.
        /// </summary>
        public int SendChunkBytes = 1460;

        /// <summary>
        /// After an error or "Connection: close" the server reads and discards input this long before closing,
        /// so the client is not reset before it has read the answer.
        /// </summary>
        public int LingerMilliseconds = 2000;

        /// <summary>New connections accepted per <see cref="HttpServer.Poll"/>, so a flood cannot starve the others.</summary>
        public int MaxAcceptsPerPoll = 4;

        /// <summary>Requests a connection may finish per poll before the next connection gets its turn.</summary>
        public int MaxRequestsPerPoll = 4;

        /// <summary>Value of Access-Control-Allow-Origin added to every response, e.g. "*"; null sends none.</summary>
        public string CorsAllowOrigin;

        /// <summary>When set, every request must carry these Basic credentials or gets 401.</summary>
        public HttpBasicAuth BasicAuth;
    }
}
