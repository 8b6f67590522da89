namespace BlynkWM.Http
{
    /// <summary>
    /// Watches a request head arrive in a connection's buffer: finds its end (CRLF CRLF) incrementally and refuses
    /// early what can never become a request, before the header limit or a timeout would.
    /// </summary>
    internal static class RequestHeadScanner
    {
        /// <summary>
        /// False for bytes that cannot start an HTTP request (a TLS handshake, binary noise): the first bytes must be
        /// a method token followed by a space.
        /// </summary>
        public static bool MethodPrefixLooksValid(byte[] b, int received)
        {
            int limit = received < HttpRequestParser.MaxMethodLength + 1 ? received : HttpRequestParser.MaxMethodLength + 1;
            int i = 0;
            while (i < limit && HttpSyntax.IsTokenChar(b[i]))
            {
                i++;
            }
            if (i == limit)
            {
                return i <= HttpRequestParser.MaxMethodLength;
            }
            return i > 0 && b[i] == (byte)' ';
        }

        /// <summary>
        /// Looks for CRLF CRLF within <paramref name="maxHeaderBytes"/>, resuming at <paramref name="scanned"/>; sets
        /// <paramref name="headerEnd"/> (just past it) when found. Returns a status when the input is already wrong: 400
        /// for a bare LF, 431 or 414 when the limit is reached without an end (414 if the request line alone fills it).
        /// </summary>
        public static int FindHeaderEnd(byte[] b, int received, int maxHeaderBytes, ref int scanned, ref int headerEnd)
        {
            int limit = received < maxHeaderBytes ? received : maxHeaderBytes;
            int i = scanned;
            for (; i < limit; i++)
            {
                if (b[i] != (byte)'\n')
                {
                    continue;
                }
                if (i == 0 || b[i - 1] != (byte)'\r')
                {
                    return HttpStatus.BadRequest;
                }
                if (i >= 3 && b[i - 2] == (byte)'\n' && b[i - 3] == (byte)'\r')
                {
                    headerEnd = i + 1;
                    scanned = i + 1;
                    return 0;
                }
            }
            scanned = i;
            if (received >= maxHeaderBytes)
            {
                for (int j = 0; j < maxHeaderBytes; j++)
                {
                    if (b[j] == (byte)'\n')
                    {
                        return HttpStatus.HeaderFieldsTooLarge;
                    }
                }
                return HttpStatus.UriTooLong;
            }
            return 0;
        }
    }
}
