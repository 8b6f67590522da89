using System;
using BlynkWM.Fuzz;
using BlynkWM.Host.Time;

namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// Server behaviour that needs exact control of the transport (allocation, partial sends, stalled clients),
    /// through in-memory connections on the test thread.
    /// </summary>
    public sealed class InMemoryServerTests
    {
        private readonly ManualClock _clock = new ManualClock();
        private readonly MemoryTcpListenerPort _listener = new MemoryTcpListenerPort();
        private readonly PortalApp _app;
        private readonly HttpServer _server;
        private IHttpHandler? _probe;

        public InMemoryServerTests()
        {
            _app = new PortalApp(new CsrfGuard(new SeededRandomSource(7)), "portal");
            _app.Router.Map("/probe", HttpMethod.Get, new PortalApp.Delegating((req, res) => _probe!.Handle(req, res)));
            _server = new HttpServer(_listener, _clock, _app.Captive, new HttpServerOptions { SendTimeoutMilliseconds = 3000 });
        }

        private MemoryTcpConnection Open()
        {
            var c = new MemoryTcpConnection(1 << 16);
            _listener.Connect(c);
            return c;
        }

        private void PollUntil(Func<bool> done)
        {
            for (int i = 0; i < 1000 && !done(); i++)
            {
                _server.Poll();
            }
            Assert.True(done(), "server did not get there in 1000 polls");
        }

        private void PollIdle()
        {
            for (int i = 0; i < 20; i++)
            {
                _server.Poll();
            }
        }

        /// <summary>
        /// Heap bytes per request over 2000 of <paramref name="request"/> on one connection, each followed by
        /// <paramref name="polls"/> polls, after 200 more to warm up (2200 in all).
        /// </summary>
        private long AllocatedPerRequest(byte[] request, int polls)
        {
            MemoryTcpConnection c = Open();
            Repeat(200);
            const int n = 2000;
            long before = GC.GetAllocatedBytesForCurrentThread();
            Repeat(n);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / n;

            void Repeat(int count)
            {
                for (int i = 0; i < count; i++)
                {
                    c.ClientWrite(request);
                    for (int p = 0; p < polls; p++)
                    {
                        _server.Poll();
                    }

                    c.ClearOutput();
                }
            }
        }

        [Fact]
        public void A_large_body_is_handed_to_the_port_in_chunks_of_at_most_one_segment()
        {
            byte[] big = new byte[10000];
            _probe = new PortalApp.Delegating((req, res) =>
            {
                res.Start(200);
                res.Body(big);
            });
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("GET /probe HTTP/1.1\r\nHost: portal\r\n\r\n"));
            PollUntil(() => c.OutputLength > big.Length);

            Assert.True(c.LargestSendRequest <= new HttpServerOptions().SendChunkBytes, "one Send call got " + c.LargestSendRequest + " bytes");
            Assert.EndsWith("\r\n\r\n", Encoding.ASCII.GetString(c.Output.Slice(0, c.OutputLength - big.Length)));
        }

        [Fact]
        public void Get_of_a_static_page_allocates_at_most_512_bytes_per_request()
        {
            byte[] request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: portal\r\nAccept-Encoding: gzip, deflate\r\nUser-Agent: test\r\n\r\n");
            long perRequest = AllocatedPerRequest(request, polls: 2);
            Assert.Equal(2200, _server.RequestsHandled);
            Assert.True(perRequest <= 512, perRequest + " B per GET");
        }

        [Fact]
        public void Valid_form_post_allocates_at_most_2_kilobytes_per_request()
        {
            string body = "_csrf=" + _app.Guard.TokenString + "&ssid0=Home+Net&pass0=p%40ss&port=8080&name=%C3%A9t%C3%A9";
            byte[] request = Encoding.ASCII.GetBytes("POST /save HTTP/1.1\r\nHost: portal\r\nOrigin: http://portal\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.Length + "\r\n\r\n" + body);
            long perRequest = AllocatedPerRequest(request, polls: 1);
            Assert.Equal(2200, _app.FormsSaved);
            Assert.True(perRequest <= 2048, perRequest + " B per POST");
        }

        [Fact]
        public void Large_body_survives_partial_sends_byte_for_byte()
        {
            byte[] big = new byte[20000];
            new Random(3).NextBytes(big);
            _probe = new PortalApp.Delegating((req, res) =>
            {
                res.Start(200);
                res.Body(big, 0, 7000);
                res.BodyText("-mid-");
                res.Body(big, 7000, 13000);
            });
            MemoryTcpConnection c = Open();
            c.MaxSendChunk = 333;
            c.ClientWrite(Encoding.ASCII.GetBytes("GET /probe HTTP/1.1\r\nHost: portal\r\n\r\n"));
            int expectedLength = 20005;
            PollUntil(() => c.OutputLength > expectedLength && Encoding.ASCII.GetString(c.OutputBuffer, 0, c.OutputLength).Contains("\r\n\r\n")
                && c.OutputLength - Encoding.ASCII.GetString(c.OutputBuffer, 0, c.OutputLength).IndexOf("\r\n\r\n") - 4 == expectedLength);
            string text = Encoding.Latin1.GetString(c.OutputBuffer, 0, c.OutputLength);
            int bodyStart = text.IndexOf("\r\n\r\n") + 4;
            Assert.Contains("Content-Length: 20005\r\n", text);
            Assert.True(c.Output.Slice(bodyStart, 7000).SequenceEqual(big.AsSpan(0, 7000)));
            Assert.Equal("-mid-", text.Substring(bodyStart + 7000, 5));
            Assert.True(c.Output.Slice(bodyStart + 7005).SequenceEqual(big.AsSpan(7000)));
        }

        [Fact]
        public void Client_that_stops_reading_is_dropped_after_the_send_timeout()
        {
            byte[] big = new byte[50000];
            _probe = new PortalApp.Delegating((req, res) =>
            {
                res.Start(200);
                res.Body(big);
            });
            MemoryTcpConnection c = Open();
            c.SendBlocked = true;
            c.ClientWrite(Encoding.ASCII.GetBytes("GET /probe HTTP/1.1\r\nHost: portal\r\n\r\n"));
            PollUntil(() => _server.RequestsHandled == 1);
            PollIdle();
            _clock.Advance(2999);
            PollIdle();
            Assert.False(c.ServerClosed);
            _clock.Advance(2);
            PollIdle();
            Assert.True(c.ServerClosed);
            Assert.False(c.MisuseDetected);
            Assert.Equal(0, _server.OpenConnections);
        }

        [Fact]
        public void Client_that_closes_its_side_after_a_complete_request_still_gets_the_answer()
        {
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: portal\r\n\r\n"));
            c.ClientShutdown();
            PollUntil(() => c.ServerClosed);
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", Encoding.ASCII.GetString(c.OutputBuffer, 0, c.OutputLength));
            Assert.False(c.MisuseDetected);
        }

        [Fact]
        public void Error_response_half_closes_then_lingers_until_the_client_goes()
        {
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("BAD\r\n\r\n"));
            PollUntil(() => c.ServerShutdownSend);
            Assert.False(c.ServerClosed);
            c.ClientWrite(new byte[5000]);
            PollIdle();
            Assert.Equal(0, c.PendingInput);
            Assert.False(c.ServerClosed);
            c.ClientShutdown();
            PollUntil(() => c.ServerClosed);
        }

        [Fact]
        public void Lingering_ends_after_the_linger_time_even_if_the_client_stays()
        {
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("BAD\r\n\r\n"));
            PollUntil(() => c.ServerShutdownSend);
            _clock.Advance(new HttpServerOptions().LingerMilliseconds);
            PollUntil(() => c.ServerClosed);
        }

        [Theory]
        [InlineData("gzip", true)]
        [InlineData("gzip, deflate, br", true)]
        [InlineData("deflate, GZIP;q=0.5", true)]
        [InlineData("x-gzip", true)]
        [InlineData("*", true)]
        [InlineData("br;q=1.0, *;q=0.1", true)]
        [InlineData("gzip;q=0", false)]
        [InlineData("gzip; q=0.000", false)]
        [InlineData("*, gzip;q=0", false)]
        [InlineData("deflate, br", false)]
        [InlineData("gzipped", false)]
        [InlineData("identity", false)]
        [InlineData("*;q=0", false)]
        [InlineData("", false)]
        public void Accept_encoding_decides_whether_gzip_is_acceptable(string acceptEncoding, bool expected)
        {
            bool? seen = null;
            _probe = new PortalApp.Delegating((req, res) =>
            {
                seen = req.AcceptsGzip;
                res.Start(204);
            });
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("GET /probe HTTP/1.1\r\nHost: portal\r\nAccept-Encoding: " + acceptEncoding + "\r\n\r\n"));
            PollUntil(() => seen.HasValue);
            Assert.Equal(expected, seen);
        }

        [Fact]
        public void Request_exposes_path_query_and_selected_headers()
        {
            string? summary = null;
            _probe = new PortalApp.Delegating((req, res) =>
            {
                summary = string.Join("|", req.GetString(req.Path), req.GetString(req.Query), req.GetString(req.Host),
                    req.GetString(req.Origin), req.GetString(req.Referer), req.GetString(req.ContentType),
                    req.GetString(req.Authorization), req.GetString(req.Cookie), req.Body.Length.ToString(),
                    req.IsFormUrlEncoded.ToString(), req.Method.ToString());
                res.Start(204);
            });
            MemoryTcpConnection c = Open();
            c.ClientWrite(Encoding.ASCII.GetBytes("GET /probe?a=1&b=%20 HTTP/1.1\r\nhOST:   portal  \r\nOrigin: http://portal\r\n"
                + "Referer: http://portal/x\r\ncontent-type: Application/X-WWW-Form-URLEncoded ; charset=utf-8\r\n"
                + "Authorization: Basic abc\r\nCookie: s=1\r\nContent-Length: 3\r\n\r\nxyz"));
            PollUntil(() => summary != null);
            Assert.Equal("/probe|a=1&b=%20|portal|http://portal|http://portal/x|Application/X-WWW-Form-URLEncoded ; charset=utf-8|Basic abc|s=1|3|True|1", summary);
        }
    }
}
