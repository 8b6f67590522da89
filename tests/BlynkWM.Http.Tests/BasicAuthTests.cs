using System;

namespace BlynkWM.Http.Tests
{
    public sealed class BasicAuthTests
    {
        private static string Get(HttpTestServer server, string authorization) =>
            "GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n" + authorization + "\r\n";

        private static string Basic(string credentials) =>
            "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)) + "\r\n";

        private static HttpTestServer Server() =>
            new HttpTestServer(o => o.BasicAuth = new HttpBasicAuth("admin", "pässword", "BlynkWM"));

        [Theory]
        [InlineData("")]
        [InlineData("Authorization: Bearer abc\r\n")]
        [InlineData("Authorization: Basic\r\n")]
        [InlineData("Authorization: Basic !!!!\r\n")]
        public void Missing_or_malformed_credentials_get_401_with_a_challenge(string header)
        {
            using var server = Server();
            using var client = server.Connect();
            client.Send(Get(server, header));
            HttpReply reply = client.ReadResponse();
            Assert.Equal(401, reply.Status);
            Assert.Equal("Basic realm=\"BlynkWM\", charset=\"UTF-8\"", reply.Header("WWW-Authenticate"));
        }

        [Theory]
        [InlineData("admin:wrong")]
        [InlineData("Admin:pässword")]
        [InlineData("admin:pässword ")]
        public void Wrong_credentials_get_401(string credentials)
        {
            using var server = Server();
            using var client = server.Connect();
            client.Send(Get(server, Basic(credentials)));
            Assert.Equal(401, client.ReadResponse().Status);
        }

        [Fact]
        public void Right_credentials_are_served_and_the_scheme_is_case_insensitive()
        {
            using var server = Server();
            using var client = server.Connect();
            client.Send(Get(server, Basic("admin:pässword")));
            Assert.Equal(200, client.ReadResponse().Status);
            client.Send(Get(server, Basic("admin:pässword").Replace("Basic", "bAsIc")));
            Assert.Equal(200, client.ReadResponse().Status);
        }
    }
}
