namespace BlynkWM.Http
{
    /// <summary>Status lines and short error bodies as static bytes, so responses never format strings.</summary>
    public static class HttpStatus
    {
        public const int Continue = 100;
        public const int Ok = 200;
        public const int NoContent = 204;
        public const int MovedPermanently = 301;
        public const int Found = 302;
        public const int SeeOther = 303;
        public const int NotModified = 304;
        public const int TemporaryRedirect = 307;
        public const int BadRequest = 400;
        public const int Unauthorized = 401;
        public const int Forbidden = 403;
        public const int NotFound = 404;
        public const int MethodNotAllowed = 405;
        public const int RequestTimeout = 408;
        public const int Conflict = 409;
        public const int LengthRequired = 411;
        public const int PayloadTooLarge = 413;
        public const int UriTooLong = 414;
        public const int UnsupportedMediaType = 415;
        public const int ExpectationFailed = 417;
        public const int UnprocessableContent = 422;
        public const int TooManyRequests = 429;
        public const int HeaderFieldsTooLarge = 431;
        public const int InternalServerError = 500;
        public const int NotImplemented = 501;
        public const int ServiceUnavailable = 503;
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
