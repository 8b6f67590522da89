namespace BlynkWM.Http
{
    /// <summary>Status lines and short error bodies as static bytes, so responses never format strings.</summary>
    public static class HttpStatus
    {
        /// <summary>100 Continue: the interim answer to <c>Expect: 100-continue</c> before the body is read (the server sends it).</summary>
        public const int Continue = 100;
        /// <summary>200 OK.</summary>
        public const int Ok = 200;
        /// <summary>204 No Content: success without a body (the router's answer to OPTIONS).</summary>
        public const int NoContent = 204;
        /// <summary>301 Moved Permanently: a cacheable redirect to <c>Location</c>.</summary>
        public const int MovedPermanently = 301;
        /// <summary>302 Found: a temporary redirect to <c>Location</c> (the captive-portal probe answer).</summary>
        public const int Found = 302;
        /// <summary>303 See Other: after a POST, fetch <c>Location</c> with GET.</summary>
        public const int SeeOther = 303;
        /// <summary>304 Not Modified: the client's cached copy (by ETag) is current; no body.</summary>
        public const int NotModified = 304;
        /// <summary>307 Temporary Redirect: repeat the same method at <c>Location</c>.</summary>
        public const int TemporaryRedirect = 307;
        /// <summary>400 Bad Request: the request line, a header or the body is malformed.</summary>
        public const int BadRequest = 400;
        /// <summary>401 Unauthorized: Basic authentication is required or was wrong (sent with <c>WWW-Authenticate</c>).</summary>
        public const int Unauthorized = 401;
        /// <summary>403 Forbidden: understood and refused (e.g. a cross-site form post).</summary>
        public const int Forbidden = 403;
        /// <summary>404 Not Found: no route matches the path.</summary>
        public const int NotFound = 404;
        /// <summary>405 Method Not Allowed: the path exists but not for this method (sent with <c>Allow</c>).</summary>
        public const int MethodNotAllowed = 405;
        /// <summary>408 Request Timeout: the client did not send its head or body in time.</summary>
        public const int RequestTimeout = 408;
        /// <summary>409 Conflict: the request clashes with the current state (e.g. a save while a test runs).</summary>
        public const int Conflict = 409;
        /// <summary>411 Length Required: the handler needs a body with <c>Content-Length</c>.</summary>
        public const int LengthRequired = 411;
        /// <summary>413 Payload Too Large: the declared body is longer than <see cref="HttpServerOptions.MaxBodyBytes"/>.</summary>
        public const int PayloadTooLarge = 413;
        /// <summary>414 URI Too Long: the request target does not fit the head buffer.</summary>
        public const int UriTooLong = 414;
        /// <summary>415 Unsupported Media Type: the body's <c>Content-Type</c> is not one the handler reads.</summary>
        public const int UnsupportedMediaType = 415;
        /// <summary>417 Expectation Failed: an <c>Expect</c> header other than <c>100-continue</c>.</summary>
        public const int ExpectationFailed = 417;
        /// <summary>422 Unprocessable Content: well-formed but invalid values (e.g. a form field out of range).</summary>
        public const int UnprocessableContent = 422;
        /// <summary>429 Too Many Requests: for a handler that limits a client's rate (the server itself answers a full house with 503).</summary>
        public const int TooManyRequests = 429;
        /// <summary>431 Request Header Fields Too Large: the head is longer than <see cref="HttpServerOptions.MaxHeaderBytes"/>.</summary>
        public const int HeaderFieldsTooLarge = 431;
        /// <summary>500 Internal Server Error: the handler threw, wrote nothing, or a write of its response failed.</summary>
        public const int InternalServerError = 500;
        /// <summary>501 Not Implemented: a method or feature the handler does not support.</summary>
        public const int NotImplemented = 501;
        /// <summary>503 Service Unavailable: no connection slot was free, or no body buffer came free in time; try again.</summary>
        public const int ServiceUnavailable = 503;
        /// <summary>505 HTTP Version Not Supported: not HTTP/1.0 or 1.1.</summary>
        public const int VersionNotSupported = 505;

        private static readonly int[] Codes =
        {
            100, 200, 204, 301, 302, 303, 304, 307, 400, 401, 403, 404, 405, 408, 409, 411, 413, 414, 415, 417, 422, 429, 431, 500, 501, 503, 505,
        };

        private static readonly string[] Reasons =
        {
            "Continue", "OK", "No Content", "Moved Permanently", "Found", "See Other", "Not Modified", "Temporary Redirect",
            "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Request Timeout", "Conflict", "Length Required",
            "Content Too Large", "URI Too Long", "Unsupported Media Type", "Expectation Failed", "Unprocessable Content",
            "Too Many Requests", "Request Header Fields Too Large", "Internal Server Error", "Not Implemented",
            "Service Unavailable", "HTTP Version Not Supported",
        };

        private static readonly byte[][] Lines = BuildLines();
        private static readonly byte[][] Bodies = BuildBodies();

        /// <summary>True when this table knows the code (the writer answers 500 for others).</summary>
        public static bool IsKnown(int code)
        {
            return IndexOf(code) >= 0;
        }

        /// <summary>"HTTP/1.1 404 Not Found\r\n", or null for an unknown code. Shared: internal so no handler can change it.</summary>
        internal static byte[] StatusLine(int code)
        {
            int i = IndexOf(code);
            return i < 0 ? null : Lines[i];
        }

        /// <summary>A short text/plain body for error responses, e.g. "404 Not Found\n". Shared: internal so no handler can change it.</summary>
        internal static byte[] PlainBody(int code)
        {
            int i = IndexOf(code);
            return i < 0 ? Bodies[IndexOf(InternalServerError)] : Bodies[i];
        }

        /// <summary>Statuses that must not carry a body or Content-Length (RFC 9110 8.6, 15.3.5).</summary>
        public static bool ForbidsBody(int code)
        {
            return code < 200 || code == NoContent || code == NotModified;
        }

        private static int IndexOf(int code)
        {
            for (int i = 0; i < Codes.Length; i++)
            {
                if (Codes[i] == code)
                {
                    return i;
                }
            }
            return -1;
        }

        private static byte[][] BuildLines()
        {
            byte[][] lines = new byte[Codes.Length][];
            for (int i = 0; i < Codes.Length; i++)
            {
                lines[i] = AsciiBytes.Protocol("HTTP/1.1 " + Codes[i].ToString() + " " + Reasons[i] + "\r\n");
            }
            return lines;
        }

        private static byte[][] BuildBodies()
        {
            byte[][] bodies = new byte[Codes.Length][];
            for (int i = 0; i < Codes.Length; i++)
            {
                bodies[i] = AsciiBytes.Protocol(Codes[i].ToString() + " " + Reasons[i] + "\n");
            }
            return bodies;
        }
    }
}
