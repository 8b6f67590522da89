using System.Collections.Generic;

namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// The slowloris scenario of <c>./bench.sh portal</c> (which runs it on real sockets in real time), simulated on a
    /// fake clock in 50 ms steps: 50 connections trickle one byte every 2 s and reconnect as soon as they are answered
    /// or dropped, while a normal client sends one GET per second on a new connection, for 60 s, against the default
    /// 4 slots.
    /// </summary>
    public sealed class SlowlorisSimulationTests
    {
        private const int Attackers = 50;
        private const int StepMilliseconds = 50;
        private const int Seconds = 60;

        private static readonly byte[] Trickle = Encoding.ASCII.GetBytes(
            "GET / HTTP/1.1\r\nHost: portal\r\nX-Slow: " + new string('a', 200));

        [Fact]
        public void Fifty_trickling_connections_do_not_keep_a_normal_client_out()
        {
            var s = new MemoryServer();
            var attackers = new MemoryTcpConnection[Attackers];
            var written = new int[Attackers];
            var nextByteAt = new long[Attackers];
            var pending = new List<MemoryTcpConnection>();
            int sent = 0;
            int served = 0;
            int refused = 0;

            for (long now = 0; now < Seconds * 1000L; now += StepMilliseconds)
            {
                for (int i = 0; i < Attackers; i++)
                {
                    MemoryTcpConnection? a = attackers[i];
                    if (a == null || a.ServerClosed || a.ServerShutdownSend || written[i] == Trickle.Length)
                    {
                        a?.ClientShutdown();
                        attackers[i] = a = new MemoryTcpConnection(512);
                        written[i] = 0;
                        nextByteAt[i] = now;
                        s.Listener.Connect(a);
                    }
                    if (now >= nextByteAt[i])
                    {
                        a.ClientWrite(Trickle, written[i]++, 1);
                        nextByteAt[i] = now + 2000;
                    }
                }
                if (now % 1000 == 0)
                {
                    var client = new MemoryTcpConnection(1 << 12);
                    MemoryServer.Write(client, MemoryServer.Get());
                    s.Listener.Connect(client);
                    pending.Add(client);
                    sent++;
                }

                s.Poll(4);

                for (int i = pending.Count - 1; i >= 0; i--)
                {
                    MemoryTcpConnection client = pending[i];
                    string output = MemoryServer.Output(client);
                    if (output.StartsWith("HTTP/1.1 200 ", System.StringComparison.Ordinal) && output.Contains("</title>", System.StringComparison.Ordinal))
                    {
                        served++;
                    }
                    else if (output.Length > 0 || client.ServerClosed)
                    {
                        refused++;
                    }
                    else
                    {
                        continue;
                    }
                    client.ClientShutdown();
                    pending.RemoveAt(i);
                }
                s.Clock.Advance(StepMilliseconds);
            }

            Assert.Equal(Seconds, sent);
            Assert.True(served >= 0.9 * sent, served + " of " + sent + " GETs served, " + refused + " refused, " + pending.Count + " unanswered");
            Assert.True(s.Server.ConnectionsEvicted > 0);
            Assert.Equal(0, s.Server.InternalFailures);
        }
    }
}
