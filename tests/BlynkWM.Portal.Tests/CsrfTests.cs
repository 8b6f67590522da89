using BlynkWM.Portal.Tests.Support;

namespace BlynkWM.Portal.Tests
{
    /// <summary>The per-boot token and the Origin/Referer check on form posts, over real sockets.</summary>
    public sealed class CsrfTests
    {
        private static string Post(HttpTestServer server, string body, string extraHeaders = "") =>
            "POST /save HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + extraHeaders + "Content-Length: " + body.Length + "\r\n\r\n" + body;

        private static int Status(HttpTestServer server, string request)
        {
            using var client = server.Connect();
            client.Send(request);
            return client.ReadResponse().Status;
        }

        [Fact]
        public void Token_is_128_bits_of_lower_case_hex_and_differs_per_boot()
        {
            using var a = new HttpTestServer();
            using var b = new HttpTestServer();
            Assert.Matches("^[0-9a-f]{32}$", a.Token);
            Assert.NotEqual(a.Token, b.Token);
        }

        [Fact]
        public void Post_with_the_right_token_and_same_origin_is_accepted()
        {
            using var server = new HttpTestServer();
            Assert.Equal(200, Status(server, Post(server, "ssid=Home&_csrf=" + server.Token, "Origin: http://" + server.HostHeader + "\r\n")));
            Assert.Equal(1, server.App.FormsSaved);
        }

        [Fact]
        public void Post_with_the_right_token_and_same_origin_referer_is_accepted()
        {
            using var server = new HttpTestServer();
            Assert.Equal(200, Status(server, Post(server, "_csrf=" + server.Token, "Referer: http://" + server.HostHeader + "/?x=1\r\n")));
        }

        [Fact]
        public void Post_with_the_right_token_and_no_origin_or_referer_is_accepted()
        {
            using var server = new HttpTestServer();
            Assert.Equal(200, Status(server, Post(server, "_csrf=" + server.Token + "&ssid=x")));
        }

        [Theory]
        [InlineData("ssid=Home", "", "no token")]
        [InlineData("ssid=Home&_csrf=", "", "empty token")]
        [InlineData("ssid=Home&_csrf=00000000000000000000000000000000", "", "wrong token")]
        [InlineData("_csrf=TOKEN&_csrf=TOKEN", "", "token twice")]
        [InlineData("_csrf=TOKEN", "Origin: http://evil.example\r\n", "foreign Origin")]
        [InlineData("_csrf=TOKEN", "Origin: null\r\n", "opaque Origin")]
        [InlineData("_csrf=TOKEN", "Origin: https://HOST\r\n", "other scheme")]
        [InlineData("_csrf=TOKEN", "Origin: http://HOST.evil.example\r\n", "suffixed host")]
        [InlineData("_csrf=TOKEN", "Referer: http://evil.example/form\r\n", "foreign Referer")]
        [InlineData("_csrf=TOKEN", "Referer: http://HOST.evil.example/\r\n", "suffixed Referer host")]
        public void Post_failing_the_csrf_check_is_403_and_saves_nothing(string body, string headers, string why)
        {
            using var server = new HttpTestServer();
            string request = Post(server, body.Replace("TOKEN", server.Token), headers.Replace("HOST", server.HostHeader));
            Assert.True(Status(server, request) == 403, why);
            Assert.Equal(0, server.App.FormsSaved);
        }

        [Fact]
        public void Token_truncated_by_one_character_is_403()
        {
            using var server = new HttpTestServer();
            Assert.Equal(403, Status(server, Post(server, "_csrf=" + server.Token.Substring(1))));
        }
    }
}
