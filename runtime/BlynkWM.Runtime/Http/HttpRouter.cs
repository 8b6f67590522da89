namespace BlynkWM.Http
{
    /// <summary>
    /// Exact-path route table. Unknown paths get 404 (or the fallback handler); a known path with a method it
    /// does not allow gets 405 with Allow; OPTIONS on a known path gets 204 with Allow. HEAD is served by the
    /// GET handler (the server drops the body).
    /// </summary>
    public sealed class HttpRouter : IHttpHandler
    {
        private static readonly byte[] AllowedHeadersValue = AsciiBytes.From("Content-Type, Authorization");

        private readonly byte[][] _paths;
        private readonly int[] _methods;
        private readonly IHttpHandler[] _handlers;
        private readonly byte[][] _allow;
        private readonly bool _corsPreflight;
        private int _count;
        private IHttpHandler _fallback;

        /// <param name="capacity">Most routes this table will hold.</param>
        /// <param name="corsPreflight">Answer OPTIONS with Access-Control-Allow-Methods/Headers too (when the server sends a CORS origin).</param>
        public HttpRouter(int capacity, bool corsPreflight)
        {
            _paths = new byte[capacity][];
            _methods = new int[capacity];
            _handlers = new IHttpHandler[capacity];
            _allow = new byte[capacity][];
            _corsPreflight = corsPreflight;
        }

        /// <summary>A table for up to <paramref name="capacity"/> routes, without CORS preflight answers.</summary>
        public HttpRouter(int capacity)
            : this(capacity, false)
        {
        }

        /// <summary>Maps a path (e.g. "/save") and a set of <see cref="HttpMethod"/> flags to a handler.</summary>
        public void Map(string path, int methods, IHttpHandler handler)
        {
            Map(AsciiBytes.From(path), methods, handler);
        }

        /// <summary>Maps an exact path (ASCII bytes, kept by reference) and a set of <see cref="HttpMethod"/> flags to a handler; GET implies HEAD.</summary>
        /// <exception cref="System.InvalidOperationException">The table already holds its capacity of routes.</exception>
        /// <exception cref="System.ArgumentException"><paramref name="path"/> does not start with '/'.</exception>
        public void Map(byte[] path, int methods, IHttpHandler handler)
        {
            if (_count == _paths.Length)
            {
                throw new System.InvalidOperationException("route table full");
            }
            if (path.Length == 0 || path[0] != (byte)'/')
            {
                throw new System.ArgumentException("path must start with '/'", nameof(path));
            }
            if ((methods & HttpMethod.Get) != 0)
            {
                methods |= HttpMethod.Head;
            }
            _paths[_count] = path;
            _methods[_count] = methods;
            _handlers[_count] = handler;
            _allow[_count] = HttpMethod.AllowValue(methods);
            _count++;
        }

        /// <summary>Handles paths no route matches, instead of a plain 404.</summary>
        public void SetFallback(IHttpHandler handler)
        {
            _fallback = handler;
        }

        /// <summary>Calls the route's handler, or answers 404 (or the fallback), 405 with Allow, or 204 with Allow for OPTIONS.</summary>
        public void Handle(HttpRequest request, HttpResponseWriter response)
        {
            int route = Find(request);
            if (route < 0)
            {
                if (_fallback != null)
                {
                    _fallback.Handle(request, response);
                    return;
                }
                WritePlain(response, HttpStatus.NotFound);
                return;
            }
            int method = request.Method;
            if (method != HttpMethod.Other && (_methods[route] & method) != 0)
            {
                _handlers[route].Handle(request, response);
                return;
            }
            if (method == HttpMethod.Options)
            {
                response.Start(HttpStatus.NoContent);
                response.Header(HttpHeaders.Allow, _allow[route]);
                if (_corsPreflight)
                {
                    response.Header(HttpHeaders.AccessControlAllowMethods, _allow[route]);
                    response.Header(HttpHeaders.AccessControlAllowHeaders, AllowedHeadersValue);
                }
                return;
            }
            response.Start(HttpStatus.MethodNotAllowed);
            response.Header(HttpHeaders.Allow, _allow[route]);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextPlain);
            response.Body(HttpStatus.PlainBody(HttpStatus.MethodNotAllowed));
        }

        /// <summary>Writes a status with its short text body; for handlers' own error answers.</summary>
        public static void WritePlain(HttpResponseWriter response, int status)
        {
            response.Start(status);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextPlain);
            response.Body(HttpStatus.PlainBody(status));
        }

        private int Find(HttpRequest request)
        {
            byte[] buffer = request.Buffer;
            ByteRange path = request.Path;
            for (int i = 0; i < _count; i++)
            {
                if (AsciiBytes.Equal(buffer, path.Offset, path.Length, _paths[i]))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
