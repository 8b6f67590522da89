using System.Linq;
using System.Text.Json;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>GET /scan: strongest first, one entry per SSID, hidden networks out, JSON-escaped, paced rescans.</summary>
    public sealed class ScanTests
    {
        [Fact]
        public void Networks_come_strongest_first_deduplicated_and_hidden_ones_dropped()
        {
            var h = new PortalHarness();
            h.Scanner.Publish(
                new WifiNetworkInfo("Mesh", -80, true),
                new WifiNetworkInfo("Cafe", -60, false),
                new WifiNetworkInfo("", -30, true),
                new WifiNetworkInfo("Mesh", -45, true),
                new WifiNetworkInfo("Attic", -60, true),
                new WifiNetworkInfo("Mesh", -70, false));

            Response r = h.Get("/scan", gzip: false);

            Assert.Equal(200, r.Status);
            Assert.Equal("application/json", r.Header("Content-Type"));
            Assert.Equal("no-store", r.Header("Cache-Control"));
            Assert.Equal(
                "[{\"ssid\":\"Mesh\",\"rssi\":-45,\"secure\":true},{\"ssid\":\"Attic\",\"rssi\":-60,\"secure\":true},{\"ssid\":\"Cafe\",\"rssi\":-60,\"secure\":false}]",
                r.Text);
        }

        [Fact]
        public void Ssids_are_json_escaped_and_parse_back_exactly()
        {
            var h = new PortalHarness();
            string[] names = { "quote\"back\\slash", "<script>&amp;", "tab\tnew\nline\u0001", "emoji 📶 é", "line\u2028sep", "apos'" };
            h.Scanner.Publish(names.Select((n, i) => new WifiNetworkInfo(n, -40 - i, true)).ToArray());

            string json = h.Get("/scan", gzip: false).Text;

            Assert.DoesNotContain("<", json);
            Assert.DoesNotContain("\u2028", json);
            string[] parsed = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("ssid").GetString()!).ToArray();
            Assert.Equal(names, parsed);
        }

        [Fact]
        public void At_most_sixteen_networks_are_listed()
        {
            var h = new PortalHarness();
            h.Scanner.Publish(Enumerable.Range(0, 40).Select(i => new WifiNetworkInfo("n" + i, -30 - i, i % 2 == 0)).ToArray());

            JsonElement list = JsonDocument.Parse(h.Get("/scan", gzip: false).Text).RootElement;

            Assert.Equal(ConfigPortal.MaxNetworks, list.GetArrayLength());
            Assert.Equal("n0", list[0].GetProperty("ssid").GetString());
            Assert.Equal("n15", list[15].GetProperty("ssid").GetString());
        }

        [Fact]
        public void Scans_are_started_on_first_use_and_then_at_most_every_ten_seconds()
        {
            var h = new PortalHarness();
            Assert.Equal(0, h.Scanner.StartCount);

            h.Get("/scan");
            h.Get("/scan");
            h.Get("/");
            Assert.Equal(1, h.Scanner.StartCount);

            h.Clock.Advance(10_000);
            h.Get("/");
            Assert.Equal(1, h.Scanner.StartCount);
            h.Get("/scan");
            Assert.Equal(2, h.Scanner.StartCount);
        }

        [Fact]
        public void Without_a_scanner_the_list_is_empty()
        {
            var portal = new ConfigPortal(new EscapingConfig.PortalForm(new EscapingConfig()), new NullStore(), new SeededRandom(1), new Host.Time.ManualClock(), null, "p");
            Response r = Response.Parse(PortalWireMeter.Exchange(portal.Handler, System.Text.Encoding.ASCII.GetBytes("GET /scan HTTP/1.1\r\nHost: p\r\n\r\n"),
                new Http.HttpServerOptions(), new Host.Time.ManualClock()));

            Assert.Equal("[]", r.Text);
        }

        [Fact]
        public void The_list_version_changes_only_when_the_content_does()
        {
            var list = new WifiNetworkList(4);
            Assert.True(list.Update(new[] { new WifiNetworkInfo("a", -50, true) }));
            int version = list.Version;

            Assert.False(list.Update(new[] { new WifiNetworkInfo("a", -50, true), new WifiNetworkInfo("a", -90, false) }));
            Assert.Equal(version, list.Version);
            Assert.True(list.Update(new[] { new WifiNetworkInfo("a", -51, true) }));
            Assert.True(list.Update(new WifiNetworkInfo[0]));
            Assert.Equal(0, list.Count);
            Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(list.Json));
        }
    }
}
