namespace BlynkWM.Http
{
    /// <summary>
    /// A parsed request. Every range points into <see cref="Buffer"/>, the connection's receive buffer, and is
    /// valid only during <see cref="IHttpHandler.Handle"/>: the object and buffer are reused for the next request.
    /// </summary>
    public sealed class HttpRequest
    {
        private byte[] _buffer;

        internal HttpRequest(byte[] buffer)
        {
            _buffer = buffer;
            Clear();
        }

        /// <summary>Where the ranges point: the connection's buffer (a shared, bigger one while a large body is received).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        internal void SetBuffer(byte[] buffer)
        {
            _buffer = buffer;
        }

        /// <summary>One of the <see cref="HttpMethod"/> flags (<see cref="HttpMethod.Other"/> for unknown methods).</summary>
        public int Method { get; internal set; }

        /// <summary>The method token as sent (e.g. <c>GET</c>); useful when <see cref="Method"/> is <see cref="HttpMethod.Other"/>.</summary>
        public ByteRange MethodName { get; internal set; }

        /// <summary>The path as sent, without query, not percent-decoded.</summary>
        public ByteRange Path { get; internal set; }

        /// <summary>The query after '?', without the '?'; absent when there was none.</summary>
        public ByteRange Query { get; internal set; }

        /// <summary>True for HTTP/1.0 requests (no Host required, close by default).</summary>
        public bool IsHttp10 { get; internal set; }

        /// <summary>Whether the connection stays open after this response (the handler may still force a close).</summary>
        public bool KeepAlive { get; internal set; }

        /// <summary>The <c>Host</c> header's value, or absent; the captive portal redirects requests for other hosts.</summary>
        public ByteRange Host { get; internal set; }
        /// <summary>The <c>Origin</c> header's value, or absent (cross-site checks).</summary>
        public ByteRange Origin { get; internal set; }
        /// <summary>The <c>Referer</c> header's value, or absent (cross-site checks when there is no Origin).</summary>
        public ByteRange Referer { get; internal set; }
        /// <summary>The <c>Content-Type</c> header's value, or absent.</summary>
        public ByteRange ContentType { get; internal set; }
        /// <summary>The <c>Accept-Encoding</c> header's value, or absent (whether gzip may be sent).</summary>
        public ByteRange AcceptEncoding { get; internal set; }
        /// <summary>The <c>Authorization</c> header's value, or absent (Basic authentication).</summary>
        public ByteRange Authorization { get; internal set; }
        /// <summary>The <c>Cookie</c> header's value, or absent.</summary>
        public ByteRange Cookie { get; internal set; }

        /// <summary>The body bytes (Content-Length of them); empty, not absent, when there was no body.</summary>
        public ByteRange Body { get; internal set; }

        /// <summary>True when Accept-Encoding lists gzip (or *) without q=0.</summary>
        public bool AcceptsGzip { get; internal set; }

        /// <summary>
        /// The client's address as its connection reports it (<c>ITcpConnectionPort.RemoteAddress</c>, e.g.
        /// "192.168.4.2:51234"); empty when unknown. For handlers that answer only clients of one network.
        /// </summary>
        public string RemoteAddress { get; internal set; } = "";

        internal bool ExpectContinue;
        internal long ContentLength;
        internal bool HasContentLength;
        internal bool HasTransferEncoding;
        internal bool ConnectionClose;
        internal bool ConnectionKeepAlive;

        /// <summary>Exact comparison of the path with a constant such as "/save".</summary>
        public bool PathEquals(byte[] path)
        {
            return AsciiBytes.Equal(_buffer, Path.Offset, Path.Length, path);
        }

        /// <summary>Exact comparison of any range of this request with a constant.</summary>
        public bool RangeEquals(ByteRange range, byte[] constant)
        {
            return range.IsPresent && AsciiBytes.Equal(_buffer, range.Offset, range.Length, constant);
        }

        /// <summary>Case-insensitive comparison; <paramref name="lowerConstant"/> must be lower case.</summary>
        public bool RangeEqualsIgnoreCase(ByteRange range, byte[] lowerConstant)
        {
            return range.IsPresent && AsciiBytes.EqualIgnoreCase(_buffer, range.Offset, range.Length, lowerConstant);
        }

        /// <summary>
        /// True when the media type of Content-Type (before any ';' parameters) equals
        /// <paramref name="lowerMediaType"/>, ignoring case and surrounding spaces.
        /// </summary>
        public bool ContentTypeIs(byte[] lowerMediaType)
        {
            ByteRange ct = ContentType;
            if (!ct.IsPresent)
            {
                return false;
            }
            int end = ct.Offset;
            int limit = ct.Offset + ct.Length;
            while (end < limit && _buffer[end] != (byte)';')
            {
                end++;
            }
            while (end > ct.Offset && (_buffer[end - 1] == (byte)' ' || _buffer[end - 1] == (byte)'\t'))
            {
                end--;
            }
            return AsciiBytes.EqualIgnoreCase(_buffer, ct.Offset, end - ct.Offset, lowerMediaType);
        }

        /// <summary>Shorthand for a form post's media type.</summary>
        public bool IsFormUrlEncoded
        {
            get { return ContentTypeIs(HttpHeaderValues.FormUrlEncoded); }
        }

        /// <summary>A range as a string (allocates: logs and rare paths only).</summary>
        public string GetString(ByteRange range)
        {
            return range.IsPresent ? AsciiBytes.GetString(_buffer, range.Offset, range.Length) : string.Empty;
        }

        internal void Clear()
        {
            Method = HttpMethod.Other;
            MethodName = ByteRange.None;
            Path = ByteRange.None;
            Query = ByteRange.None;
            IsHttp10 = false;
            KeepAlive = false;
            Host = ByteRange.None;
            Origin = ByteRange.None;
            Referer = ByteRange.None;
            ContentType = ByteRange.None;
            AcceptEncoding = ByteRange.None;
            Authorization = ByteRange.None;
            Cookie = ByteRange.None;
            Body = ByteRange.None;
            AcceptsGzip = false;
            ExpectContinue = false;
            ContentLength = 0;
            HasContentLength = false;
            HasTransferEncoding = false;
            ConnectionClose = false;
            ConnectionKeepAlive = false;
        }
    }
}
