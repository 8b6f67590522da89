namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// The one shared body buffer cannot be kept by a slow sender while another request waits for it: past the
    /// deadline the minimum body rate gives it, the waiting request takes it over. In-memory connections, fake clock.
    /// </summary>
    public sealed class BodyBufferFairnessTests
    {
        private const int BodyLength = 1000;

        // Slot buffers of 512 bytes, so a 1000-byte body needs the single shared buffer; 1000 B/s after a 1 s grace.
        private readonly MemoryServer _s = new MemoryServer(o =>
        {
            o.MaxHeaderBytes = 512;
            o.MaxBodyBytes = 1500;
            o.BodyBuffers = 1;
            o.MinBodyBytesPerSecond = 1000;
            o.BodyGraceMilliseconds = 1000;
        });

        private static readonly string Body = new string('b', BodyLength);

        private static string Head => MemoryServer.EchoHead(BodyLength);

        private static bool Echoed(MemoryTcpConnection c) =>
            MemoryServer.Output(c).StartsWith("HTTP/1.1 200 ", System.StringComparison.Ordinal)
            && MemoryServer.Output(c).EndsWith(Body, System.StringComparison.Ordinal);

        [Fact]
        public void A_waiting_request_takes_the_buffer_of_a_sender_below_the_minimum_rate()
        {
            // 900 bytes still to come when the buffer is lent: slow from 1 s + 0.9 s later.
            MemoryTcpConnection slow = _s.Open(Head + Body.Substring(0, 100));
            Assert.Equal(1, _s.Server.BodyBuffersInUse);
            _s.Advance(100);
            MemoryTcpConnection waiting = _s.Open(Head + Body);
            Assert.Equal(1, _s.Server.BodyBufferWaits);

            _s.Advance(1_799);
            Assert.Equal(0, waiting.OutputLength);
            Assert.Equal(0, slow.OutputLength);

            _s.Advance(1);
            Assert.True(Echoed(waiting), MemoryServer.Output(waiting));
            Assert.StartsWith("HTTP/1.1 408 ", MemoryServer.Output(slow));
            Assert.Equal(1, _s.Server.BodyBufferTakeovers);
            _s.Poll();
            Assert.Equal(0, _s.Server.BodyBuffersInUse);
            Assert.Equal(0, _s.Server.InternalFailures);
        }

        [Fact]
        public void A_sender_keeping_up_with_the_rate_keeps_the_buffer_while_another_waits()
        {
            MemoryTcpConnection steady = _s.Open(Head + Body.Substring(0, 100));
            MemoryTcpConnection waiting = _s.Open(Head + Body);
            for (int sent = 100; sent < BodyLength; sent += 100)
            {
                _s.Advance(100);
                MemoryServer.Write(steady, Body.Substring(sent, 100));
                _s.Poll();
                if (sent + 100 < BodyLength)
                {
                    Assert.Equal(0, waiting.OutputLength);
                }
            }

            Assert.True(Echoed(steady), MemoryServer.Output(steady));
            Assert.True(Echoed(waiting), MemoryServer.Output(waiting));
            Assert.Equal(0, _s.Server.BodyBufferTakeovers);
        }

        [Fact]
        public void A_slow_sender_alone_keeps_the_buffer_until_the_request_timeout()
        {
            MemoryTcpConnection slow = _s.Open(Head + Body.Substring(0, 100));
            _s.Advance(5_000);
            MemoryServer.Write(slow, Body.Substring(100));
            _s.Poll();

            Assert.True(Echoed(slow), MemoryServer.Output(slow));
        }

        [Fact]
        public void A_request_that_took_the_buffer_over_gets_its_own_time_from_then()
        {
            MemoryTcpConnection slow = _s.Open(Head + Body.Substring(0, 100));
            // The second has sent 400 of its bytes (all fit its slot); 600 to come once it holds the buffer.
            MemoryTcpConnection second = _s.Open(Head + Body.Substring(0, 400));
            _s.Advance(1_900);
            Assert.StartsWith("HTTP/1.1 408 ", MemoryServer.Output(slow));
            MemoryTcpConnection third = _s.Open(Head + Body);

            // Counted from its head the second would have been slow since 1.6 s; from the takeover it has 1 s + 0.6 s.
            _s.Advance(1_599);
            Assert.Equal(0, second.OutputLength);
            Assert.Equal(0, third.OutputLength);

            _s.Advance(1);
            Assert.StartsWith("HTTP/1.1 408 ", MemoryServer.Output(second));
            Assert.True(Echoed(third), MemoryServer.Output(third));
            Assert.Equal(2, _s.Server.BodyBufferTakeovers);
        }

        [Fact]
        public void With_nobody_slow_a_waiting_request_still_gets_503_at_its_timeout()
        {
            var s = new MemoryServer(o =>
            {
                o.MaxHeaderBytes = 512;
                o.MaxBodyBytes = 1500;
                o.BodyBuffers = 1;
                o.MinBodyBytesPerSecond = 0;
                o.RequestTimeoutMilliseconds = 4_000;
            });
            MemoryTcpConnection holder = s.Open(Head + Body.Substring(0, 100));
            MemoryTcpConnection waiting = s.Open(Head + Body);
            s.Advance(3_999);
            Assert.Equal(0, waiting.OutputLength);

            s.Advance(1);
            Assert.StartsWith("HTTP/1.1 503 ", MemoryServer.Output(waiting));
            Assert.StartsWith("HTTP/1.1 408 ", MemoryServer.Output(holder));
            Assert.Equal(0, s.Server.BodyBufferTakeovers);
        }
    }
}
