using BlynkWM.Ports;

namespace BlynkWM.Http
{
    /// <summary>
    /// Builds one response from byte arrays without formatting strings. Order: <see cref="Start"/>, headers, body.
    /// Body pieces are either referenced (<see cref="Body(byte[], int, int)"/>: zero-copy, the array must not change
    /// until sent, so use it for constants) or copied into the connection's scratch (<see cref="BodyCopy"/>).
    /// The server adds Content-Length, Connection and the CORS header itself. A call that does not fit or carries
    /// CR/LF marks the response failed and returns false; the server then answers 500 instead.
    /// </summary>
    public sealed class HttpResponseWriter
    {
        private static readonly byte[] ColonSpace = { (byte)':', (byte)' ' };
        private static readonly byte[] Crlf = { (byte)'\r', (byte)'\n' };
        private static readonly byte[] ContentLengthName = AsciiBytes.From("Content-Length");
        private static readonly byte[] ConnectionClose = AsciiBytes.Protocol("Connection: close\r\n");
        private static readonly byte[] ConnectionKeepAlive = AsciiBytes.Protocol("Connection: keep-alive\r\n");

        private readonly byte[] _head;
        private readonly int _reserve;
        private readonly byte[] _scratch;
        private readonly byte[][] _segArray;
        private readonly int[] _segOffset;
        private readonly int[] _segLength;

        private int _headLength;
        private int _segCount;
        private int _scratchLength;
        private int _status;
        private bool _started;
        private bool _failed;
        private bool _close;
        private long _bodyLength;

        private int _sendSegment;
        private int _sendPosition;

        private readonly int _sendChunk;

        internal HttpResponseWriter(int headBytes, int reserveBytes, int scratchBytes, int maxSegments, int sendChunkBytes)
        {
            _sendChunk = sendChunkBytes > 0 ? sendChunkBytes : int.MaxValue;
            _head = new byte[headBytes];
            _reserve = reserveBytes;
            _scratch = new byte[scratchBytes];
            _segArray = new byte[maxSegments][];
            _segOffset = new int[maxSegments];
            _segLength = new int[maxSegments];
        }

        /// <summary>The status code given to <see cref="Start"/>; 0 before it.</summary>
        public int Status
        {
            get { return _status; }
        }

        /// <summary>True once a call did not fit or was invalid; the server will answer 500.</summary>
        public bool HasFailed
        {
            get { return _failed; }
        }

        /// <summary>True once <see cref="Start"/> was called for this request.</summary>
        public bool IsStarted
        {
            get { return _started; }
        }

        /// <summary>Bytes of body added so far.</summary>
        public long BodyLength
        {
            get { return _bodyLength; }
        }

        /// <summary>Bytes still free in the copy scratch for <see cref="BodyCopy"/> and <see cref="BodyText"/>.</summary>
        public int ScratchRemaining
        {
            get { return _scratch.Length - _scratchLength; }
        }

        /// <summary>Begins (or restarts, discarding what was written) a response with a status code.</summary>
        public bool Start(int status)
        {
            ClearContent();
            byte[] line = HttpStatus.StatusLine(status);
            if (line == null || status < 200)
            {
                _failed = true;
                return false;
            }
            _status = status;
            _started = true;
            return Append(line, 0, line.Length);
        }

        /// <summary>Asks the server to close the connection after this response.</summary>
        public void CloseConnection()
        {
            _close = true;
        }

        /// <summary>Adds a header <c>name: value</c> with all of <paramref name="value"/>; false (and the response failed) as for the ranged overload.</summary>
        public bool Header(byte[] name, byte[] value)
        {
            return Header(name, value, 0, value.Length);
        }

        /// <summary>
        /// Adds a header with <paramref name="count"/> bytes of <paramref name="value"/> from <paramref name="offset"/>. False,
        /// and the response failed, before <see cref="Start"/>, when the name is empty or not a token, the value has a control
        /// character other than tab or the range is outside the array, or the head buffer is full.
        /// </summary>
        public bool Header(byte[] name, byte[] value, int offset, int count)
        {
            if (!CanWriteHeader(name, name.Length + 4 + count) || !IsValidValue(value, offset, count, false))
            {
                _failed = true;
                return false;
            }
            Append(name, 0, name.Length);
            Append(ColonSpace, 0, 2);
            Append(value, offset, count);
            return Append(Crlf, 0, 2);
        }

        /// <summary>A header whose value is a string (printable ASCII or tab only; allocates nothing).</summary>
        public bool Header(byte[] name, string value)
        {
            int start = _headLength;
            int room = _head.Length - _reserve - (start + name.Length + 4);
            if (!CanWriteHeader(name, name.Length + 4) || room < 0)
            {
                _failed = true;
                return false;
            }
            Append(name, 0, name.Length);
            Append(ColonSpace, 0, 2);
            int end = BlynkWM.Storage.Utf8.TryEncode(value, _head, _headLength, room);
            if (end < 0 || !IsValidValue(_head, _headLength, end - _headLength, true))
            {
                _headLength = start;
                _failed = true;
                return false;
            }
            _headLength = end;
            return Append(Crlf, 0, 2);
        }

        /// <summary>Adds a header whose value is the decimal <paramref name="value"/>; false, and the response failed, when it is negative or does not fit.</summary>
        public bool HeaderNumber(byte[] name, long value)
        {
            if (value < 0 || !CanWriteHeader(name, name.Length + 4 + 20))
            {
                _failed = true;
                return false;
            }
            Append(name, 0, name.Length);
            Append(ColonSpace, 0, 2);
            _headLength = AsciiBytes.WriteDecimal(value, _head, _headLength);
            return Append(Crlf, 0, 2);
        }

        /// <summary>Adds a whole array to the body by reference.</summary>
        public bool Body(byte[] data)
        {
            return Body(data, 0, data.Length);
        }

        /// <summary>Adds a range to the body by reference: no copy, so it must stay unchanged until sent.</summary>
        public bool Body(byte[] data, int offset, int count)
        {
            if (!_started || offset < 0 || count < 0 || offset + count > data.Length)
            {
                _failed = true;
                return false;
            }
            if (count == 0)
            {
                return true;
            }
            if (_segCount == _segArray.Length)
            {
                _failed = true;
                return false;
            }
            _segArray[_segCount] = data;
            _segOffset[_segCount] = offset;
            _segLength[_segCount] = count;
            _segCount++;
            _bodyLength += count;
            return true;
        }

        /// <summary>Copies a range into the connection's scratch and adds it to the body.</summary>
        public bool BodyCopy(byte[] data, int offset, int count)
        {
            if (!_started || offset < 0 || count < 0 || offset + count > data.Length || count > ScratchRemaining)
            {
                _failed = true;
                return false;
            }
            if (count == 0)
            {
                return true;
            }
            int start = _scratchLength;
            System.Array.Copy(data, offset, _scratch, start, count);
            _scratchLength += count;
            return AddScratchSegment(start, count);
        }

        /// <summary>Encodes text as UTF-8 into the scratch and adds it to the body (lone surrogates become U+FFFD).</summary>
        public bool BodyText(string text)
        {
            if (!_started)
            {
                _failed = true;
                return false;
            }
            int start = _scratchLength;
            int end = BlynkWM.Storage.Utf8.TryEncode(text, _scratch, start, _scratch.Length - start);
            if (end < 0)
            {
                _failed = true;
                return false;
            }
            _scratchLength = end;
            return AddScratchSegment(start, end - start);
        }

        internal bool CloseRequested
        {
            get { return _close; }
        }

        internal void Reset()
        {
            ClearContent();
            _close = false;
        }

        /// <summary>
        /// Appends the server's headers and the blank line, then copies as much body as fits behind them
        /// so that small responses leave in one send.
        /// </summary>
        internal bool Finish(bool closeConnection, bool http10KeepAlive, bool headOnly, byte[] corsOrigin)
        {
            if (!_started || _failed)
            {
                return false;
            }
            if (!HttpStatus.ForbidsBody(_status))
            {
                Append(ContentLengthName, 0, ContentLengthName.Length);
                Append(ColonSpace, 0, 2);
                _headLength = AsciiBytes.WriteDecimal(_bodyLength, _head, _headLength);
                Append(Crlf, 0, 2);
            }
            else
            {
                _segCount = 0;
                _bodyLength = 0;
            }
            if (closeConnection)
            {
                Append(ConnectionClose, 0, ConnectionClose.Length);
            }
            else if (http10KeepAlive)
            {
                Append(ConnectionKeepAlive, 0, ConnectionKeepAlive.Length);
            }
            if (corsOrigin != null)
            {
                byte[] name = HttpHeaders.AccessControlAllowOrigin;
                Append(name, 0, name.Length);
                Append(ColonSpace, 0, 2);
                Append(corsOrigin, 0, corsOrigin.Length);
                Append(Crlf, 0, 2);
            }
            Append(Crlf, 0, 2);
            if (_failed)
            {
                return false;
            }
            if (headOnly)
            {
                _segCount = 0;
            }
            Coalesce();
            _sendSegment = -1;
            _sendPosition = 0;
            return true;
        }

        /// <summary>Sends what the connection will take. Returns 1 on progress, 0 when blocked, -1 on failure.</summary>
        internal int SendSome(ITcpConnectionPort connection)
        {
            bool progress = false;
            while (_sendSegment < _segCount)
            {
                byte[] array;
                int offset;
                int length;
                if (_sendSegment < 0)
                {
                    array = _head;
                    offset = 0;
                    length = _headLength;
                }
                else
                {
                    array = _segArray[_sendSegment];
                    offset = _segOffset[_sendSegment];
                    length = _segLength[_sendSegment];
                }
                int remaining = length - _sendPosition;
                if (remaining <= 0)
                {
                    _sendSegment++;
                    _sendPosition = 0;
                    continue;
                }
                int sent = connection.Send(array, offset + _sendPosition, remaining > _sendChunk ? _sendChunk : remaining);
                if (sent < 0)
                {
                    return -1;
                }
                if (sent == 0)
                {
                    return progress ? 1 : 0;
                }
                progress = true;
                _sendPosition += sent > remaining ? remaining : sent;
            }
            return 1;
        }

        internal bool SendComplete
        {
            get { return _sendSegment >= _segCount; }
        }

        /// <summary>Releases references to handler arrays once sent, so the writer keeps nothing alive.</summary>
        internal void ReleaseSegments()
        {
            for (int i = 0; i < _segCount; i++)
            {
                _segArray[i] = null;
            }
            _segCount = 0;
        }

        private void ClearContent()
        {
            ReleaseSegments();
            _headLength = 0;
            _scratchLength = 0;
            _status = 0;
            _started = false;
            _failed = false;
            _bodyLength = 0;
            _sendSegment = 0;
            _sendPosition = 0;
        }

        private void Coalesce()
        {
            int first = 0;
            while (first < _segCount && _headLength < _head.Length)
            {
                int free = _head.Length - _headLength;
                int take = _segLength[first] < free ? _segLength[first] : free;
                System.Array.Copy(_segArray[first], _segOffset[first], _head, _headLength, take);
                _headLength += take;
                _segOffset[first] += take;
                _segLength[first] -= take;
                if (_segLength[first] > 0)
                {
                    break;
                }
                first++;
            }
            if (first > 0)
            {
                int kept = _segCount - first;
                for (int i = 0; i < kept; i++)
                {
                    _segArray[i] = _segArray[first + i];
                    _segOffset[i] = _segOffset[first + i];
                    _segLength[i] = _segLength[first + i];
                }
                for (int i = kept; i < _segCount; i++)
                {
                    _segArray[i] = null;
                }
                _segCount = kept;
            }
        }

        private bool AddScratchSegment(int start, int count)
        {
            if (count == 0)
            {
                return true;
            }
            int last = _segCount - 1;
            if (last >= 0 && _segArray[last] == _scratch && _segOffset[last] + _segLength[last] == start)
            {
                _segLength[last] += count;
                _bodyLength += count;
                return true;
            }
            return Body(_scratch, start, count);
        }

        private bool CanWriteHeader(byte[] name, int bytes)
        {
            if (!_started || _failed || name.Length == 0 || _headLength + bytes > _head.Length - _reserve)
            {
                return false;
            }
            for (int i = 0; i < name.Length; i++)
            {
                if (!HttpSyntax.IsTokenChar(name[i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>No control characters but tab; with <paramref name="asciiOnly"/>, no byte above 0x7E either.</summary>
        private static bool IsValidValue(byte[] value, int offset, int count, bool asciiOnly)
        {
            if (offset < 0 || count < 0 || offset + count > value.Length)
            {
                return false;
            }
            for (int i = offset; i < offset + count; i++)
            {
                byte b = value[i];
                if ((b < 0x20 && b != (byte)'\t') || b == 0x7F || (asciiOnly && b > 0x7F))
                {
                    return false;
                }
            }
            return true;
        }

        private bool Append(byte[] data, int offset, int count)
        {
            if (_headLength + count > _head.Length)
            {
                _failed = true;
                return false;
            }
            System.Array.Copy(data, offset, _head, _headLength, count);
            _headLength += count;
            return true;
        }
    }
}
