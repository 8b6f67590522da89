using BlynkWM.Portal;

namespace BlynkWM.Fuzz
{
    /// <summary>Deterministic "random" bytes, so the CSRF token, and so every fuzz run, is reproducible.</summary>
    public sealed class SeededRandomSource : IRandomSource
    {
        private readonly Random _random;

        public SeededRandomSource(int seed) => _random = new Random(seed);

        public void NextBytes(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
    }

    /// <summary>
    /// The portal's route set as the fuzzer drives it: captive layer, router, a CSRF-protected form route that
    /// reads every field, and an echo route. Records, per dispatched request, whether it was HEAD, so the
    /// response checker knows which answers carry no body.
    /// </summary>
    public sealed class PortalApp : IHttpHandler
    {
        public const string Host = "portal.test";

        private static readonly byte[] Page = AsciiBytes.From("<!doctype html><title>portal</title><form method=post action=/save>");

        // An application's handlers make their own header constants: the runtime's are internal.
        private static readonly byte[] ContentType = AsciiBytes.From("Content-Type");
        private static readonly byte[] TextHtml = AsciiBytes.From("text/html; charset=utf-8");
        private static readonly byte[] TextPlain = AsciiBytes.From("text/plain; charset=utf-8");

        private readonly byte[] _token;

        private readonly IHttpHandler _root;
        private readonly UrlEncodedFormReader _reader = new UrlEncodedFormReader(32, 128);

        public PortalApp(CsrfGuard guard)
            : this(guard, Host)
        {
        }

        /// <param name="portalHost">The Host the portal answers to, e.g. "127.0.0.1:54321".</param>
        public PortalApp(CsrfGuard guard, string portalHost)
        {
            Guard = guard;
            _token = AsciiBytes.From(guard.TokenString);
            var router = new HttpRouter(8);
            router.Map("/", HttpMethod.Get, new Delegating((req, res) =>
            {
                res.Start(HttpStatus.Ok);
                res.Header(ContentType, TextHtml);
                res.Body(Page);
                res.Body(_token);
            }));
            router.Map("/save", HttpMethod.Post, new CsrfProtectedHandler(guard, new Delegating(Save)));
            router.Map("/echo", HttpMethod.Post | HttpMethod.Put, new Delegating((req, res) =>
            {
                res.Start(HttpStatus.Ok);
                res.Header(ContentType, TextPlain);
                res.BodyCopy(req.Buffer, req.Body.Offset, req.Body.Length);
            }));
            Router = router;
            Captive = new CaptivePortalHandler(portalHost, router);
            _root = Captive;
        }

        public CsrfGuard Guard { get; }

        public HttpRouter Router { get; }

        public CaptivePortalHandler Captive { get; }

        public Queue<bool> HeadRequests { get; } = new Queue<bool>();

        public int FormsSaved { get; private set; }

        public void Handle(HttpRequest request, HttpResponseWriter response)
        {
            HeadRequests.Enqueue(request.Method == HttpMethod.Head);
            _root.Handle(request, response);
        }

        private void Save(HttpRequest request, HttpResponseWriter response)
        {
            _reader.Reset(request, request.Body);
            int bad = 0;
            while (_reader.MoveNext())
            {
                if (_reader.Error != FormFieldError.None)
                {
                    bad++;
                }
            }
            if (bad > 0)
            {
                HttpRouter.WritePlain(response, HttpStatus.BadRequest);
                return;
            }
            FormsSaved++;
            response.Start(HttpStatus.Ok);
            response.Header(ContentType, TextPlain);
            response.BodyText("saved");
        }

        /// <summary>Adapts a lambda to <see cref="IHttpHandler"/>.</summary>
        public sealed class Delegating : IHttpHandler
        {
            private readonly Action<HttpRequest, HttpResponseWriter> _action;

            public Delegating(Action<HttpRequest, HttpResponseWriter> action) => _action = action;

            public void Handle(HttpRequest request, HttpResponseWriter response) => _action(request, response);
        }
    }
}
