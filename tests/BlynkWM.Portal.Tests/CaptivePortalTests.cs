using System.Text.Json;
using BlynkWM.Portal.Tests.Support;

namespace BlynkWM.Portal.Tests
{
    /// <summary>OS probes, foreign hosts and the RFC 8908 API, over real sockets.</summary>
    public sealed class CaptivePortalTests
    {
        [Theory]
        [InlineData("/generate_204", "connectivitycheck.gstatic.com")]
        [InlineData("/gen_204", "clients3.google.com")]
        [InlineData("/hotspot-detect.html", "captive.apple.com")]
        [InlineData("/library/test/success.html", "www.apple.com")]
        [InlineData("/connecttest.txt", "www.msftconnecttest.com")]
        [InlineData("/ncsi.txt", "www.msftncsi.com")]
        [InlineData("/redirect", "www.msftconnecttest.com")]
        [InlineData("/canonical.html", "detectportal.firefox.com")]
        [InlineData("/success.txt", "detectportal.firefox.com")]
        public void Os_probe_urls_redirect_to_the_portal_root(string path, string host)
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(302, reply.Status);
            Assert.Equal("http://" + server.HostHeader + "/", reply.Header("Location"));
            Assert.Equal("no-store", reply.Header("Cache-Control"));
        }

        [Fact]
        public void Probe_paths_redirect_even_when_addressed_to_the_portal_itself()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("GET /generate_204 HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            Assert.Equal(302, client.ReadResponse().Status);
        }

        [Theory]
        [InlineData("GET /some/page HTTP/1.1\r\nHost: example.com\r\n\r\n")]
        [InlineData("GET / HTTP/1.1\r\nHost: 10.0.0.1\r\n\r\n")]
        [InlineData("POST /save HTTP/1.1\r\nHost: rebind.attacker.example\r\nContent-Length: 0\r\n\r\n")]
        public void Requests_for_a_foreign_host_redirect_to_the_portal(string request)
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(request);
            HttpReply reply = client.ReadResponse();
            Assert.Equal(302, reply.Status);
            Assert.Equal("http://" + server.HostHeader + "/", reply.Header("Location"));
            Assert.Equal(0, server.App.FormsSaved);
        }

        [Fact]
        public void Portal_host_is_matched_case_insensitively_and_aliases_are_served()
        {
            using var server = new HttpTestServer(addRoutes: app => app.Captive.AddHostAlias("Setup.BlynkWM"));
            using var client = server.Connect();
            client.Send("GET / HTTP/1.1\r\nHost: setup.blynkwm\r\n\r\n");
            Assert.Equal(200, client.ReadResponse().Status);
            client.Send("GET / HTTP/1.1\r\nHost: SETUP.BLYNKWM:80\r\n\r\n");
            Assert.Equal(200, client.ReadResponse().Status);
            client.Send("GET / HTTP/1.1\r\nHost: setup.blynkwm:8080\r\n\r\n");
            Assert.Equal(302, client.ReadResponse().Status);
        }

        [Fact]
        public void Captive_portal_api_reports_captive_with_the_portal_url()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("GET /.well-known/captive-portal HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nAccept: application/captive+json\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal("application/captive+json", reply.Header("Content-Type"));
            Assert.Equal("no-store", reply.Header("Cache-Control"));
            using JsonDocument json = JsonDocument.Parse(reply.Body);
            Assert.True(json.RootElement.GetProperty("captive").GetBoolean());
            Assert.Equal("http://" + server.HostHeader + "/", json.RootElement.GetProperty("user-portal-url").GetString());
        }

        [Fact]
        public void Captive_portal_api_refuses_post_with_405()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("POST /.well-known/captive-portal HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 0\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(405, reply.Status);
            Assert.Equal("GET, HEAD", reply.Header("Allow"));
        }
    }
}
