namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// How a handful of connection slots stay usable under slow clients: the head deadline, and which connection a
    /// new client's arrival closes when every slot is busy. In-memory connections, fake clock.
    /// </summary>
    public sealed class SlotFairnessTests
    {
        private static void AssertAnswered(MemoryTcpConnection c, int status)
        {
            Assert.StartsWith("HTTP/1.1 " + status + " ", MemoryServer.Output(c));
        }

        [Fact]
        public void A_head_trickled_byte_by_byte_gets_408_at_the_head_deadline_not_the_request_timeout()
        {
            var s = new MemoryServer(o =>
            {
                o.RequestTimeoutMilliseconds = 10_000;
                o.RequestHeadTimeoutMilliseconds = 2_000;
            });
            s.Advance(500);
            MemoryTcpConnection c = s.Open("G");
            s.Advance(1_000);
            MemoryServer.Write(c, "E");
            s.Advance(999);
            Assert.Equal(0, c.OutputLength);

            s.Advance(1);
            AssertAnswered(c, 408);
            Assert.True(c.ServerShutdownSend);
        }

        [Fact]
        public void Without_a_head_deadline_a_trickled_head_has_the_whole_request_timeout()
        {
            var s = new MemoryServer(o =>
            {
                o.RequestTimeoutMilliseconds = 10_000;
                o.RequestHeadTimeoutMilliseconds = 0;
            });
            MemoryTcpConnection c = s.Open("G");
            s.Advance(9_999);
            Assert.Equal(0, c.OutputLength);
            s.Advance(1);
            AssertAnswered(c, 408);
        }

        [Fact]
        public void The_head_deadline_starts_with_the_first_byte_so_a_preconnected_socket_may_wait()
        {
            var s = new MemoryServer(o =>
            {
                o.RequestTimeoutMilliseconds = 10_000;
                o.RequestHeadTimeoutMilliseconds = 2_000;
            });
            MemoryTcpConnection c = s.Open();
            s.Advance(5_000);
            Assert.Equal(0, c.OutputLength);

            MemoryServer.Write(c, "GET / HTTP/1.1\r\n");
            s.Advance(1_999);
            MemoryServer.Write(c, "Host: portal\r\n\r\n");
            s.Poll();
            AssertAnswered(c, 200);
        }

        [Fact]
        public void A_pipelined_request_gets_its_own_head_deadline_from_when_its_turn_comes()
        {
            var s = new MemoryServer(o => o.RequestHeadTimeoutMilliseconds = 2_000);
            MemoryTcpConnection c = s.Open(MemoryServer.Get() + "GET / HT");
            AssertAnswered(c, 200);
            c.ClearOutput();
            s.Advance(1_999);
            Assert.Equal(0, c.OutputLength);

            s.Advance(1);
            AssertAnswered(c, 408);
        }

        [Fact]
        public void A_new_client_takes_the_slot_of_the_oldest_trickling_connection()
        {
            var s = new MemoryServer();
            var tricklers = new MemoryTcpConnection[4];
            for (int i = 0; i < tricklers.Length; i++)
            {
                tricklers[i] = s.Open("GET / HT");
                s.Advance(10);
            }
            Assert.Equal(4, s.Server.OpenConnections);

            MemoryTcpConnection client = s.Open(MemoryServer.Get());

            AssertAnswered(client, 200);
            Assert.True(tricklers[0].ServerClosed);
            Assert.False(tricklers[1].ServerClosed || tricklers[2].ServerClosed || tricklers[3].ServerClosed);
            Assert.Equal(1, s.Server.ConnectionsEvicted);
            Assert.Equal(0, s.Server.ConnectionsRejected);
        }

        [Fact]
        public void Oldest_means_arrival_order_even_within_one_clock_tick()
        {
            var s = new MemoryServer();
            var tricklers = new MemoryTcpConnection[4];
            for (int i = 0; i < tricklers.Length; i++)
            {
                tricklers[i] = s.Open("GET / HT");
            }

            s.Open(MemoryServer.EchoHead(5));
            s.Open(MemoryServer.EchoHead(5));

            Assert.True(tricklers[0].ServerClosed);
            Assert.True(tricklers[1].ServerClosed);
            Assert.False(tricklers[2].ServerClosed || tricklers[3].ServerClosed);
        }

        [Fact]
        public void Newcomers_close_a_lingering_connection_first_then_an_idle_keep_alive_then_a_slow_head()
        {
            var s = new MemoryServer();
            MemoryTcpConnection slowHead = s.Open("GET / HT");
            MemoryTcpConnection idle = s.Open(MemoryServer.Get());
            MemoryTcpConnection lingering = s.Open("BAD\r\n\r\n");
            MemoryTcpConnection bodyInTime = s.Open(MemoryServer.EchoHead(5) + "ab");
            AssertAnswered(lingering, 400);
            Assert.False(lingering.ServerClosed);

            // Each newcomer waits for its body in time, so it is never the one closed for the next.
            MemoryTcpConnection first = s.Open(MemoryServer.EchoHead(5));
            Assert.True(lingering.ServerClosed);
            Assert.False(idle.ServerClosed || slowHead.ServerClosed);

            MemoryTcpConnection second = s.Open(MemoryServer.EchoHead(5));
            Assert.True(idle.ServerClosed);
            Assert.False(slowHead.ServerClosed);

            MemoryTcpConnection third = s.Open(MemoryServer.EchoHead(5));
            Assert.True(slowHead.ServerClosed);

            MemoryTcpConnection refused = s.Open(MemoryServer.Get());
            AssertAnswered(refused, 503);
            Assert.False(bodyInTime.ServerClosed || first.ServerClosed || second.ServerClosed || third.ServerClosed);
            Assert.Equal(3, s.Server.ConnectionsEvicted);
            Assert.Equal(1, s.Server.ConnectionsRejected);
        }

        [Fact]
        public void A_connection_that_has_sent_nothing_yet_ranks_by_age_with_the_slow_heads()
        {
            // A client just accepted has not been read yet: it must not be the first to go, or a flood would close
            // every newcomer before its request is read. One that stays silent goes when it is the oldest.
            var s = new MemoryServer();
            MemoryTcpConnection slowHead = s.Open("GET / HT");
            MemoryTcpConnection silent = s.Open();
            MemoryTcpConnection[] busy = { s.Open(MemoryServer.EchoHead(5)), s.Open(MemoryServer.EchoHead(5)) };

            s.Open(MemoryServer.EchoHead(5));
            Assert.True(slowHead.ServerClosed);
            Assert.False(silent.ServerClosed);

            s.Open(MemoryServer.EchoHead(5));
            Assert.True(silent.ServerClosed);
            Assert.False(busy[0].ServerClosed || busy[1].ServerClosed);
        }

        [Fact]
        public void A_connection_sending_its_answer_is_never_closed_for_a_newcomer()
        {
            var s = new MemoryServer();
            var readers = new MemoryTcpConnection[4];
            for (int i = 0; i < readers.Length; i++)
            {
                readers[i] = new MemoryTcpConnection(1 << 12) { SendBlocked = true };
                MemoryServer.Write(readers[i], MemoryServer.Get());
                s.Listener.Connect(readers[i]);
                s.Poll();
            }
            Assert.Equal(4, s.Server.RequestsHandled);

            MemoryTcpConnection refused = s.Open(MemoryServer.Get());

            AssertAnswered(refused, 503);
            Assert.Equal(0, s.Server.ConnectionsEvicted);
            foreach (MemoryTcpConnection r in readers)
            {
                Assert.False(r.ServerClosed);
            }
        }

        [Fact]
        public void A_body_arriving_in_time_keeps_its_slot_until_it_falls_below_the_minimum_rate()
        {
            // 100 bytes at 100 B/s after a 1 s grace: slow from 2 s after the head.
            var s = new MemoryServer(o =>
            {
                o.MinBodyBytesPerSecond = 100;
                o.BodyGraceMilliseconds = 1_000;
            });
            var posts = new MemoryTcpConnection[4];
            for (int i = 0; i < posts.Length; i++)
            {
                posts[i] = s.Open(MemoryServer.EchoHead(100));
            }
            s.Advance(1_999);
            AssertAnswered(s.Open(MemoryServer.Get()), 503);

            s.Advance(1);
            MemoryTcpConnection client = s.Open(MemoryServer.Get());

            AssertAnswered(client, 200);
            Assert.True(posts[0].ServerClosed);
            Assert.False(posts[1].ServerClosed);
        }

        [Fact]
        public void Without_a_minimum_body_rate_a_body_is_never_slow()
        {
            var s = new MemoryServer(o => o.MinBodyBytesPerSecond = 0);
            for (int i = 0; i < 4; i++)
            {
                s.Open(MemoryServer.EchoHead(100) + "part");
            }
            s.Advance(9_999);

            AssertAnswered(s.Open(MemoryServer.Get()), 503);
        }

        [Fact]
        public void The_body_deadline_starts_after_an_interim_100_continue()
        {
            var s = new MemoryServer(o =>
            {
                o.MinBodyBytesPerSecond = 100;
                o.BodyGraceMilliseconds = 1_000;
                o.RequestTimeoutMilliseconds = 60_000;
            });
            var posts = new MemoryTcpConnection[4];
            for (int i = 0; i < posts.Length; i++)
            {
                posts[i] = new MemoryTcpConnection(1 << 12) { SendBlocked = true };
                MemoryServer.Write(posts[i], "POST /echo HTTP/1.1\r\nHost: portal\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n");
                s.Listener.Connect(posts[i]);
                s.Poll();
            }

            // The interim answer cannot leave for 5 s; only then may the clients send, and only then does their time run.
            s.Advance(5_000);
            foreach (MemoryTcpConnection p in posts)
            {
                p.SendBlocked = false;
            }
            s.Poll();
            s.Advance(1_999);
            AssertAnswered(s.Open(MemoryServer.Get()), 503);
            s.Advance(1);
            AssertAnswered(s.Open(MemoryServer.Get()), 200);
        }
    }
}
