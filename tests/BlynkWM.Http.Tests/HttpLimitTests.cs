namespace BlynkWM.Http.Tests
{
    /// <summary>Every limit the server enforces, each answered with its status and then a closed connection.</summary>
    public sealed class HttpLimitTests
    {
        private static void AssertRejected(RawHttpClient client, int status)
        {
            HttpReply reply = client.ReadResponse();
            Assert.Equal(status, reply.Status);
            Assert.Equal("close", reply.Header("Connection"));
            Assert.Equal(reply.Body.Length.ToString(), reply.Header("Content-Length"));
            Assert.True(client.WaitForClose(), "server should close after " + status);
        }

        [Fact]
        public void Header_section_larger_than_the_limit_is_431()
        {
            using var server = new HttpTestServer(o => o.MaxHeaderBytes = 1024);
            using var client = server.Connect();
            client.Send("GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nCookie: " + new string('c', 1100) + "\r\n\r\n");
            AssertRejected(client, 431);
        }

        [Fact]
        public void Header_section_just_under_the_limit_is_served()
        {
            using var server = new HttpTestServer(o => o.MaxHeaderBytes = 1024);
            using var client = server.Connect();
            string start = "GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nCookie: ";
            string request = start + new string('c', 1024 - start.Length - 4) + "\r\n\r\n";
            Assert.Equal(1024, request.Length);
            client.Send(request);
            Assert.Equal(200, client.ReadResponse().Status);
        }

        [Fact]
        public void Too_many_header_fields_is_431()
        {
            using var server = new HttpTestServer(o => o.MaxHeaderCount = 8);
            using var client = server.Connect();
            var sb = new StringBuilder("GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n");
            for (int i = 0; i < 8; i++)
            {
                sb.Append("X-" + i + ": y\r\n");
            }
            client.Send(sb + "\r\n");
            AssertRejected(client, 431);
        }

        [Fact]
        public void Request_line_longer_than_the_header_limit_is_414()
        {
            using var server = new HttpTestServer(o => o.MaxHeaderBytes = 512);
            using var client = server.Connect();
            client.Send("GET /" + new string('a', 600));
            AssertRejected(client, 414);
        }

        [Fact]
        public void Body_larger_than_the_limit_is_413_without_waiting_for_it()
        {
            using var server = new HttpTestServer(o => o.MaxBodyBytes = 256);
            using var client = server.Connect();
            client.Send("POST /save HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 257\r\n\r\n");
            AssertRejected(client, 413);
        }

        [Fact]
        public void Absurd_content_length_is_413()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("POST /save HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 99999999999999999999999999\r\n\r\n");
            AssertRejected(client, 413);
        }

        [Fact]
        public void Client_beyond_the_connection_limit_gets_503_and_others_keep_working()
        {
            using var server = new HttpTestServer(o => o.MaxConnections = 2);
            using var first = server.Connect();
            using var second = server.Connect();
            // Both are receiving a body in time: neither may be closed to make room (an idle or slow one would be).
            string head = "POST /echo HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 2\r\n\r\n";
            first.Send(head);
            second.Send(head);
            server.WaitUntil(() => server.Server.OpenConnections == 2, "two connections accepted");
            server.Settle();
            using (var third = server.Connect())
            {
                HttpReply reply = third.ReadResponse();
                Assert.Equal(503, reply.Status);
                Assert.Equal("close", reply.Header("Connection"));
                Assert.NotNull(reply.Header("Retry-After"));
                Assert.True(third.WaitForClose());
            }
            Assert.Equal(1, server.Server.ConnectionsRejected);
            Assert.Equal(0, server.Server.ConnectionsEvicted);
            first.Send("ok");
            Assert.Equal(200, first.ReadResponse().Status);
        }

        [Fact]
        public void An_idle_keep_alive_connection_makes_room_instead_of_a_503()
        {
            using var server = new HttpTestServer(o => o.MaxConnections = 1);
            using var idle = server.Connect();
            idle.Send("GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            Assert.Equal(200, idle.ReadResponse().Status);
            using var next = server.Connect();
            next.Send("GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            Assert.Equal(200, next.ReadResponse().Status);
            Assert.True(idle.WaitForClose());
            Assert.Equal(0, server.Server.ConnectionsRejected);
        }

        [Fact]
        public void Slow_client_that_does_not_finish_its_request_in_time_gets_408()
        {
            using var server = new HttpTestServer(o => o.RequestTimeoutMilliseconds = 10_000);
            using var client = server.Connect();
            client.Send("GET / HTTP/1.1\r\nHost: ");
            server.WaitUntil(() => server.Server.OpenConnections == 1, "connection accepted");
            server.Advance(9_000);
            client.Send(server.HostHeader);
            server.Advance(1_001);
            AssertRejected(client, 408);
        }

        [Fact]
        public void Slow_body_gets_408()
        {
            using var server = new HttpTestServer(o => o.RequestTimeoutMilliseconds = 5_000);
            using var client = server.Connect();
            client.Send("POST /echo HTTP/1.1\r\nHost: " + server.HostHeader + "\r\nContent-Length: 10\r\n\r\nabc");
            server.WaitUntil(() => server.Server.OpenConnections == 1, "connection accepted");
            server.Advance(5_001);
            AssertRejected(client, 408);
        }

        [Fact]
        public void Client_that_connects_and_says_nothing_gets_408()
        {
            using var server = new HttpTestServer(o => o.RequestTimeoutMilliseconds = 5_000);
            using var client = server.Connect();
            server.WaitUntil(() => server.Server.OpenConnections == 1, "connection accepted");
            server.Advance(5_001);
            AssertRejected(client, 408);
        }

        [Fact]
        public void Idle_keep_alive_connection_is_closed_quietly_after_the_timeout()
        {
            using var server = new HttpTestServer(o => o.RequestTimeoutMilliseconds = 5_000);
            using var client = server.Connect();
            client.Send("GET / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            Assert.Equal(200, client.ReadResponse().Status);
            server.Advance(4_000);
            Assert.Equal(1, server.Server.OpenConnections);
            server.Advance(1_001);
            Assert.True(client.WaitForClose());
            Assert.Equal(0, client.Unread);
        }

        [Theory]
        [InlineData("GET / HTTP/1.1\r\n\r\n", "missing Host")]
        [InlineData("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", "double space")]
        [InlineData("GET / HTTP/1.1\nHost: h\n\n", "bare LF")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\n\r\n", "bare LF in a field")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n", "bare CR")]
        [InlineData("GET / http/1.1\r\nHost: h\r\n\r\n", "lower-case version")]
        [InlineData("GET / HTTP/1.1 \r\nHost: h\r\n\r\n", "trailing space")]
        [InlineData("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", "space in target")]
        [InlineData("GET /a#b HTTP/1.1\r\nHost: h\r\n\r\n", "fragment in target")]
        [InlineData("GET a HTTP/1.1\r\nHost: h\r\n\r\n", "relative target")]
        [InlineData("GET http://h HTTP/1.1\r\nHost: h\r\n\r\n", "absolute form without path")]
        [InlineData("GET /\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n", "non-ASCII target")]
        [InlineData("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", "bad method char")]
        [InlineData("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "duplicate Host")]
        [InlineData("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", "bad Host")]
        [InlineData("GET / HTTP/1.1\r\nHost: a@b\r\n\r\n", "userinfo in Host")]
        [InlineData("GET / HTTP/1.1\r\nHost: \r\n\r\n", "empty Host")]
        [InlineData("GET / HTTP/1.1\r\nHost: :80\r\n\r\n", "Host with a port but no host")]
        [InlineData("GET http:///x HTTP/1.1\r\nHost: h\r\n\r\n", "absolute form with an empty host")]
        [InlineData("GET * HTTP/1.1\r\nHost: h\r\n\r\n", "asterisk form for GET")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: a\nTransfer-Encoding: chunked\r\n\r\n", "bare LF hiding a second field")]
        [InlineData("GET / HTTP/1.1\r\nHost : h\r\n\r\n", "space before colon")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", "obs-fold")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n", "space in name")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\n: x\r\n\r\n", "empty name")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", "no colon")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: a\u0001b\r\n\r\n", "control char in value")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: a\u0000b\r\n\r\n", "NUL in value")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n", "non-numeric Content-Length")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", "negative Content-Length")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: \r\n\r\n", "empty Content-Length")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 1\r\n\r\nx", "list Content-Length")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy", "conflicting Content-Length")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "chunked")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx", "TE with CL")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nOrigin: a\r\nOrigin: b\r\nContent-Length: 0\r\n\r\n", "duplicate Origin")]
        [InlineData("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", "TLS ClientHello")]
        [InlineData("\u0000\u0000\u0000\u0000", "binary noise")]
        [InlineData("CONNECT h:443 HTTP/1.1\r\nHost: h\r\n\r\n", "authority form")]
        public void Malformed_requests_are_400(string request, string why)
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(Encoding.Latin1.GetBytes(request));
            HttpReply reply = client.ReadResponse();
            Assert.True(reply.Status == 400, why + ": got " + reply.Status);
            Assert.Equal("close", reply.Header("Connection"));
            Assert.True(client.WaitForClose(), why);
            Assert.Equal(0, server.Server.RequestsHandled);
        }

        [Theory]
        [InlineData("GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505)]
        [InlineData("GET / HTTP/0.9\r\nHost: h\r\n\r\n", 505)]
        [InlineData("POST /echo HTTP/1.1\r\nHost: h\r\nExpect: something\r\nContent-Length: 1\r\n\r\nx", 417)]
        public void Unsupported_versions_and_expectations_are_refused(string request, int status)
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send(request);
            AssertRejected(client, status);
        }

        [Fact]
        public void Request_methods_are_case_sensitive()
        {
            using var server = new HttpTestServer();
            using var client = server.Connect();
            client.Send("get / HTTP/1.1\r\nHost: " + server.HostHeader + "\r\n\r\n");
            Assert.Equal(405, client.ReadResponse().Status);
        }
    }
}
