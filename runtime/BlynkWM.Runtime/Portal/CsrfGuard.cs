using BlynkWM.Http;
using BlynkWM.Ports;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Cross-site request forgery check for the portal's forms. A random token made at boot (128 bits, 32 lower-case
    /// hex characters) goes into every form as the hidden field <c>_csrf</c>; a state-changing request must echo it
    /// and must not come from a foreign Origin (or, without Origin, a foreign Referer). Because it compares Origin
    /// with the request's Host, put <see cref="CaptivePortalHandler"/> in front: it ensures the Host is the portal's.
    /// </summary>
    public sealed class CsrfGuard
    {
        /// <summary>The hidden field's name (internal: a shared array must not be exposed to handlers that could change it).</summary>
        internal static readonly byte[] FieldName = AsciiBytes.From("_csrf");

        /// <summary>Characters in the token.</summary>
        public const int TokenLength = 32;

        private static readonly byte[] HexDigits = AsciiBytes.From("0123456789abcdef");
        private static readonly byte[] HttpScheme = AsciiBytes.From("http://");
        private static readonly byte[] NullOrigin = AsciiBytes.From("null");

        private readonly byte[] _token = new byte[TokenLength];

        /// <summary>Draws the token for this boot from <paramref name="random"/>.</summary>
        public CsrfGuard(IRandomSource random)
        {
            byte[] raw = new byte[TokenLength / 2];
            random.NextBytes(raw, 0, raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                _token[2 * i] = HexDigits[raw[i] >> 4];
                _token[2 * i + 1] = HexDigits[raw[i] & 0xF];
                raw[i] = 0;
            }
        }

        /// <summary>
        /// The token's ASCII bytes, to put into pages with <see cref="HttpResponseWriter.Body(byte[])"/>. Shared, not
        /// copied, hence internal (a handler changing it would break every check); others use <see cref="TokenString"/>.
        /// </summary>
        internal byte[] Token
        {
            get { return _token; }
        }

        /// <summary>The token as a string (allocates).</summary>
        public string TokenString
        {
            get { return AsciiBytes.GetString(_token, 0, _token.Length); }
        }

        /// <summary>True when the (decoded) <c>_csrf</c> value equals the token; compared in fixed time.</summary>
        public bool IsTokenValid(byte[] value, int offset, int count)
        {
            return AsciiBytes.FixedTimeEquals(value, offset, count, _token, 0, _token.Length);
        }

        /// <summary>
        /// False when Origin names a different site than Host (or is "null"), or when there is no Origin and the
        /// Referer does. A request with neither is allowed here: the token still has to match.
        /// </summary>
        public bool IsOriginAllowed(HttpRequest request)
        {
            byte[] b = request.Buffer;
            ByteRange host = request.Host;
            ByteRange origin = request.Origin;
            if (origin.IsPresent)
            {
                if (AsciiBytes.EqualIgnoreCase(b, origin.Offset, origin.Length, NullOrigin) || !host.IsPresent)
                {
                    return false;
                }
                if (!AsciiBytes.StartsWithIgnoreCase(b, origin.Offset, origin.Length, HttpScheme))
                {
                    return false;
                }
                int start = origin.Offset + HttpScheme.Length;
                return HttpSyntax.HostEquals(b, start, origin.Offset + origin.Length - start, b, host.Offset, host.Length);
            }
            ByteRange referer = request.Referer;
            if (referer.IsPresent)
            {
                if (!host.IsPresent || !AsciiBytes.StartsWithIgnoreCase(b, referer.Offset, referer.Length, HttpScheme))
                {
                    return false;
                }
                int start = referer.Offset + HttpScheme.Length;
                int end = referer.Offset + referer.Length;
                int p = start;
                while (p < end && b[p] != (byte)'/' && b[p] != (byte)'?' && b[p] != (byte)'#')
                {
                    p++;
                }
                return HttpSyntax.HostEquals(b, start, p - start, b, host.Offset, host.Length);
            }
            return true;
        }

        /// <summary>
        /// The whole check for a form post, and the only place it is made: allowed origin, and exactly one
        /// <c>_csrf</c> field in the body whose value is the token. <paramref name="reader"/> is scratch (its value
        /// buffer must hold at least <see cref="TokenLength"/> bytes); it is left at the end of the body.
        /// </summary>
        public bool VerifyForm(HttpRequest request, UrlEncodedFormReader reader)
        {
            if (!IsOriginAllowed(request))
            {
                return false;
            }
            reader.Reset(request, request.Body);
            int found = 0;
            bool valid = false;
            while (reader.MoveNext())
            {
                if (reader.KeyEquals(FieldName))
                {
                    found++;
                    valid = reader.ValueError == FormFieldError.None && IsTokenValid(reader.ValueBuffer, 0, reader.ValueLength);
                }
            }
            return found == 1 && valid;
        }

        /// <summary>The 403 answer for a failed check.</summary>
        public static void WriteForbidden(HttpResponseWriter response)
        {
            HttpRouter.WritePlain(response, HttpStatus.Forbidden);
        }
    }
}
