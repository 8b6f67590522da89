using System;
using BlynkWM.Fuzz;
using BlynkWM.Host.Time;
using BlynkWM.Ports;

namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// Failure accounting (port errors versus the server's own), the 100-continue rule for HTTP/1.0, and the shared
    /// body buffers, through in-memory connections on the test thread.
    /// </summary>
    public sealed class ServerRobustnessTests
    {
        private readonly ManualClock _clock = new ManualClock();
        private readonly MemoryTcpListenerPort _listener = new MemoryTcpListenerPort();
        private readonly PortalApp _app;

        public ServerRobustnessTests()
        {
            _app = new PortalApp(new CsrfGuard(new SeededRandomSource(7)), "portal");
        }

        private HttpServer NewServer(Action<HttpServerOptions>? configure = null)
        {
            var options = new HttpServerOptions();
            configure?.Invoke(options);
            return new HttpServer(_listener, _clock, _app.Captive, options);
        }

        /// <summary>A server whose slots' buffers (512 bytes) cannot hold a body of up to 1500: big requests borrow a body buffer.</summary>
        private HttpServer NewBodyBufferServer(Action<HttpServerOptions>? configure = null) => NewServer(o =>
        {
            o.MaxHeaderBytes = 512;
            o.MaxBodyBytes = 1500;
            configure?.Invoke(o);
        });

        private MemoryTcpConnection Open()
        {
            var c = new MemoryTcpConnection(1 << 16);
            _listener.Connect(c);
            return c;
        }

        private static void PollUntil(HttpServer server, Func<bool> done)
        {
            for (int i = 0; i < 1000 && !done(); i++)
            {
                server.Poll();
            }
            Assert.True(done(), "server did not get there in 1000 polls");
        }

        private static void PollIdle(HttpServer server)
        {
            for (int i = 0; i < 20; i++)
            {
                server.Poll();
            }
        }

        /// <summary>A GET of <paramref name="path"/> on a new connection; what the server answered.</summary>
        private string Get(HttpServer server, string path)
        {
            MemoryTcpConnection c = Open();
            Send(c, "GET " + path + " HTTP/1.1\r\nHost: portal\r\n\r\n");
            PollUntil(server, () => c.OutputLength > 0);
            return Output(c);
        }

        private static void Send(MemoryTcpConnection c, string request) => c.ClientWrite(Encoding.ASCII.GetBytes(request));

        private static string Output(MemoryTcpConnection c) => Encoding.Latin1.GetString(c.OutputBuffer, 0, c.OutputLength);

        private static string Echo(int headerPadding, string body) =>
            "POST /echo HTTP/1.1\r\nHost: portal\r\nCookie: " + new string('c', headerPadding) + "\r\nContent-Length: " + body.Length + "\r\n\r\n" + body;

        [Fact]
        public void A_port_that_throws_is_a_port_failure_not_an_internal_one()
        {
            HttpServer server = NewServer();
            var failing = new ThrowingListener(new ThrowingPort());
            var s = new HttpServer(failing, _clock, _app.Captive, new HttpServerOptions());
            PollIdle(s);

            Assert.True(s.PortFailures > 0);
            Assert.Equal(0, s.InternalFailures);
            Assert.Null(s.LastInternalFailure);
            Assert.Equal(0, s.OpenConnections);
            Assert.True(failing.Port.Closed);

            // The other server, on healthy connections, is unaffected and counts nothing.
            Assert.StartsWith("HTTP/1.1 200 ", Get(server, "/"));
            Assert.Equal(0, server.PortFailures);
            Assert.Equal(0, server.InternalFailures);
        }

        [Fact]
        public void A_throwing_handler_is_a_handler_failure_not_an_internal_one()
        {
            HttpServer server = NewServer();
            _app.Router.Map("/boom", HttpMethod.Get, new PortalApp.Delegating((req, res) => throw new InvalidOperationException("handler bug")));
            string output = Get(server, "/boom");

            Assert.StartsWith("HTTP/1.1 500 ", output);
            Assert.Equal(1, server.HandlerFailures);
            Assert.Equal(0, server.InternalFailures);
        }

        [Fact]
        public void Http10_client_with_expect_100_continue_gets_no_interim_response()
        {
            HttpServer server = NewServer();
            MemoryTcpConnection c = Open();
            Send(c, "POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            PollIdle(server);
            Assert.Equal(0, c.OutputLength);

            Send(c, "hello");
            PollUntil(server, () => c.OutputLength > 0 && Output(c).EndsWith("hello", StringComparison.Ordinal));
            string output = Output(c);
            Assert.DoesNotContain("100 Continue", output);
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", output);
        }

        [Fact]
        public void Http11_client_with_expect_100_continue_still_gets_the_interim_response()
        {
            HttpServer server = NewServer();
            MemoryTcpConnection c = Open();
            Send(c, "POST /echo HTTP/1.1\r\nHost: portal\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            PollIdle(server);
            Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", Output(c));
        }

        [Fact]
        public void A_request_bigger_than_the_slot_buffer_borrows_a_body_buffer_and_gives_it_back()
        {
            HttpServer server = NewBodyBufferServer();
            MemoryTcpConnection c = Open();
            string body = new string('b', 1400) + "END";
            // A pipelined GET behind it must survive the move back into the slot's own buffer.
            Send(c, Echo(300, body) + "GET / HTTP/1.1\r\nHost: portal\r\n\r\n");
            PollUntil(server, () => Output(c).Contains("<!doctype html>", StringComparison.Ordinal));

            string output = Output(c);
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", output);
            Assert.Contains(body + "HTTP/1.1 200 OK\r\n", output);
            Assert.Equal(0, server.BodyBuffersInUse);
            Assert.Equal(0, server.BodyBufferWaits);
            Assert.Equal(0, server.InternalFailures);
        }

        [Fact]
        public void Two_big_requests_pipelined_on_one_connection_are_both_answered()
        {
            HttpServer server = NewBodyBufferServer();
            MemoryTcpConnection c = Open();
            // The first fills the borrowed buffer with more of the second than the slot's own buffer holds, so the
            // buffer stays lent for the second.
            string first = new string('1', 200);
            string second = new string('2', 1200);
            Send(c, Echo(400, first) + Echo(400, second));
            PollUntil(server, () => Output(c).EndsWith(second, StringComparison.Ordinal));

            Assert.Contains(first + "HTTP/1.1 200 OK\r\n", Output(c));
            Assert.Equal(0, server.BodyBuffersInUse);
        }

        [Fact]
        public void A_second_big_request_waits_for_the_only_body_buffer_and_is_then_served()
        {
            HttpServer server = NewBodyBufferServer(o => o.BodyBuffers = 1);
            string body = new string('x', 1000);
            string request = Echo(100, body);
            MemoryTcpConnection a = Open();
            MemoryTcpConnection b = Open();
            // a sends its header and half its body, so it holds the buffer; b sends everything and has to wait.
            Send(a, request.Substring(0, request.Length - 500));
            PollIdle(server);
            Send(b, request);
            PollIdle(server);

            Assert.Equal(1, server.BodyBuffersInUse);
            Assert.Equal(1, server.BodyBufferWaits);
            Assert.Equal(0, b.OutputLength);

            Send(a, request.Substring(request.Length - 500));
            PollUntil(server, () => Output(a).EndsWith(body, StringComparison.Ordinal) && Output(b).EndsWith(body, StringComparison.Ordinal));
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", Output(b));
            Assert.Equal(0, server.BodyBuffersInUse);
            Assert.Equal(0, server.InternalFailures);
        }

        [Fact]
        public void A_request_that_never_gets_a_body_buffer_is_answered_503_at_its_timeout()
        {
            HttpServer server = NewBodyBufferServer(o =>
            {
                o.BodyBuffers = 1;
                o.RequestTimeoutMilliseconds = 4000;
            });
            string request = Echo(100, new string('x', 1000));
            MemoryTcpConnection hog = Open();
            MemoryTcpConnection waiting = Open();
            Send(hog, request.Substring(0, 600));
            PollIdle(server);
            Send(waiting, request);
            PollIdle(server);
            _clock.Advance(4000);
            PollUntil(server, () => waiting.OutputLength > 0 && hog.OutputLength > 0);

            Assert.StartsWith("HTTP/1.1 503 ", Output(waiting));
            Assert.StartsWith("HTTP/1.1 408 ", Output(hog));
            PollIdle(server);
            Assert.Equal(0, server.BodyBuffersInUse);
        }

        [Fact]
        public void Connections_own_only_the_header_buffer_and_share_the_body_buffers()
        {
            var options = new HttpServerOptions
            {
                MaxConnections = 4,
                MaxHeaderBytes = 2048,
                MaxBodyBytes = 16384,
                ResponseBufferBytes = 1460,
                BodyScratchBytes = 2048,
                MaxBodySegments = 24,
                BodyBuffers = 1,
            };
            long before = GC.GetAllocatedBytesForCurrentThread();
            var server = new HttpServer(_listener, _clock, _app.Captive, options);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            // HttpServerOptions' formula, plus object and array headers.
            long formula = 4 * (2048 + 1460 + 2048 + (12 * 24)) + (1 * (2048 + 16384)) + 256;
            long perSlotBodies = 4L * (2048 + 16384);
            Assert.True(allocated <= formula + 4096, allocated + " B allocated, formula " + formula);
            Assert.True(allocated < perSlotBodies, allocated + " B: the body limit must not be paid per connection");
            GC.KeepAlive(server);
        }

        [Fact]
        public void A_body_limit_without_a_body_buffer_is_refused()
        {
            Assert.Throws<ArgumentException>(() => NewServer(o => o.BodyBuffers = 0));
            Assert.Throws<ArgumentException>(() => NewServer(o => o.BodyBuffers = -1));
            NewServer(o =>
            {
                o.BodyBuffers = 0;
                o.MaxBodyBytes = 0;
            });
        }

        private sealed class ThrowingPort : ITcpConnectionPort
        {
            public bool Closed { get; private set; }

            public string RemoteAddress => throw new InvalidOperationException("socket gone");

            public int Receive(byte[] buffer, int offset, int count) => throw new InvalidOperationException("socket reset");

            public int Send(byte[] buffer, int offset, int count) => throw new InvalidOperationException("socket reset");

            public void ShutdownSend() => throw new InvalidOperationException("socket reset");

            public void Close()
            {
                Closed = true;
                throw new InvalidOperationException("socket reset");
            }
        }

        private sealed class ThrowingListener : ITcpListenerPort
        {
            private bool _accepted;

            public ThrowingListener(ThrowingPort port) => Port = port;

            public ThrowingPort Port { get; }

            public ITcpConnectionPort? TryAccept()
            {
                if (_accepted)
                {
                    throw new InvalidOperationException("listener broken");
                }
                _accepted = true;
                return Port;
            }

            public void Close()
            {
            }
        }
    }
}
