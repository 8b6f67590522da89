namespace BlynkWM.Http
{
    /// <summary>
    /// Parses a complete header section (request line, fields, blank line) in place. Strict: anything RFC 9112
    /// does not allow, or that could frame a body ambiguously, is a 400. Bounds-checked everywhere, never throws.
    /// </summary>
    internal static class HttpRequestParser
    {
        /// <summary>Longest method accepted; real ones are at most 7 letters.</summary>
        public const int MaxMethodLength = 16;

        private static readonly byte[] HostName = AsciiBytes.From("host");
        private static readonly byte[] ContentLengthName = AsciiBytes.From("content-length");
        private static readonly byte[] TransferEncodingName = AsciiBytes.From("transfer-encoding");
        private static readonly byte[] ConnectionName = AsciiBytes.From("connection");
        private static readonly byte[] ExpectName = AsciiBytes.From("expect");
        private static readonly byte[] OriginName = AsciiBytes.From("origin");
        private static readonly byte[] RefererName = AsciiBytes.From("referer");
        private static readonly byte[] ContentTypeName = AsciiBytes.From("content-type");
        private static readonly byte[] AcceptEncodingName = AsciiBytes.From("accept-encoding");
        private static readonly byte[] AuthorizationName = AsciiBytes.From("authorization");
        private static readonly byte[] CookieName = AsciiBytes.From("cookie");

        private static readonly byte[] HttpVersionPrefix = AsciiBytes.From("HTTP/");
        private static readonly byte[] HttpScheme = AsciiBytes.From("http://");
        private static readonly byte[] CloseToken = AsciiBytes.From("close");
        private static readonly byte[] KeepAliveToken = AsciiBytes.From("keep-alive");
        private static readonly byte[] ContinueToken = AsciiBytes.From("100-continue");
        private static readonly byte[] GzipToken = AsciiBytes.From("gzip");
        private static readonly byte[] XGzipToken = AsciiBytes.From("x-gzip");
        private static readonly byte[] StarToken = AsciiBytes.From("*");

        /// <summary>
        /// Parses <c>buffer[0..headerEnd)</c>, which ends with CRLF CRLF. Returns 0 when the request is usable,
        /// otherwise the status to answer with (400, 417, 431, 505).
        /// </summary>
        public static int Parse(byte[] b, int headerEnd, HttpRequest r, int maxHeaderCount)
        {
            r.Clear();
            int lineEnd = FindLineEnd(b, 0, headerEnd);
            if (lineEnd < 0)
            {
                return HttpStatus.BadRequest;
            }

            int p = 0;
            while (p < lineEnd && HttpSyntax.IsTokenChar(b[p]))
            {
                p++;
            }
            if (p == 0 || p > MaxMethodLength || p >= lineEnd || b[p] != (byte)' ')
            {
                return HttpStatus.BadRequest;
            }
            r.MethodName = new ByteRange(0, p);
            r.Method = HttpMethod.Parse(b, 0, p);
            p++;

            int targetStart = p;
            while (p < lineEnd && HttpSyntax.IsTargetChar(b[p]))
            {
                p++;
            }
            int targetEnd = p;
            if (targetEnd == targetStart || p >= lineEnd || b[p] != (byte)' ')
            {
                return HttpStatus.BadRequest;
            }
            p++;

            if (lineEnd - p != 8 || !AsciiBytes.Equal(b, p, 5, HttpVersionPrefix) || !IsDigit(b[p + 5])
                || b[p + 6] != (byte)'.' || !IsDigit(b[p + 7]))
            {
                return HttpStatus.BadRequest;
            }
            if (b[p + 5] != (byte)'1')
            {
                return HttpStatus.VersionNotSupported;
            }
            r.IsHttp10 = b[p + 7] == (byte)'0';

            ByteRange absoluteHost;
            int status = ParseTarget(b, targetStart, targetEnd, r, out absoluteHost);
            if (status != 0)
            {
                return status;
            }

            int count = 0;
            p = lineEnd + 2;
            while (!(p + 1 < headerEnd && b[p] == (byte)'\r' && b[p + 1] == (byte)'\n'))
            {
                int fieldEnd = FindLineEnd(b, p, headerEnd);
                if (fieldEnd < 0)
                {
                    return HttpStatus.BadRequest;
                }
                if (++count > maxHeaderCount)
                {
                    return HttpStatus.HeaderFieldsTooLarge;
                }
                status = ParseField(b, p, fieldEnd, r);
                if (status != 0)
                {
                    return status;
                }
                p = fieldEnd + 2;
            }

            // Bodies framed any other way than Content-Length are refused: that also rules out request smuggling.
            if (r.HasTransferEncoding)
            {
                return HttpStatus.BadRequest;
            }
            if (!r.IsHttp10 && !r.Host.IsPresent)
            {
                return HttpStatus.BadRequest;
            }
            if (absoluteHost.IsPresent)
            {
                r.Host = absoluteHost;
            }
            r.KeepAlive = r.IsHttp10 ? r.ConnectionKeepAlive && !r.ConnectionClose : !r.ConnectionClose;
            r.AcceptsGzip = r.AcceptEncoding.IsPresent && AcceptsGzip(b, r.AcceptEncoding.Offset, r.AcceptEncoding.Length);
            return 0;
        }

        /// <summary>
        /// Index of the CR of the first CRLF at or after <paramref name="from"/>; -1 when a bare CR or LF comes
        /// first or there is none.
        /// </summary>
        private static int FindLineEnd(byte[] b, int from, int end)
        {
            for (int i = from; i < end; i++)
            {
                byte c = b[i];
                if (c == (byte)'\r' && i + 1 < end && b[i + 1] == (byte)'\n')
                {
                    return i;
                }
                if (c == (byte)'\r' || c == (byte)'\n')
                {
                    break;
                }
            }
            return -1;
        }

        private static int ParseTarget(byte[] b, int start, int end, HttpRequest r, out ByteRange absoluteHost)
        {
            absoluteHost = ByteRange.None;
            int pathStart;
            if (b[start] == (byte)'/')
            {
                pathStart = start;
            }
            else if (AsciiBytes.StartsWithIgnoreCase(b, start, end - start, HttpScheme))
            {
                // absolute-form (RFC 9112 3.2.2): its authority replaces Host.
                int hostStart = start + HttpScheme.Length;
                int p = hostStart;
                while (p < end && b[p] != (byte)'/' && b[p] != (byte)'?')
                {
                    p++;
                }
                if (p == end || b[p] != (byte)'/' || !HttpSyntax.IsAuthority(b, hostStart, p))
                {
                    return HttpStatus.BadRequest;
                }
                absoluteHost = new ByteRange(hostStart, p - hostStart);
                pathStart = p;
            }
            else if (end - start == 1 && b[start] == (byte)'*' && r.Method == HttpMethod.Options)
            {
                r.Path = new ByteRange(start, 1);
                return 0;
            }
            else
            {
                return HttpStatus.BadRequest;
            }

            int q = pathStart;
            while (q < end && b[q] != (byte)'?')
            {
                q++;
            }
            r.Path = new ByteRange(pathStart, q - pathStart);
            if (q < end)
            {
                r.Query = new ByteRange(q + 1, end - q - 1);
            }
            return 0;
        }

        private static int ParseField(byte[] b, int start, int end, HttpRequest r)
        {
            int p = start;
            while (p < end && HttpSyntax.IsTokenChar(b[p]))
            {
                p++;
            }
            // Rejects obs-fold (a line starting with SP/HTAB), empty names and whitespace before the colon.
            if (p == start || p >= end || b[p] != (byte)':')
            {
                return HttpStatus.BadRequest;
            }
            int nameLength = p - start;
            int vs = p + 1;
            int ve = end;
            while (vs < ve && (b[vs] == (byte)' ' || b[vs] == (byte)'\t'))
            {
                vs++;
            }
            while (ve > vs && (b[ve - 1] == (byte)' ' || b[ve - 1] == (byte)'\t'))
            {
                ve--;
            }
            for (int i = vs; i < ve; i++)
            {
                if (!HttpSyntax.IsFieldValueChar(b[i]))
                {
                    return HttpStatus.BadRequest;
                }
            }
            ByteRange value = new ByteRange(vs, ve - vs);

            switch (nameLength)
            {
                case 4:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 4, HostName))
                    {
                        if (r.Host.IsPresent || !HttpSyntax.IsAuthority(b, vs, ve))
                        {
                            return HttpStatus.BadRequest;
                        }
                        r.Host = value;
                    }
                    break;
                case 6:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 6, OriginName))
                    {
                        if (r.Origin.IsPresent)
                        {
                            return HttpStatus.BadRequest;
                        }
                        r.Origin = value;
                    }
                    else if (AsciiBytes.EqualIgnoreCase(b, start, 6, CookieName))
                    {
                        if (!r.Cookie.IsPresent)
                        {
                            r.Cookie = value;
                        }
                    }
                    else if (AsciiBytes.EqualIgnoreCase(b, start, 6, ExpectName))
                    {
                        if (!AsciiBytes.EqualIgnoreCase(b, vs, ve - vs, ContinueToken))
                        {
                            return HttpStatus.ExpectationFailed;
                        }
                        r.ExpectContinue = true;
                    }
                    break;
                case 7:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 7, RefererName) && !r.Referer.IsPresent)
                    {
                        r.Referer = value;
                    }
                    break;
                case 10:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 10, ConnectionName))
                    {
                        ParseConnection(b, vs, ve, r);
                    }
                    break;
                case 12:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 12, ContentTypeName))
                    {
                        if (r.ContentType.IsPresent)
                        {
                            return HttpStatus.BadRequest;
                        }
                        r.ContentType = value;
                    }
                    break;
                case 13:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 13, AuthorizationName))
                    {
                        if (r.Authorization.IsPresent)
                        {
                            return HttpStatus.BadRequest;
                        }
                        r.Authorization = value;
                    }
                    break;
                case 14:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 14, ContentLengthName))
                    {
                        return ParseContentLength(b, vs, ve, r);
                    }
                    break;
                case 15:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 15, AcceptEncodingName) && !r.AcceptEncoding.IsPresent)
                    {
                        r.AcceptEncoding = value;
                    }
                    break;
                case 17:
                    if (AsciiBytes.EqualIgnoreCase(b, start, 17, TransferEncodingName))
                    {
                        r.HasTransferEncoding = true;
                    }
                    break;
            }
            return 0;
        }

        private static int ParseContentLength(byte[] b, int vs, int ve, HttpRequest r)
        {
            int length = ve - vs;
            if (length == 0)
            {
                return HttpStatus.BadRequest;
            }
            for (int i = vs; i < ve; i++)
            {
                if (!IsDigit(b[i]))
                {
                    return HttpStatus.BadRequest;
                }
            }
            long value;
            // Digits only (checked above), so the parser's '-' never applies. Well-formed but absurd lengths
            // (beyond a long) are "too large" (413), not malformed.
            if (!AsciiBytes.TryParseDecimal(b, vs, length, out value))
            {
                value = long.MaxValue;
            }
            if (r.HasContentLength && r.ContentLength != value)
            {
                return HttpStatus.BadRequest;
            }
            r.HasContentLength = true;
            r.ContentLength = value;
            return 0;
        }

        private static void ParseConnection(byte[] b, int vs, int ve, HttpRequest r)
        {
            int p = vs;
            while (p <= ve)
            {
                int s = p;
                while (p < ve && b[p] != (byte)',')
                {
                    p++;
                }
                int e = p;
                TrimSpaces(b, ref s, ref e);
                if (AsciiBytes.EqualIgnoreCase(b, s, e - s, CloseToken))
                {
                    r.ConnectionClose = true;
                }
                else if (AsciiBytes.EqualIgnoreCase(b, s, e - s, KeepAliveToken))
                {
                    r.ConnectionKeepAlive = true;
                }
                p++;
            }
        }

        /// <summary>
        /// Accept-Encoding (RFC 9110 12.5.3): gzip is acceptable when listed (or x-gzip) without q=0,
        /// or when only "*" covers it.
        /// </summary>
        internal static bool AcceptsGzip(byte[] b, int offset, int length)
        {
            int end = offset + length;
            int p = offset;
            bool gzipListed = false;
            bool gzipOk = false;
            bool starOk = false;
            while (p <= end)
            {
                int s = p;
                while (p < end && b[p] != (byte)',')
                {
                    p++;
                }
                int elementEnd = p;
                int tokenEnd = s;
                while (tokenEnd < elementEnd && b[tokenEnd] != (byte)';')
                {
                    tokenEnd++;
                }
                int ts = s;
                int te = tokenEnd;
                TrimSpaces(b, ref ts, ref te);
                bool zero = HasZeroQuality(b, tokenEnd, elementEnd);
                if (AsciiBytes.EqualIgnoreCase(b, ts, te - ts, GzipToken) || AsciiBytes.EqualIgnoreCase(b, ts, te - ts, XGzipToken))
                {
                    gzipListed = true;
                    gzipOk = !zero;
                }
                else if (AsciiBytes.EqualIgnoreCase(b, ts, te - ts, StarToken))
                {
                    starOk = !zero;
                }
                p++;
            }
            return gzipListed ? gzipOk : starOk;
        }

        /// <summary>True when the parameters in [start, end) include q=0, q=0.0, q=0.00 or q=0.000.</summary>
        private static bool HasZeroQuality(byte[] b, int start, int end)
        {
            int p = start;
            while (p < end)
            {
                if (b[p] == (byte)';')
                {
                    int s = p + 1;
                    while (s < end && (b[s] == (byte)' ' || b[s] == (byte)'\t'))
                    {
                        s++;
                    }
                    if (s + 1 < end && (b[s] == (byte)'q' || b[s] == (byte)'Q') && b[s + 1] == (byte)'=')
                    {
                        int v = s + 2;
                        int ve = v;
                        while (ve < end && b[ve] != (byte)';' && b[ve] != (byte)' ' && b[ve] != (byte)'\t')
                        {
                            ve++;
                        }
                        if (ve > v && b[v] == (byte)'0')
                        {
                            bool allZero = true;
                            for (int i = v + 1; i < ve; i++)
                            {
                                if (!(b[i] == (byte)'0' || (i == v + 1 && b[i] == (byte)'.')))
                                {
                                    allZero = false;
                                }
                            }
                            if (allZero)
                            {
                                return true;
                            }
                        }
                    }
                }
                p++;
            }
            return false;
        }

        private static void TrimSpaces(byte[] b, ref int s, ref int e)
        {
            while (s < e && (b[s] == (byte)' ' || b[s] == (byte)'\t'))
            {
                s++;
            }
            while (e > s && (b[e - 1] == (byte)' ' || b[e - 1] == (byte)'\t'))
            {
                e--;
            }
        }

        private static bool IsDigit(byte c)
        {
            return c >= (byte)'0' && c <= (byte)'9';
        }
    }
}
