using System;
using BlynkWM.Fuzz;

namespace BlynkWM.Http.Tests
{
    /// <summary>Routes, connection handling and response framing, over real loopback sockets.</summary>
    public sealed class HttpServerTests
    {
        private static string Get(string path, string host, string extra = "") =>
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "\r\n";

        [Fact]
        public void Get_root_serves_the_page_with_framing_headers()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Get("/", server.HostHeader));
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal("text/html; charset=utf-8", reply.Header("Content-Type"));
            Assert.Equal(reply.Body.Length.ToString(), reply.Header("Content-Length"));
            Assert.StartsWith("<!doctype html>", reply.BodyText);
            Assert.EndsWith(server.Token, reply.BodyText);
            Assert.Null(reply.Header("Connection"));
        }

        [Fact]
        public void Head_sends_the_get_headers_without_a_body()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("HEAD / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            HttpReply head = client.ReadResponse(headRequest: true);
            client.Send(Get("/", server.HostHeader));
            HttpReply get = client.ReadResponse();
            Assert.Equal(200, head.Status);
            Assert.Empty(head.Body);
            Assert.Equal(get.Body.Length.ToString(), head.Header("Content-Length"));
        }

        [Fact]
        public void Keep_alive_serves_several_requests_on_one_connection()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            for (int i = 0; i < 5; i++)
            {
                client.Send(Get("/", server.HostHeader));
                Assert.Equal(200, client.ReadResponse().Status);
            }
            Assert.Equal(1, server.Server.OpenConnections);
            Assert.Equal(5, server.Server.RequestsHandled);
        }

        [Fact]
        public void Pipelined_requests_are_answered_in_order()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Get("/", server.HostHeader) + Get("/missing", server.HostHeader) + Get("/.well-known/captive-portal", server.HostHeader));
            Assert.Equal(200, client.ReadResponse().Status);
            Assert.Equal(404, client.ReadResponse().Status);
            HttpReply third = client.ReadResponse();
            Assert.Equal(200, third.Status);
            Assert.Equal("application/captive+json", third.Header("Content-Type"));
        }

        [Fact]
        public void Http10_closes_after_the_response_by_default()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("GET / HTTP/1.0\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal("close", reply.Header("Connection"));
            Assert.True(client.WaitForClose());
        }

        [Fact]
        public void Http10_keep_alive_is_honoured_and_announced()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            for (int i = 0; i < 2; i++)
            {
                client.Send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
                HttpReply reply = client.ReadResponse();
                Assert.Equal(200, reply.Status);
                Assert.Equal("keep-alive", reply.Header("Connection"));
            }
        }

        [Fact]
        public void Connection_close_from_an_http11_client_closes_after_the_response()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Get("/", server.HostHeader, "Connection: close\r\n"));
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal("close", reply.Header("Connection"));
            Assert.True(client.WaitForClose());
        }

        [Fact]
        public void Unknown_route_is_404()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Get("/nothing/here?x=1", server.HostHeader));
            HttpReply reply = client.ReadResponse();
            Assert.Equal(404, reply.Status);
            Assert.Equal("404 Not Found\n", reply.BodyText);
        }

        [Theory]
        [InlineData("DELETE", "/", "GET, HEAD, OPTIONS")]
        [InlineData("POST", "/", "GET, HEAD, OPTIONS")]
        [InlineData("GET", "/save", "POST, OPTIONS")]
        [InlineData("PUT", "/save", "POST, OPTIONS")]
        [InlineData("BREW", "/", "GET, HEAD, OPTIONS")]
        public void Wrong_method_on_a_known_route_is_405_with_Allow(string method, string path, string allow)
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(method + " " + path + " HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 0\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(405, reply.Status);
            Assert.Equal(allow, reply.Header("Allow"));
            client.Send(Get("/", server.HostHeader));
            Assert.Equal(200, client.ReadResponse().Status);
        }

        [Fact]
        public void Options_on_a_known_route_is_204_with_Allow()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("OPTIONS /save HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(204, reply.Status);
            Assert.Equal("POST, OPTIONS", reply.Header("Allow"));
            Assert.Null(reply.Header("Content-Length"));
        }

        [Fact]
        public void Cors_header_is_added_to_every_response_when_configured()
        {
            using var server = new HttpTestServer(o => o.CorsAllowOrigin = "*");
            using var client = server.Connect();
            client.Send(Get("/", server.HostHeader) + Get("/missing", server.HostHeader));
            Assert.Equal("*", client.ReadResponse().Header("Access-Control-Allow-Origin"));
            Assert.Equal("*", client.ReadResponse().Header("Access-Control-Allow-Origin"));
        }

        [Fact]
        public void No_cors_header_by_default()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Get("/", server.HostHeader));
            Assert.Null(client.ReadResponse().Header("Access-Control-Allow-Origin"));
        }

        [Fact]
        public void A_throwing_handler_gets_500_and_the_server_keeps_serving()
        {
            using var server = new HttpTestServer(addRoutes: app => app.Router.Map("/boom", HttpMethod.Get,
                new PortalApp.Delegating((req, res) => throw new InvalidOperationException("handler bug"))));
            using (var client = server.Connect())
            {
                client.Send(Get("/boom", server.HostHeader));
                HttpReply reply = client.ReadResponse();
                Assert.Equal(500, reply.Status);
                Assert.Equal("close", reply.Header("Connection"));
            }
            using var second = server.Connect();
            second.Send(Get("/", server.HostHeader));
            Assert.Equal(200, second.ReadResponse().Status);
            Assert.Equal(1, server.Server.HandlerFailures);
        }

        [Fact]
        public void A_handler_that_writes_nothing_gets_500()
        {
            using var server = new HttpTestServer(addRoutes: app => app.Router.Map("/silent", HttpMethod.Get,
                new PortalApp.Delegating((req, res) => { })));
            using var client = server.Connect();
            client.Send(Get("/silent", server.HostHeader));
            Assert.Equal(500, client.ReadResponse().Status);
        }

        [Fact]
        public void A_header_value_with_CRLF_is_refused_and_answered_500()
        {
            using var server = new HttpTestServer(addRoutes: app => app.Router.Map("/inject", HttpMethod.Get,
                new PortalApp.Delegating((req, res) =>
                {
                    res.Start(200);
                    res.Header(AsciiBytes.From("Location"), "x\r\nSet-Cookie: a=b");
                })));
            using var client = server.Connect();
            client.Send(Get("/inject", server.HostHeader));
            HttpReply reply = client.ReadResponse();
            Assert.Equal(500, reply.Status);
            Assert.Null(reply.Header("Set-Cookie"));
        }

        [Fact]
        public void Absolute_form_target_uses_its_authority_as_host()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("GET http://" + server.HostHeader + "/ HTTP/1.1\r\nHost: elsewhere.example\r\n\r\n");
            Assert.Equal(200, client.ReadResponse().Status);
        }

        [Fact]
        public void A_request_arriving_one_byte_at_a_time_is_served()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            byte[] request = Encoding.ASCII.GetBytes(Get("/", server.HostHeader));
            foreach (byte b in request)
            {
                client.Send(new[] { b });
            }
            Assert.Equal(200, client.ReadResponse().Status);
        }

        [Fact]
        public void Expect_100_continue_gets_an_interim_response_before_the_body_is_sent()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("POST /echo HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            Assert.Equal(100, client.ReadResponse().Status);
            client.Send("hello");
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal("hello", reply.BodyText);
        }

        [Fact]
        public void Post_body_reaches_the_handler_exactly()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            string body = new string('x', 1500) + "END";
            client.Send("POST /echo HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: " + body.Length + "\r\n\r\n" + body);
            HttpReply reply = client.ReadResponse();
            Assert.Equal(200, reply.Status);
            Assert.Equal(body, reply.BodyText);
        }

        [Fact]
        public void Leading_empty_lines_before_a_request_are_ignored()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("\r\n\r\n" + Get("/", server.HostHeader));
            Assert.Equal(200, client.ReadResponse().Status);
        }
    }
}
