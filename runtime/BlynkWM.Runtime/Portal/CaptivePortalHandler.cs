using BlynkWM.Http;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Makes phones open the portal by themselves: OS connectivity probes and any request for a foreign Host are
    /// redirected to the portal root, and RFC 8908's captive-portal API says "captive". Everything addressed to
    /// the portal itself goes to the inner handler. The Host check also stops DNS-rebinding pages from reaching
    /// the portal under their own name.
    /// </summary>
    public sealed class CaptivePortalHandler : IHttpHandler
    {
        private const int MaxHosts = 4;

        /// <summary>Probe paths of Android, ChromeOS, Apple, Windows, Firefox and some Linux network managers.</summary>
        private static readonly byte[][] ProbePaths =
        {
            AsciiBytes.From("/generate_204"),
            AsciiBytes.From("/gen_204"),
            AsciiBytes.From("/hotspot-detect.html"),
            AsciiBytes.From("/library/test/success.html"),
            AsciiBytes.From("/connecttest.txt"),
            AsciiBytes.From("/ncsi.txt"),
            AsciiBytes.From("/redirect"),
            AsciiBytes.From("/canonical.html"),
            AsciiBytes.From("/success.txt"),
        };

        private static readonly byte[] CaptiveApiPath = AsciiBytes.From("/.well-known/captive-portal");
        private static readonly byte[] CaptiveApiAllow = AsciiBytes.From("GET, HEAD");

        private readonly IHttpHandler _inner;
        private readonly byte[] _rootUrl;
        private readonly byte[] _captiveJson;
        private readonly byte[][] _hosts = new byte[MaxHosts][];
        private int _hostCount;

        /// <param name="portalHost">The portal's host as clients use it, e.g. "192.168.4.1" or "127.0.0.1:8080".</param>
        /// <param name="inner">Serves requests addressed to the portal.</param>
        public CaptivePortalHandler(string portalHost, IHttpHandler inner)
        {
            _inner = inner;
            byte[] host = AsciiBytes.From(portalHost.ToLower());
            _rootUrl = AsciiBytes.From("http://" + portalHost + "/");
            _captiveJson = AsciiBytes.From("{\"captive\":true,\"user-portal-url\":\"http://" + portalHost + "/\"}");
            _hosts[_hostCount++] = host;
        }

        /// <summary>The portal root URL, "http://host/", used as the redirect target (a copy: allocates).</summary>
        public string RootUrl
        {
            get { return AsciiBytes.GetString(_rootUrl, 0, _rootUrl.Length); }
        }

        /// <summary>Another name the portal answers to without redirecting (e.g. a friendly DNS name).</summary>
        public void AddHostAlias(string host)
        {
            if (_hostCount == MaxHosts)
            {
                throw new System.InvalidOperationException("too many host aliases");
            }
            _hosts[_hostCount++] = AsciiBytes.From(host.ToLower());
        }

        /// <summary>Redirects an OS probe or a request for a foreign host to the portal, answers the RFC 8908 API, and hands everything else to the inner handler.</summary>
        public void Handle(HttpRequest request, HttpResponseWriter response)
        {
            if (request.PathEquals(CaptiveApiPath))
            {
                WriteCaptiveApi(request, response);
                return;
            }
            for (int i = 0; i < ProbePaths.Length; i++)
            {
                if (request.PathEquals(ProbePaths[i]))
                {
                    WriteRedirect(response);
                    return;
                }
            }
            if (!IsPortalHost(request))
            {
                WriteRedirect(response);
                return;
            }
            _inner.Handle(request, response);
        }

        /// <summary>
        /// True when Host names the portal (or an alias), with or without ":80". A request without Host
        /// (HTTP/1.0) counts as addressed to the portal, since redirecting it could only loop.
        /// </summary>
        public bool IsPortalHost(HttpRequest request)
        {
            ByteRange host = request.Host;
            if (!host.IsPresent)
            {
                return true;
            }
            byte[] b = request.Buffer;
            for (int i = 0; i < _hostCount; i++)
            {
                byte[] h = _hosts[i];
                if (HttpSyntax.HostEquals(b, host.Offset, host.Length, h, 0, h.Length))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>302 to the portal root; not cacheable, so the probe is asked again once the portal is done.</summary>
        public void WriteRedirect(HttpResponseWriter response)
        {
            response.Start(HttpStatus.Found);
            response.Header(HttpHeaders.Location, _rootUrl);
            response.Header(HttpHeaders.CacheControl, HttpHeaderValues.NoStore);
        }

        private void WriteCaptiveApi(HttpRequest request, HttpResponseWriter response)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
            {
                response.Start(HttpStatus.MethodNotAllowed);
                response.Header(HttpHeaders.Allow, CaptiveApiAllow);
                return;
            }
            response.Start(HttpStatus.Ok);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.CaptiveJson);
            response.Header(HttpHeaders.CacheControl, HttpHeaderValues.NoStore);
            response.Body(_captiveJson);
        }
    }
}
