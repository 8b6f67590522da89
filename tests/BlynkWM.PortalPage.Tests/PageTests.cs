using System;
using System.Linq;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>GET /: the page as plain and as gzip, its values, its secrets (absent), caching and size on the wire.</summary>
    public sealed class PageTests
    {
        private readonly ITestOutputHelper _output;

        public PageTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Gzip_and_plain_decode_to_the_same_page_with_current_values_and_no_secret()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            Response gzip = h.Get(gzip: true);
            Response plain = h.Get(gzip: false);

            Assert.Equal(200, gzip.Status);
            Assert.Equal("gzip", gzip.Header("Content-Encoding"));
            Assert.Equal("", plain.Header("Content-Encoding"));
            Assert.Equal(plain.Text, gzip.Text);
            string page = plain.Text;
            Assert.StartsWith("<!DOCTYPE html>", page);
            Assert.EndsWith("</html>", page);
            foreach (string value in new[] { "HomeNet", "Café-Gäste 5G", "blynk.cloud", "443", "192.168.2.110", "8080", "greenhouse-01", "mqtt.example.org", "8883" })
            {
                Assert.Contains("value=\"" + value + "\"", page);
            }

            DeviceConfig a = SampleValues.DeviceA();
            foreach (string secret in new[] { a.PrimaryWifi.Password, a.BackupWifi.Password, a.PrimaryBlynk.Token, a.BackupBlynk.Token, a.MqttPassword })
            {
                Assert.DoesNotContain(secret, page);
                Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(secret), page);
            }

            Assert.Contains("name=mqtt_tls value=1 checked>", page);
            Assert.Contains("name=_csrf value=" + h.Token + ">", page);
        }

        [Fact]
        public void Page_headers_are_right_for_both_encodings()
        {
            var h = new PortalHarness();
            foreach (bool gzip in new[] { true, false })
            {
                Response r = h.Get(gzip: gzip);
                Assert.Equal("text/html; charset=utf-8", r.Header("Content-Type"));
                Assert.Equal("no-store", r.Header("Cache-Control"));
                Assert.Equal("Accept-Encoding", r.Header("Vary"));
                Assert.Equal("DENY", r.Header("X-Frame-Options"));
                Assert.Equal(gzip ? "gzip" : "", r.Header("Content-Encoding"));
            }
        }

        [Fact]
        public void The_gzip_body_starts_with_the_precompressed_head_and_its_crc_checks_out()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            IPortalForm form = h.Form;
            Response r = h.Get(gzip: true);

            Assert.Equal(form.HeadGzip, r.Body.Take(form.HeadGzip.Length).ToArray());
            // GZipStream verifies the trailer's CRC-32 and length; a wrong continuation of the head's CRC throws.
            Assert.StartsWith(System.Text.Encoding.UTF8.GetString(form.HeadHtml), r.Text);
            Assert.Equal(BlynkWM.Storage.Crc32.Compute(form.HeadHtml, 0, form.HeadHtml.Length), form.HeadCrc);
        }

        [Fact]
        public void Empty_config_page_has_defaults_and_required_markers()
        {
            var h = new PortalHarness();
            string page = h.Get().Text;

            Assert.Contains("<label>SSID *<input name=wifi1_ssid maxlength=32 required list=_ssids value=\"\"></label>", page);
            Assert.Contains("name=blynk1_port type=number min=1 max=65535 required value=\"80\"", page);
            Assert.Contains("name=mqtt_server maxlength=40 value=\"broker.local\"", page);
            // The required token has nothing stored: the browser must ask for it.
            Assert.Contains("name=blynk1_token type=password maxlength=34 pattern=[\\w\\-]{32} required></label>", page);
            Assert.DoesNotContain("unchanged if empty", page);
            Assert.DoesNotContain("<p class=e", page);
        }

        [Fact]
        public void A_stored_secret_shows_only_that_one_is_stored()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string page = h.Get().Text;

            Assert.Contains("name=wifi1_pw type=password maxlength=64 minlength=8 placeholder=\"unchanged if empty\"></label>", page);
            Assert.Contains("name=\"_clear.wifi1_pw\"", page);
            // A required secret can be kept but not forgotten.
            Assert.DoesNotContain("_clear.blynk1_token", page);
        }

        [Fact]
        public void Scan_results_fill_the_datalist_and_a_new_scan_rerenders()
        {
            var h = new PortalHarness();
            string before = h.Get().Text;
            Assert.Contains("<datalist id=_ssids></datalist>", before);
            Assert.Equal(1, h.Scanner.StartCount);

            h.Scanner.Publish(new WifiNetworkInfo("Attic", -70, true), new WifiNetworkInfo("<Lab & \"Co\">", -40, false));
            string after = h.Get().Text;

            Assert.Contains("<datalist id=_ssids><option value=\"&lt;Lab &amp; &quot;Co&quot;&gt;\">▂▄▆█<option value=\"Attic\">▂▄ 🔒</datalist>", after);
        }

        [Fact]
        public void The_page_is_cached_until_something_changes()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            h.Get();
            int first = h.Portal.PageBodyLength(true);
            byte[] body1 = h.Get().Body;
            byte[] body2 = h.Get().Body;
            Assert.Equal(body1, body2);

            h.Config.BoardName = "renamed";
            Assert.DoesNotContain("renamed", h.Get().Text);
            h.Portal.Invalidate();
            Assert.Contains("value=\"renamed\"", h.Get().Text);
            Assert.NotEqual(0, first);
        }

        [Fact]
        public void Wire_size_of_get_with_gzip_is_at_most_2_kilobytes_for_the_sample_config()
        {
            // The sample as a user fills it (every field set), with a scan list of ten networks.
            var h = new PortalHarness(SampleValues.DeviceA());
            h.Scanner.Publish(Enumerable.Range(0, 10).Select(i => new WifiNetworkInfo("Network-" + i, -40 - (3 * i), i % 3 != 0)).ToArray());
            h.Get();
            int wire = PortalWireMeter.MeasurePageGet(h.Portal.Handler, PortalHarness.Host, true, h.Options, h.Clock);
            int plain = PortalWireMeter.MeasurePageGet(h.Portal.Handler, PortalHarness.Host, false, h.Options, h.Clock);
            Response direct = h.Get();

            _output.WriteLine("GET / gzip on the wire: " + wire + " bytes (./bench.sh portal prints the figure)");
            _output.WriteLine("GET / plain: " + plain + " bytes on the wire; gzip body " + h.Portal.PageBodyLength(true) + ", plain body " + h.Portal.PageBodyLength(false)
                + ", head " + h.Form.AsPortal().HeadHtml.Length + " -> " + h.Form.AsPortal().HeadGzip.Length);
            Assert.Equal(direct.WireBytes, wire);
            Assert.True(wire <= 2048, "GET / with gzip is " + wire + " bytes on the wire");
            Assert.True(plain > 2 * wire, "gzip should at least halve the page: " + plain + " vs " + wire);
        }

        [Fact]
        public void Foreign_hosts_and_probes_are_redirected_to_the_portal()
        {
            var h = new PortalHarness();
            Response probe = h.Get("/generate_204", host: "connectivitycheck.gstatic.com");
            Response foreign = h.Get("/", host: "example.com");

            Assert.Equal(302, probe.Status);
            Assert.Equal("http://192.168.4.1/", probe.Header("Location"));
            Assert.Equal(302, foreign.Status);
        }

        [Fact]
        public void Head_request_gets_headers_without_a_body()
        {
            var h = new PortalHarness();
            Response r = h.Send("HEAD / HTTP/1.1\r\nHost: 192.168.4.1\r\nAccept-Encoding: gzip\r\n\r\n");

            Assert.Equal(200, r.Status);
            Assert.Equal("gzip", r.Header("Content-Encoding"));
            Assert.Empty(r.Body);
            Assert.Equal(h.Portal.PageBodyLength(true).ToString(), r.Header("Content-Length"));
        }

        [Fact]
        public void Cors_header_comes_from_the_attribute_only_when_set()
        {
            var withCors = new EscapingConfig.PortalForm(new EscapingConfig());
            var options = new BlynkWM.Http.HttpServerOptions();
            new ConfigPortal(withCors, new NullStore(), new SeededRandom(1), new BlynkWM.Host.Time.ManualClock(), null, "portal").ConfigureServer(options);
            Assert.Equal("*", options.CorsAllowOrigin);

            var h = new PortalHarness();
            Assert.Null(h.Options.CorsAllowOrigin);
            Assert.Equal("", h.Get().Header("Access-Control-Allow-Origin"));
        }

        [Fact]
        public void Page_works_without_script_a_plain_form_posts_everything()
        {
            string page = new PortalHarness().Get().Text;
            Assert.Matches(new Regex("<form method=post action=/save>"), page);
            Assert.Contains("<button>Save</button>", page);
            Assert.DoesNotContain("src=", page);
            // The one link is the empty inline icon, so that browsers do not ask for /favicon.ico.
            Assert.Single(Regex.Matches(page, "href="));
            Assert.Contains("<link rel=icon href=data:,>", page);
            Assert.Contains("<meta name=viewport", page);
        }
    }

    internal static class PortalFormExtensions
    {
        public static IPortalForm AsPortal(this IPortalForm form) => form;
    }
}

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>The build-time gzip parts of every generated form in this build decode to their plain twins.</summary>
    public sealed class StaticPartsTests
    {
        public static TheoryData<string> Forms => new() { "device", "greenhouse", "spiffs", "escaping" };

        private static IPortalForm Form(string name) => name switch
        {
            "device" => new DeviceConfig.PortalForm(new DeviceConfig()),
            "greenhouse" => new GreenhouseConfig.PortalForm(new GreenhouseConfig()),
            "spiffs" => new SpiffsConfig.PortalForm(new SpiffsConfig()),
            _ => new EscapingConfig.PortalForm(new EscapingConfig()),
        };

        [Theory]
        [MemberData(nameof(Forms))]
        public void Head_blocks_end_on_a_sync_flush_and_decode_to_the_head(string name)
        {
            IPortalForm form = Form(name);
            byte[] head = form.HeadGzip;
            Assert.Equal(new byte[] { 0, 0, 0xFF, 0xFF }, head[^4..]);

            // Close the member the way the portal does: a final empty block and the trailer.
            byte[] member = new byte[head.Length + 2 + 8];
            Array.Copy(head, member, head.Length);
            member[head.Length] = 0x03;
            member[head.Length + 1] = 0x00;
            BlynkWM.Compression.Gzip.WriteTrailer(member, head.Length + 2, form.HeadCrc, (uint)form.HeadHtml.Length);

            Assert.Equal(form.HeadHtml, DeflateCompressorTests.Gunzip(member, member.Length));
        }

        [Theory]
        [MemberData(nameof(Forms))]
        public void Saved_page_gzip_decodes_to_the_plain_page(string name)
        {
            IPortalForm form = Form(name);
            Assert.Equal(form.SavedHtml, DeflateCompressorTests.Gunzip(form.SavedGzip, form.SavedGzip.Length));
            Assert.Equal(form.HeadGzip, form.SavedGzip[..form.HeadGzip.Length]);
        }
    }
}
