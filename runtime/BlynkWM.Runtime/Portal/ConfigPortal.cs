using BlynkWM.Compression;
using BlynkWM.Http;
using BlynkWM.Ports;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Portal
{
    /// <summary>
    /// The config portal of one generated form, as HTTP routes behind the captive-portal layer:
    /// <c>GET /</c> the page (gzip when accepted), <c>POST /save</c> the whole form in one request, <c>GET /scan</c>
    /// the networks in range as JSON. The page is rendered and compressed once and served from the cache until the
    /// config, the scan list or the token changes, so a GET copies nothing and allocates nothing here.
    /// <code>
    /// var portal = new ConfigPortal(new DeviceConfig.PortalForm(config), store, random, clock, scanner, "192.168.4.1");
    /// portal.Saved = OnSaved;               // e.g. schedule a restart once the answer is out
    /// var options = new HttpServerOptions();
    /// portal.ConfigureServer(options);
    /// var server = new HttpServer(listener, clock, portal.Handler, options);
    /// </code>
    /// </summary>
    public sealed partial class ConfigPortal
    {
        /// <summary>The form field of the "Save anyway" box: <c>_anyway=1</c> stores a valid post without testing it.</summary>
        public const string AnywayKey = "_anyway";

        /// <summary>Networks listed in the page and in /scan.</summary>
        public const int MaxNetworks = 16;

        private const int RouteCapacity = 16;

        private static readonly byte[] RootPath = AsciiBytes.From("/");
        private static readonly byte[] SavePath = AsciiBytes.From("/save");
        private static readonly byte[] ScanPath = AsciiBytes.From("/scan");
        private static readonly byte[] StatusPath = AsciiBytes.From("/status");
        private static readonly byte[] TestPath = AsciiBytes.From("/test");
        private static readonly byte[] AnywayKeyBytes = AsciiBytes.From(AnywayKey);
        private static readonly byte[] AnywayValue = AsciiBytes.From("1");

        // After the page head (which opens <main>): why the save failed, and what state the device is in. A
        // power-loss-safe store leaves either the old or the new copy loadable, so both are possible after a reboot.
        private static readonly byte[] StoreFailedTail = HtmlWriter.Utf8(
            PortalFormState.MessageStyle + "<p class=b role=alert>Saving failed: the device could not write its storage.</p>"
            + "<p>The settings in use are unchanged. The stored copy holds either the previous or the new settings, "
            + "so after a restart the device may use either. Please try saving again.</p>"
            + "<p><a href=/>Back to the form</a></p></main></body></html>");

        // After the page head: a save whose values equal the stored ones writes nothing (no flash wear, no restart).
        private static readonly byte[] UnchangedTail = HtmlWriter.Utf8(
            PortalFormState.MessageStyle + "<p class=b role=status>Nothing changed: the device already stores these settings, so nothing was written "
            + "and it keeps waiting here.</p><p><a href=/>Back to the form</a></p></main></body></html>");

        private readonly IPortalForm _form;
        private readonly IConfigStore _store;
        private readonly IClock _clock;
        private readonly IWifiScanner _scanner;
        private readonly CsrfGuard _csrf;
        private readonly PortalFormState _state;
        private readonly UrlEncodedFormReader _reader;
        private readonly WifiNetworkList _networks = new WifiNetworkList(MaxNetworks);
        private readonly HtmlWriter _writer;
        private readonly HttpRouter _router;
        private readonly CaptivePortalHandler _captive;
        private byte[] _gzipScratch = new byte[0];

        // Kept once made (14 KB of working memory): allocating it per render would churn a device's small heap
        // every time the page changes. Made on the first render, so a portal that is never opened never pays.
        private DeflateCompressor _compressor;

        private bool _cacheValid;
        private bool _gzipAvailable;
        private uint _cachedSequence;
        private int _cachedNetworksVersion;
        private byte[] _cachedToken;
        private byte[] _plainTail = new byte[0];
        private byte[] _gzipTail = new byte[0];

        private WifiNetworkInfo[] _consumedScan;
        private bool _scanStarted;
        private long _lastScanStart;
        private int _saves;
        private int _unchanged;
        private byte[] _storedRecord = new byte[0];
        private byte[] _editedRecord = new byte[0];
        private int _rejected;
        private int _storeFailures;
        private int _savedCallbackFailures;
        private readonly SaveStatus _status = new SaveStatus();
        private IConfigTester _tester;
        private bool _testing;
        private int _tests;
        private int _failedTests;
        private HtmlWriter _statusWriter;
        private string _cachedNotice;

        /// <param name="form">The generated <c>PortalForm</c> of the config class, holding the live config.</param>
        /// <param name="store">Where a save goes (power-loss safe); its sequence number tells when the config changed.</param>
        /// <param name="random">For the per-boot CSRF token (hardware RNG on the device).</param>
        /// <param name="clock">Paces rescans.</param>
        /// <param name="scanner">The radio's scan, or null for no scan list (manual SSID entry only).</param>
        /// <param name="portalHost">The portal's host as clients use it: "192.168.4.1", or "127.0.0.1:8080" on a host.</param>
        public ConfigPortal(IPortalForm form, IConfigStore store, IRandomSource random, IClock clock, IWifiScanner scanner, string portalHost)
        {
            _form = form;
            _store = store;
            _clock = clock;
            _scanner = scanner;
            _csrf = new CsrfGuard(random);
            _state = new PortalFormState(form.FieldCount);
            int valueBytes = form.MaxValueBytes > CsrfGuard.TokenLength ? form.MaxValueBytes : CsrfGuard.TokenLength;
            _reader = new UrlEncodedFormReader(form.MaxKeyBytes + 1, valueBytes + 1);
            _writer = new HtmlWriter(form.HeadHtml.Length + 4096);
            _cachedToken = _csrf.Token;
            _router = new HttpRouter(RouteCapacity);
            _router.Map(RootPath, HttpMethod.Get, new Route(this, Route.Page));
            _router.Map(SavePath, HttpMethod.Post, new Route(this, Route.Save));
            _router.Map(ScanPath, HttpMethod.Get, new Route(this, Route.Scan));
            _router.Map(StatusPath, HttpMethod.Get, new Route(this, Route.Status));
            _router.Map(TestPath, HttpMethod.Get, new Route(this, Route.Test));
            _captive = new CaptivePortalHandler(portalHost, _router);
        }

        /// <summary>Give this to the <see cref="HttpServer"/>: probes and foreign hosts are redirected, the rest routed.</summary>
        public IHttpHandler Handler
        {
            get { return _captive; }
        }

        /// <summary>The route table, for an application's own extra routes (16 fit, 5 are the portal's, 5 Edgent's when attached).</summary>
        public HttpRouter Router
        {
            get { return _router; }
        }

        /// <summary>The captive layer in front of the router (probe URLs, foreign hosts, RFC 8908); add host aliases to it.</summary>
        public CaptivePortalHandler Captive
        {
            get { return _captive; }
        }

        /// <summary>The CSRF token and Origin/Referer check every form post passes.</summary>
        public CsrfGuard Csrf
        {
            get { return _csrf; }
        }

        /// <summary>The generated form this portal renders and fills.</summary>
        public IPortalForm Form
        {
            get { return _form; }
        }

        /// <summary>The scan list as last shown.</summary>
        public WifiNetworkList Networks
        {
            get { return _networks; }
        }

        /// <summary>
        /// Called after a save was stored and applied, while its confirmation page is still queued: restart after the
        /// server has had a moment (a second or so of polling) to send it. Should not throw: if it does, the exception
        /// is swallowed (counted in <see cref="SavedCallbackFailures"/>) and the user still gets the confirmation,
        /// because the save itself succeeded.
        /// </summary>
        public System.Action Saved { get; set; }

        /// <summary>Least time between two scans started by page or /scan requests, in milliseconds.</summary>
        public int RescanIntervalMilliseconds { get; set; } = 10000;

        /// <summary>Successful saves since start.</summary>
        public int SaveCount
        {
            get { return _saves; }
        }

        /// <summary>Valid posts that changed nothing (answered without writing) since start.</summary>
        public int UnchangedCount
        {
            get { return _unchanged; }
        }

        /// <summary>Posts refused with 400 (invalid fields) since start.</summary>
        public int RejectedCount
        {
            get { return _rejected; }
        }

        /// <summary>
        /// Saves the store threw on (answered 500): the config in use is unchanged; the stored copy is the old or the
        /// new one, as a power-loss-safe store guarantees.
        /// </summary>
        public int StoreFailureCount
        {
            get { return _storeFailures; }
        }

        /// <summary>Times the <see cref="Saved"/> callback threw (after a successful save, which was still confirmed).</summary>
        public int SavedCallbackFailures
        {
            get { return _savedCallbackFailures; }
        }

        /// <summary>
        /// False when the page is too big for the run-time compressor (head and form together over
        /// <see cref="DeflateCompressor.MaxEnd"/> bytes): it is then served uncompressed to every client.
        /// </summary>
        public bool PageGzipAvailable
        {
            get
            {
                EnsurePage();
                return _gzipAvailable;
            }
        }

        /// <summary>
        /// Fits server options to this form: a body limit that holds a complete post, and the CORS origin from
        /// [BlynkConfig(CorsOrigin = ...)] unless one is set already.
        /// </summary>
        public void ConfigureServer(HttpServerOptions options)
        {
            if (options.MaxBodyBytes < _form.MaxBodyBytes)
            {
                options.MaxBodyBytes = _form.MaxBodyBytes;
            }

            if (options.CorsAllowOrigin == null && _form.CorsOrigin.Length > 0)
            {
                options.CorsAllowOrigin = _form.CorsOrigin;
            }
        }

        /// <summary>Call after changing the live config outside the portal, so the next page shows it.</summary>
        public void Invalidate()
        {
            _cacheValid = false;
        }

        /// <summary>Body bytes of <c>GET /</c> as served now (gzip: header, blocks and trailer), rendering first if needed.</summary>
        public int PageBodyLength(bool gzip)
        {
            EnsurePage();
            return gzip && _gzipAvailable ? _form.HeadGzip.Length + _gzipTail.Length : _form.HeadHtml.Length + _plainTail.Length;
        }

        private void HandlePage(HttpRequest request, HttpResponseWriter response)
        {
            EnsurePage();
            StartHtml(response, HttpStatus.Ok);
            if (request.AcceptsGzip && _gzipAvailable)
            {
                response.Header(HttpHeaders.ContentEncoding, HttpHeaderValues.Gzip);
                response.Body(_form.HeadGzip);
                response.Body(_gzipTail);
            }
            else
            {
                response.Body(_form.HeadHtml);
                response.Body(_plainTail);
            }
        }

        private void HandleScan(HttpRequest request, HttpResponseWriter response)
        {
            RequestScan(true);
            RefreshNetworks();
            response.Start(HttpStatus.Ok);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.Json);
            response.Header(HttpHeaders.CacheControl, HttpHeaderValues.NoStore);
            response.Body(_networks.Json);
        }

        private void HandleSave(HttpRequest request, HttpResponseWriter response)
        {
            if (!request.IsFormUrlEncoded)
            {
                HttpRouter.WritePlain(response, HttpStatus.UnsupportedMediaType);
                return;
            }

            // Origin and exactly one valid token first (one pass), so a forged post never touches the scratch copy.
            if (!_csrf.VerifyForm(request, _reader))
            {
                CsrfGuard.WriteForbidden(response);
                return;
            }

            // The scratch copy holds the candidate under test: a second save must not overwrite it.
            if (_testing)
            {
                WriteTestPage(response, HttpStatus.Conflict);
                return;
            }

            _reader.Reset(request, request.Body);
            switch (Apply(false))
            {
                case SubmitInvalid:
                    WriteErrorPage(response);
                    return;
                case SubmitUnchanged:
                    StartHtml(response, HttpStatus.Ok);
                    response.Body(_form.HeadHtml);
                    response.Body(UnchangedTail);
                    return;
                case SubmitTesting:
                    WriteTestPage(response, HttpStatus.Ok);
                    return;
                case SubmitStoreFailed:
                    StartHtml(response, HttpStatus.InternalServerError);
                    response.Body(_form.HeadHtml);
                    response.Body(StoreFailedTail);
                    return;
            }

            StartHtml(response, HttpStatus.Ok);
            if (request.AcceptsGzip)
            {
                response.Header(HttpHeaders.ContentEncoding, HttpHeaderValues.Gzip);
                response.Body(_form.SavedGzip);
            }
            else
            {
                response.Body(_form.SavedHtml);
            }

            RaiseSaved();
        }

        /// <summary>Stores the scratch copy and applies it; false (nothing applied, status Failed) when the store threw.</summary>
        private bool Store()
        {
            try
            {
                _store.Save(_form.Scratch);
            }
            catch (System.Exception)
            {
                // The live config was never touched. What is stored is not known: a power-loss-safe store keeps the
                // previous copy or the new one loadable, depending on how far the save got.
                _storeFailures++;
                _status.Fail(SaveStatus.StoreFailed, "The device could not write its storage. The settings in use are unchanged; please try saving again.");
                return false;
            }

            _form.CommitEdit();
            _cacheValid = false;
            _saves++;
            _status.Message = _status.Message.Length == 0 || _status.Phase != SavePhase.Testing ? "Saved." : "Saved. " + _status.Message;
            _status.Phase = SavePhase.Committed;
            _status.Step = SaveStep.Done;
            _status.Failure = "";

            return true;
        }

        private void RaiseSaved()
        {
            System.Action saved = Saved;
            if (saved != null)
            {
                try
                {
                    saved();
                }
                catch (System.Exception)
                {
                    // The config is stored and applied: the user must see the confirmation, not a 500.
                    _savedCallbackFailures++;
                }
            }
        }

        /// <summary>
        /// Loads the stored config into the scratch copy (BeginEdit overwrites it next) and writes it as a record into
        /// a buffer; -1 when nothing is stored or it cannot be read (the save then goes ahead).
        /// </summary>
        private int StoredRecordLength()
        {
            IStoredConfig scratch = _form.Scratch;
            try
            {
                if (_store.Load(scratch) != ConfigReadStatus.Ok)
                {
                    return -1;
                }

                if (_storedRecord.Length < scratch.MaxRecordSize)
                {
                    _storedRecord = new byte[scratch.MaxRecordSize];
                    _editedRecord = new byte[scratch.MaxRecordSize];
                }

                return scratch.Write(_storedRecord, 0, 0);
            }
            catch (System.Exception)
            {
                return -1;
            }
        }

        /// <summary>True when the edited scratch copy writes the same record (same sequence number) as the stored one.</summary>
        private bool EditedEqualsStored(int storedLength)
        {
            int length = _form.Scratch.Write(_editedRecord, 0, 0);
            if (length != storedLength)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_editedRecord[i] != _storedRecord[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void WriteErrorPage(HttpResponseWriter response)
        {
            RefreshNetworks();
            _writer.Length = 0;
            _writer.Raw(_form.HeadHtml);
            PrepareState(true);
            _form.WriteForm(_writer, _state);

            // Its own array: an error page is rare, and a buffer reused by the next request could change under the send.
            int head = _form.HeadHtml.Length;
            byte[] form = new byte[_writer.Length - head];
            System.Array.Copy(_writer.Buffer, head, form, 0, form.Length);
            StartHtml(response, HttpStatus.BadRequest);
            response.Body(_form.HeadHtml);
            response.Body(form);
        }

        private static void StartHtml(HttpResponseWriter response, int status)
        {
            response.Start(status);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.TextHtml);
            response.Header(HttpHeaders.CacheControl, HttpHeaderValues.NoStore);
            response.Header(HttpHeaders.Vary, HttpHeaderValues.AcceptEncoding);
            response.Header(HttpHeaders.XFrameOptions, HttpHeaderValues.Deny);
        }

        /// <summary>One of the portal's routes, dispatched back to it (no delegates with arguments on nanoFramework).</summary>
        private sealed class Route : IHttpHandler
        {
            public const int Page = 0;
            public const int Save = 1;
            public const int Scan = 2;
            public const int Status = 3;
            public const int Test = 4;

            private readonly ConfigPortal _portal;
            private readonly int _route;

            public Route(ConfigPortal portal, int route)
            {
                _portal = portal;
                _route = route;
            }

            public void Handle(HttpRequest request, HttpResponseWriter response)
            {
                if (_route == Page)
                {
                    _portal.HandlePage(request, response);
                }
                else if (_route == Save)
                {
                    _portal.HandleSave(request, response);
                }
                else if (_route == Status)
                {
                    _portal.HandleStatus(request, response);
                }
                else if (_route == Test)
                {
                    _portal.WriteTestPage(response, HttpStatus.Ok);
                }
                else
                {
                    _portal.HandleScan(request, response);
                }
            }
        }
    }
}
