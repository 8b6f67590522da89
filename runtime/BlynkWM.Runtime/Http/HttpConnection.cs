using BlynkWM.Ports;

namespace BlynkWM.Http
{
    /// <summary>
    /// One preallocated connection slot: receives a request into its buffer, has it answered, sends the answer,
    /// then either waits for the next request (keep-alive) or lingers and closes. Driven by <see cref="Step"/>.
    /// The slot's own buffer holds <see cref="HttpServerOptions.MaxHeaderBytes"/>; a request whose header and body
    /// do not fit in it borrows one of the server's shared body buffers (header + body size) until its answer is
    /// sent, and waits for one when all are lent (503 if none comes before the request timeout). Deadlines: the whole
    /// request (<see cref="HttpServerOptions.RequestTimeoutMilliseconds"/>), its head from its first byte
    /// (<see cref="HttpServerOptions.RequestHeadTimeoutMilliseconds"/>), and a body rate after which the request is
    /// "slow" and gives way to others (<see cref="EvictionTier"/>, <see cref="SurrenderBodyBuffer"/>).
    /// </summary>
    internal sealed class HttpConnection
    {
        private const int Free = 0;
        private const int Receiving = 1;
        private const int Sending = 2;
        private const int Lingering = 3;

        /// <summary>Never closed to make room for a new client: it is answering, or receiving a body in time.</summary>
        public const int NotEvictable = -1;

        private static readonly byte[] ContinueLine = AsciiBytes.Protocol("HTTP/1.1 100 Continue\r\n\r\n");

        private readonly HttpServer _server;
        private readonly HttpServerOptions _options;
        private readonly byte[] _own;
        private readonly HttpRequest _request;
        private readonly HttpResponseWriter _response;
        private readonly GuardedPort _port;

        /// <summary>The buffer requests are received into: the slot's own, or a lent body buffer.</summary>
        private byte[] _buffer;
        private int _lease = -1;
        private bool _waitCounted;
        private int _state;
        private int _received;
        private int _scanned;
        private int _headerEnd;
        private int _requestEnd;
        private bool _peerClosed;
        private bool _continueSent;
        private bool _sendingContinue;
        private int _continuePosition;
        private bool _closeAfterSend;
        private int _served;
        private long _deadline;
        private long _headStart;
        private long _bodyDeadline;
        private long _ticket;

        public HttpConnection(HttpServer server, HttpServerOptions options, int reserveBytes)
        {
            _server = server;
            _options = options;
            _own = new byte[options.MaxHeaderBytes];
            _buffer = _own;
            _request = new HttpRequest(_own);
            _response = new HttpResponseWriter(options.ResponseBufferBytes, reserveBytes, options.BodyScratchBytes, options.MaxBodySegments, options.SendChunkBytes);
            _port = new GuardedPort(server);
        }

        public bool IsFree
        {
            get { return _state == Free; }
        }

        /// <summary>When this connection began waiting for its current request (or began lingering), in the server's order: lower is older.</summary>
        public long Ticket
        {
            get { return _ticket; }
        }

        /// <summary>True while this connection holds one of the server's shared body buffers.</summary>
        public bool HoldsBodyBuffer
        {
            get { return _lease >= 0; }
        }

        /// <summary>
        /// How readily this slot is given up for a new client when every slot is busy; lower goes first, the oldest
        /// <see cref="Ticket"/> within a tier. 0: answered and lingering; 1: idle keep-alive; 2: head incomplete (or not
        /// begun on a new connection: one just accepted has not been read yet, so it must not go before older slow ones),
        /// or body slower than the minimum rate; 3: waiting for a shared body buffer (not its fault, so last).
        /// <see cref="NotEvictable"/> while answering or receiving a body in time.
        /// </summary>
        public int EvictionTier(long now)
        {
            if (_state == Lingering)
            {
                return 0;
            }
            if (_state != Receiving)
            {
                return NotEvictable;
            }
            if (_headerEnd < 0)
            {
                return _received == 0 && _served > 0 ? 1 : 2;
            }
            if (WaitingForBodyBuffer)
            {
                return 3;
            }
            return IsBodySlow(now) ? 2 : NotEvictable;
        }

        /// <summary>Receiving a body (the buffer for it in hand) and past the deadline the minimum body rate gave it.</summary>
        public bool IsBodySlow(long now)
        {
            return _state == Receiving && _headerEnd >= 0 && !WaitingForBodyBuffer && _received < _requestEnd && now >= _bodyDeadline;
        }

        public void Open(ITcpConnectionPort port, long now)
        {
            _port.Port = port;
            _state = Receiving;
            _received = 0;
            _served = 0;
            _peerClosed = false;
            _deadline = now + _options.RequestTimeoutMilliseconds;
            _ticket = _server.NextTicket();
            ResetRequest();
        }

        /// <summary>
        /// A slow body's shared buffer is wanted by a waiting request: this one is answered 408 and closed, and its
        /// buffer returned to the server for the waiting one.
        /// </summary>
        public void SurrenderBodyBuffer(long now)
        {
            StartError(HttpStatus.RequestTimeout, now);
            ReleaseBodyBuffer(false);
        }

        /// <summary>Advances this connection as far as it can without blocking; true when anything happened.</summary>
        public bool Step(long now)
        {
            switch (_state)
            {
                case Receiving:
                    return StepReceive(now);
                case Sending:
                    return StepSend(now);
                case Lingering:
                    return StepLinger(now);
                default:
                    return false;
            }
        }

        /// <summary>Closes at once, without an answer.</summary>
        public void Abort()
        {
            _state = Free;
            _response.ReleaseSegments();
            ReleaseBodyBuffer(false);
            _port.Close();
        }

        private bool StepReceive(long now)
        {
            bool progress = false;
            if (!_peerClosed && _received < _buffer.Length)
            {
                int n = _port.Receive(_buffer, _received, _buffer.Length - _received);
                if (n > 0)
                {
                    _received += n > _buffer.Length - _received ? _buffer.Length - _received : n;
                    progress = true;
                }
                else if (n < 0)
                {
                    _peerClosed = true;
                    progress = true;
                }
            }

            int handled = 0;
            while (_state == Receiving && handled < _options.MaxRequestsPerPoll)
            {
                if (!TryCompleteRequest(now))
                {
                    break;
                }
                progress = true;
                handled++;
                if (_state == Sending)
                {
                    StepSend(now);
                }
            }

            if (_state == Receiving)
            {
                if (_peerClosed)
                {
                    Abort();
                    return true;
                }
                if (now >= ReceiveDeadline(now))
                {
                    if (WaitingForBodyBuffer)
                    {
                        // The client did nothing wrong: the server had no buffer for its body in time.
                        StartError(HttpStatus.ServiceUnavailable, now);
                    }
                    else if (_received > 0 || _served == 0)
                    {
                        StartError(HttpStatus.RequestTimeout, now);
                    }
                    else
                    {
                        Abort();
                    }
                    return true;
                }
            }
            return progress;
        }

        /// <summary>Moves the request forward; true when it produced something to send.</summary>
        private bool TryCompleteRequest(long now)
        {
            if (_headerEnd < 0)
            {
                // RFC 9112 2.2: ignore empty lines before a request line (some clients add CRLF after a body).
                int skip = 0;
                while (skip + 1 < _received && _buffer[skip] == (byte)'\r' && _buffer[skip + 1] == (byte)'\n')
                {
                    skip += 2;
                }
                if (skip > 0)
                {
                    Consume(skip);
                }
                if (_received == 0)
                {
                    return false;
                }
                if (!RequestHeadScanner.MethodPrefixLooksValid(_buffer, _received))
                {
                    StartError(HttpStatus.BadRequest, now);
                    return true;
                }
                int status = RequestHeadScanner.FindHeaderEnd(_buffer, _received, _options.MaxHeaderBytes, ref _scanned, ref _headerEnd);
                if (status != 0)
                {
                    StartError(status, now);
                    return true;
                }
                if (_headerEnd < 0)
                {
                    return false;
                }
                status = HttpRequestParser.Parse(_buffer, _headerEnd, _request, _options.MaxHeaderCount);
                if (status != 0)
                {
                    StartError(status, now);
                    return true;
                }
                if (_request.ContentLength > _options.MaxBodyBytes)
                {
                    StartError(HttpStatus.PayloadTooLarge, now);
                    return true;
                }
                _requestEnd = _headerEnd + (int)_request.ContentLength;
                _bodyDeadline = BodyDeadline(now, _requestEnd - _received);
            }

            if (_requestEnd > _buffer.Length && !TryBorrowBodyBuffer(now))
            {
                // Every body buffer is lent: wait (reading nothing more) until one comes back or the time is up.
                return false;
            }

            if (_received < _requestEnd)
            {
                // RFC 9110 10.1.1: a 100-continue expectation of an HTTP/1.0 client is ignored.
                if (_request.ExpectContinue && !_request.IsHttp10 && !_continueSent && !_peerClosed)
                {
                    _continueSent = true;
                    _sendingContinue = true;
                    _continuePosition = 0;
                    _state = Sending;
                    _deadline = now + _options.SendTimeoutMilliseconds;
                    return true;
                }
                return false;
            }

            _request.Body = new ByteRange(_headerEnd, _requestEnd - _headerEnd);
            _request.RemoteAddress = _port.RemoteAddress;
            _response.Reset();
            _server.Dispatch(_request, _response);
            bool close = !_request.KeepAlive || _response.CloseRequested || _peerClosed;
            if (!_response.Finish(close, _request.IsHttp10 && !close, _request.Method == HttpMethod.Head, _server.CorsOrigin))
            {
                _server.CountHandlerFailure();
                WritePlain(HttpStatus.InternalServerError);
                close = true;
            }
            _closeAfterSend = close;
            _served++;
            _server.CountRequest();
            _state = Sending;
            _deadline = now + _options.SendTimeoutMilliseconds;
            return true;
        }

        private bool StepSend(long now)
        {
            int result;
            bool complete;
            if (_sendingContinue)
            {
                int sent = _port.Send(ContinueLine, _continuePosition, ContinueLine.Length - _continuePosition);
                result = sent < 0 ? -1 : sent > 0 ? 1 : 0;
                if (sent > 0)
                {
                    _continuePosition += sent;
                }
                complete = _continuePosition >= ContinueLine.Length;
            }
            else
            {
                result = _response.SendSome(_port);
                complete = _response.SendComplete;
            }

            if (result < 0)
            {
                Abort();
                return true;
            }
            if (result > 0)
            {
                _deadline = now + _options.SendTimeoutMilliseconds;
            }
            if (complete)
            {
                OnSent(now);
                return true;
            }
            if (now >= _deadline)
            {
                Abort();
                return true;
            }
            return result > 0;
        }

        private void OnSent(long now)
        {
            if (_sendingContinue)
            {
                _sendingContinue = false;
                _state = Receiving;
                _deadline = now + _options.RequestTimeoutMilliseconds;
                // The client only now sends its body.
                _bodyDeadline = BodyDeadline(now, _requestEnd - _received);
                return;
            }
            _response.ReleaseSegments();
            _ticket = _server.NextTicket();
            if (_closeAfterSend)
            {
                ReleaseBodyBuffer(false);
                _port.ShutdownSend();
                _state = Lingering;
                _deadline = now + _options.LingerMilliseconds;
                return;
            }
            Consume(_requestEnd);
            ReleaseBodyBuffer(true);
            ResetRequest();
            _state = Receiving;
            _deadline = now + _options.RequestTimeoutMilliseconds;
        }

        private bool StepLinger(long now)
        {
            byte[] discard = _server.DiscardBuffer;
            bool progress = false;
            for (int i = 0; i < 4; i++)
            {
                int n = _port.Receive(discard, 0, discard.Length);
                if (n < 0)
                {
                    Abort();
                    return true;
                }
                if (n == 0)
                {
                    break;
                }
                progress = true;
            }
            if (now >= _deadline)
            {
                Abort();
                return true;
            }
            return progress;
        }

        private void StartError(int status, long now)
        {
            WritePlain(status);
            _closeAfterSend = true;
            _state = Sending;
            _deadline = now + _options.SendTimeoutMilliseconds;
            _server.CountError();
        }

        private void WritePlain(int status)
        {
            _response.Reset();
            _response.Start(status);
            _response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextPlain);
            _response.Body(HttpStatus.PlainBody(status));
            _response.Finish(true, false, false, _server.CorsOrigin);
        }

        /// <summary>
        /// The deadline of the request being received: the whole request's, or sooner the head's once its first byte is
        /// in (stamped here, so bytes left over from a pipelined request start the clock when their turn comes).
        /// </summary>
        private long ReceiveDeadline(long now)
        {
            if (_headerEnd >= 0 || _received == 0 || _options.RequestHeadTimeoutMilliseconds <= 0)
            {
                return _deadline;
            }
            if (_headStart < 0)
            {
                _headStart = now;
            }
            long head = _headStart + _options.RequestHeadTimeoutMilliseconds;
            return head < _deadline ? head : _deadline;
        }

        /// <summary>When a body of <paramref name="bytes"/> still to come, starting now, becomes slow.</summary>
        private long BodyDeadline(long now, int bytes)
        {
            int rate = _options.MinBodyBytesPerSecond;
            if (rate <= 0)
            {
                return long.MaxValue;
            }
            return now + _options.BodyGraceMilliseconds + ((long)bytes * 1000 / rate);
        }

        /// <summary>The header is parsed but its body needs a bigger buffer than the slot's, and none is free yet.</summary>
        private bool WaitingForBodyBuffer
        {
            get { return _headerEnd >= 0 && _requestEnd > _buffer.Length; }
        }

        /// <summary>Moves what was received into a lent body buffer; offsets stay valid because it is copied to the same place.</summary>
        private bool TryBorrowBodyBuffer(long now)
        {
            int lease = _server.TryLendBodyBuffer();
            if (lease < 0 && _server.TryTakeOverBodyBuffer(now))
            {
                lease = _server.TryLendBodyBuffer();
            }
            if (lease < 0)
            {
                if (!_waitCounted)
                {
                    _waitCounted = true;
                    _server.CountBodyBufferWait();
                }
                return false;
            }
            byte[] big = _server.BodyBuffer(lease);
            System.Array.Copy(_buffer, 0, big, 0, _received);
            _lease = lease;
            _buffer = big;
            _request.SetBuffer(big);
            // The body could not flow while it waited: its time starts now.
            _bodyDeadline = BodyDeadline(now, _requestEnd - _received);
            return true;
        }

        /// <summary>
        /// Gives a lent body buffer back. With <paramref name="keepInput"/> the bytes received after the request
        /// (a pipelined next request) move back into the slot's own buffer; when they do not fit, the buffer is kept
        /// until a later request has consumed them.
        /// </summary>
        private void ReleaseBodyBuffer(bool keepInput)
        {
            if (_lease < 0)
            {
                return;
            }
            if (keepInput)
            {
                if (_received > _own.Length)
                {
                    return;
                }
                System.Array.Copy(_buffer, 0, _own, 0, _received);
            }
            _server.ReturnBodyBuffer(_lease);
            _lease = -1;
            _buffer = _own;
            _request.SetBuffer(_own);
        }

        private void ResetRequest()
        {
            _scanned = 0;
            _headerEnd = -1;
            _requestEnd = 0;
            _continueSent = false;
            _sendingContinue = false;
            _closeAfterSend = false;
            _waitCounted = false;
            _headStart = -1;
            _bodyDeadline = long.MaxValue;
        }

        private void Consume(int count)
        {
            int rest = _received - count;
            if (rest > 0)
            {
                System.Array.Copy(_buffer, count, _buffer, 0, rest);
            }
            _received = rest > 0 ? rest : 0;
            _scanned = _scanned > count ? _scanned - count : 0;
        }
    }
}
