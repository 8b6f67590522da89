namespace BlynkWM.Http
{
    /// <summary>
    /// HTTP Basic credentials (RFC 7617) for a portal reachable from the home network. The expected
    /// "user:password" base64 is computed once; requests are compared in fixed time.
    /// </summary>
    public sealed class HttpBasicAuth
    {
        private static readonly byte[] BasicScheme = AsciiBytes.From("basic");

        private readonly byte[] _expected;
        private readonly byte[] _challenge;

        /// <param name="user">The user name a request must carry.</param>
        /// <param name="password">The password a request must carry.</param>
        /// <param name="realm">Shown by browsers in the login prompt; printable ASCII without '"' or '\'.</param>
        public HttpBasicAuth(string user, string password, string realm)
        {
            // Byte searches: nanoCLR's String.IndexOf finds nothing after a character above U+FFFF.
            if (System.Array.IndexOf(BlynkWM.Storage.Utf8.GetBytes(user), (byte)':') >= 0)
            {
                throw new System.ArgumentException("user must not contain ':'", nameof(user));
            }
            byte[] realmBytes = BlynkWM.Storage.Utf8.GetBytes(realm);
            if (System.Array.IndexOf(realmBytes, (byte)'"') >= 0 || System.Array.IndexOf(realmBytes, (byte)'\\') >= 0)
            {
                throw new System.ArgumentException("realm must not contain quotes", nameof(realm));
            }
            byte[] raw = System.Text.Encoding.UTF8.GetBytes(user + ":" + password);
            _expected = AsciiBytes.From(System.Convert.ToBase64String(raw));
            _challenge = AsciiBytes.From("Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        }

        /// <summary>True when the request's Authorization header carries exactly the configured credentials.</summary>
        public bool IsAuthorized(HttpRequest request)
        {
            ByteRange auth = request.Authorization;
            if (!auth.IsPresent)
            {
                return false;
            }
            byte[] b = request.Buffer;
            int end = auth.Offset + auth.Length;
            int p = auth.Offset;
            if (!AsciiBytes.StartsWithIgnoreCase(b, p, auth.Length, BasicScheme))
            {
                return false;
            }
            p += BasicScheme.Length;
            if (p >= end || b[p] != (byte)' ')
            {
                return false;
            }
            while (p < end && b[p] == (byte)' ')
            {
                p++;
            }
            return AsciiBytes.FixedTimeEquals(b, p, end - p, _expected, 0, _expected.Length);
        }

        /// <summary>Writes the 401 answer with its WWW-Authenticate challenge.</summary>
        public void WriteChallenge(HttpResponseWriter response)
        {
            response.Start(HttpStatus.Unauthorized);
            response.Header(HttpHeaders.WwwAuthenticate, _challenge);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextPlain);
            response.Body(HttpStatus.PlainBody(HttpStatus.Unauthorized));
        }
    }
}
