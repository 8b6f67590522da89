using System;
using System.Linq;
using BlynkWM.Compression;
using BlynkWM.Host.Net.Memory;
using BlynkWM.Host.Time;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>
    /// What the portal does when something around it goes wrong: a Saved callback that throws, a store that throws,
    /// a page too big for the run-time compressor; and what a page render costs.
    /// </summary>
    public sealed class PortalRobustnessTests
    {
        private readonly ITestOutputHelper _output;

        public PortalRobustnessTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void A_saved_callback_that_throws_still_confirms_the_stored_and_applied_save()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            int calls = 0;
            h.Portal.Saved = () =>
            {
                calls++;
                throw new InvalidOperationException("reboot scheduler broken");
            };

            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token));

            Assert.Equal(200, r.Status);
            Assert.Contains("Saved.", r.Text);
            Assert.Equal(1, calls);
            Assert.Equal(1, h.Portal.SavedCallbackFailures);
            Assert.Equal(1, h.Portal.SaveCount);
            Assert.Equal(0, h.Server.HandlerFailures);
            Assert.Equal("Office", h.Config.PrimaryWifi.Ssid);
            var stored = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, h.Store.Load(stored));
            Assert.Equal("Office", stored.PrimaryWifi.Ssid);
        }

        [Fact]
        public void A_store_failure_says_the_config_in_use_is_unchanged_and_the_stored_copy_may_be_either()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            h.Bytes.FailWrites = true;

            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token));

            Assert.Equal(500, r.Status);
            Assert.StartsWith("text/html", r.Header("Content-Type"));
            string page = r.Text;
            Assert.Contains("settings in use are unchanged", page);
            Assert.Contains("either the previous or the new settings", page);
            Assert.DoesNotContain("nothing", page, StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith("</html>", page);
            Assert.Equal(1, h.Portal.StoreFailureCount);
            Assert.Equal(0, h.SavedCallbacks);
        }

        [Fact]
        public void A_page_over_the_compressor_limit_is_served_plain_even_to_gzip_clients()
        {
            var form = new BigPageForm(headBytes: 40_000, formBytes: 30_000);
            Assert.True(form.HeadHtml.Length + form.FormLength > DeflateCompressor.MaxEnd);
            var portal = new ConfigPortal(form, new NullStore(), new SeededRandom(5), new ManualClock(), null, "portal");
            var server = Serve(portal, out MemoryTcpListenerPort listener);

            for (int i = 0; i < 2; i++)
            {
                Response r = Get(server, listener, gzip: true);
                Assert.Equal(200, r.Status);
                Assert.Equal("", r.Header("Content-Encoding"));
                Assert.Equal(form.ExpectedPage(portal.Csrf.TokenString), r.Text);
            }

            Assert.False(portal.PageGzipAvailable);
            Assert.Equal(portal.PageBodyLength(false), portal.PageBodyLength(true));
            Assert.Equal(0, server.HandlerFailures);
            Assert.Equal(0, server.InternalFailures);
        }

        [Fact]
        public void A_page_just_under_the_compressor_limit_is_still_gzip()
        {
            var form = new BigPageForm(headBytes: 40_000, formBytes: 20_000);
            Assert.True(form.HeadHtml.Length + form.FormLength <= DeflateCompressor.MaxEnd);
            var portal = new ConfigPortal(form, new NullStore(), new SeededRandom(5), new ManualClock(), null, "portal");
            var server = Serve(portal, out MemoryTcpListenerPort listener);

            Response r = Get(server, listener, gzip: true);

            Assert.Equal(200, r.Status);
            Assert.Equal("gzip", r.Header("Content-Encoding"));
            Assert.Equal(form.ExpectedPage(portal.Csrf.TokenString), r.Text);
            Assert.True(portal.PageGzipAvailable);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void A_render_reuses_the_compressor_and_allocates_only_the_new_page(bool gzip)
        {
            // As ./bench.sh portal measures GET /: every field set and ten scanned networks.
            var h = new PortalHarness(SampleValues.DeviceA());
            h.Scanner.Publish(Enumerable.Range(0, 10).Select(i => new WifiNetworkInfo("Network-" + i, -40 - (3 * i), i % 3 != 0)).ToArray());

            long perRender = h.AllocatedBytesPerRenderedGet(gzip);

            int tails = h.Portal.PageBodyLength(false) - h.Form.AsPortal().HeadHtml.Length
                + h.Portal.PageBodyLength(true) - h.Form.AsPortal().HeadGzip.Length;
            _output.WriteLine("GET / right after an invalidation (" + (gzip ? "gzip" : "plain") + "): " + perRender
                + " B per request; the two cached tails are " + tails + " B");
            if (gzip)
            {
                _output.WriteLine("GET / after an invalidation: " + perRender + " B (./bench.sh portal prints the figure)");
            }

            // The compressor alone is about 14 KB: a render that made a new one would allocate far more than this.
            Assert.True(perRender <= tails + 2048, perRender + " B per rendered GET");
        }

        private static HttpServer Serve(ConfigPortal portal, out MemoryTcpListenerPort listener)
        {
            var options = new HttpServerOptions();
            portal.ConfigureServer(options);
            listener = new MemoryTcpListenerPort();
            return new HttpServer(listener, new ManualClock(), portal.Handler, options);
        }

        private static Response Get(HttpServer server, MemoryTcpListenerPort listener, bool gzip)
        {
            var c = new MemoryTcpConnection(1 << 16);
            listener.Connect(c);
            c.ClientWrite(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: portal\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "Connection: close\r\n\r\n"));
            for (int i = 0; i < 200 && !c.ServerShutdownSend; i++)
            {
                server.Poll();
            }

            return Response.Parse(c.Output);
        }

        /// <summary>A hand-written form whose head and form part have chosen sizes; it edits nothing.</summary>
        private sealed class BigPageForm : IPortalForm
        {
            private readonly byte[] _head;
            private readonly byte[] _headGzip;
            private readonly byte[] _formText;
            private readonly EscapingConfig _scratch = new EscapingConfig();

            public BigPageForm(int headBytes, int formBytes)
            {
                const string start = "<!DOCTYPE html><html><head><title>big</title><!--";
                const string end = "--></head><body><main>";
                _head = Encoding.ASCII.GetBytes(start + Filler(headBytes - start.Length - end.Length, 1) + end);
                _formText = Encoding.ASCII.GetBytes("<form><p>" + Filler(formBytes - 9, 2));
                var compressor = new DeflateCompressor(15, 15, 64, 16384);
                byte[] output = new byte[Gzip.HeaderLength + compressor.MaxCompressedLength(_head.Length)];
                int p = Gzip.WriteHeader(output, 0);
                p = compressor.Compress(_head, 0, 0, _head.Length, false, output, p);
                _headGzip = output.AsSpan(0, p).ToArray();
            }

            /// <summary>Bytes WriteForm writes: the text, the token and the closing tags.</summary>
            public int FormLength => _formText.Length + CsrfGuard.TokenLength + Close.Length;

            private static string Close => "</p></form></main></body></html>";

            public byte[] HeadHtml => _head;

            public byte[] HeadGzip => _headGzip;

            public uint HeadCrc => Crc32.Compute(_head, 0, _head.Length);

            public byte[] SavedHtml => _head;

            public byte[] SavedGzip => _headGzip;

            public string CorsOrigin => "";

            public int FieldCount => 1;

            public int MaxKeyBytes => 8;

            public int MaxValueBytes => 8;

            public int MaxBodyBytes => 64;

            public IStoredConfig Scratch => _scratch;

            public string ExpectedPage(string token) => Encoding.ASCII.GetString(_head) + Encoding.ASCII.GetString(_formText) + token + Close;

            public void BeginEdit()
            {
            }

            public bool Accept(UrlEncodedFormReader reader, PortalFormState state) => false;

            public void FinishEdit(PortalFormState state)
            {
            }

            public void CommitEdit()
            {
            }

            public void WriteForm(HtmlWriter writer, PortalFormState state)
            {
                writer.Raw(_formText);
                writer.Raw(state.Token);
                writer.Raw(Encoding.ASCII.GetBytes(Close));
            }

            /// <summary>Text that does not compress to nothing (pseudo-random letters), so sizes stay meaningful.</summary>
            private static string Filler(int length, int seed)
            {
                var random = new Random(seed);
                var sb = new StringBuilder(length);
                for (int i = 0; i < length; i++)
                {
                    sb.Append((char)('a' + random.Next(26)));
                }

                return sb.ToString();
            }
        }
    }
}
