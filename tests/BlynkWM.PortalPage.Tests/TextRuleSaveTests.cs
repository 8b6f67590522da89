using BlynkWM.Host.Time;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>A schema may let a string keep control characters; every other string refuses them.</summary>
    public sealed class TextRuleSaveTests
    {
        private readonly MultilineConfig _config = new MultilineConfig();
        private readonly NullStore _store = new NullStore();
        private readonly ConfigPortal _portal;

        public TextRuleSaveTests()
        {
            _portal = new ConfigPortal(new MultilineConfig.PortalForm(_config), _store, new SeededRandom(5), new ManualClock(), null, "portal");
        }

        private Response Post(string fields)
        {
            string body = "_csrf=" + _portal.Csrf.TokenString + "&" + fields;
            string request = "POST /save HTTP/1.1\r\nHost: portal\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.Length + "\r\n\r\n" + body;
            return Response.Parse(PortalWireMeter.Exchange(_portal.Handler, Encoding.ASCII.GetBytes(request), new HttpServerOptions(), new ManualClock()));
        }

        [Fact]
        public void A_string_that_allows_control_characters_stores_them()
        {
            Response r = Post("banner=line+1%0D%0Aline+2%09end&key=%1B%5Bk");

            Assert.Equal(200, r.Status);
            Assert.Equal("line 1\r\nline 2\tend", _config.Banner);
            Assert.Equal("\u001b[k", _config.Key);
        }

        [Fact]
        public void Its_neighbour_without_the_option_still_refuses_them()
        {
            Response r = Post("banner=ok%0A&title=a%0Ab");

            Assert.Equal(400, r.Status);
            Assert.Contains("Control characters (line breaks, tabs, escape codes) are not allowed here.", r.Text, System.StringComparison.Ordinal);
            Assert.Equal("", _config.Banner);
            Assert.Equal(0u, _store.CurrentSequence);
        }

        [Fact]
        public void The_blynk_server_of_any_config_must_be_a_host_name()
        {
            Assert.Equal(400, Post("cloud_server=a%2Fb").Status);
            Assert.Equal(200, Post("cloud_server=10.0.0.2").Status);
            Assert.Equal("10.0.0.2", _config.Cloud.Server);
        }
    }
}
