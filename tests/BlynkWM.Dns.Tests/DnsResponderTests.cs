using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BlynkWM.Host.Net;
using BlynkWM.Dns.Tests.Support;

namespace BlynkWM.Dns.Tests
{
    /// <summary>The captive DNS responder on a real UDP socket, queried by dig and by hand-made packets.</summary>
    public sealed class DnsResponderTests : IDisposable
    {
        private readonly SocketUdpPort _port = new SocketUdpPort(IPAddress.Loopback, 0);
        private readonly CaptiveDnsResponder _responder;
        private readonly PollLoop _loop;

        public DnsResponderTests()
        {
            _responder = new CaptiveDnsResponder(_port, new byte[] { 10, 9, 8, 7 });
            _loop = new PollLoop("dns-test", () => _responder.Poll() > 0);
        }

        public void Dispose()
        {
            _loop.Dispose();
            _port.Dispose();
            Assert.Null(_loop.Failure);
        }

        private byte[]? Exchange(byte[] query)
        {
            using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            client.Client.ReceiveTimeout = 2000;
            client.Send(query, query.Length, new IPEndPoint(IPAddress.Loopback, _port.LocalPort));
            try
            {
                IPEndPoint? from = null;
                return client.Receive(ref from);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut)
            {
                return null;
            }
        }

        /// <summary>
        /// Proves a packet got no reply without waiting for a timeout: a good query follows it from the same
        /// socket, and replies come in order, so the first reply must be the good one's.
        /// </summary>
        private void AssertNoReply(byte[] ignored)
        {
            using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            client.Client.ReceiveTimeout = 5000;
            var server = new IPEndPoint(IPAddress.Loopback, _port.LocalPort);
            client.Send(ignored, ignored.Length, server);
            byte[] marker = DnsQuery.Build("marker.example", 1, id: 0x7A7A);
            client.Send(marker, marker.Length, server);
            IPEndPoint? from = null;
            byte[] reply = client.Receive(ref from);
            Assert.Equal(0x7A, reply[0]);
            Assert.Equal(0x7A, reply[1]);
            Assert.Equal(1, DnsQuery.Count(reply, 1));
        }

        /// <summary>The responder answers <paramref name="query"/> with FORMERR (rcode 1).</summary>
        private void AssertFormatError(byte[] query)
        {
            byte[]? reply = Exchange(query);
            Assert.NotNull(reply);
            Assert.Equal(1, DnsQuery.Rcode(reply!));
        }

        private void AssertDigStillAnswers()
        {
            string output = Dig.Run(_port.LocalPort, "after-abuse.example", "A");
            Assert.Contains("status: NOERROR", output);
            Assert.Matches(new Regex(@"after-abuse\.example\.\s+10\s+IN\s+A\s+10\.9\.8\.7"), output);
        }

        [Fact]
        public void Dig_a_query_gets_the_portal_address()
        {
            string output = Dig.Run(_port.LocalPort, "connectivitycheck.gstatic.com", "A");
            Assert.Contains("status: NOERROR", output);
            Assert.Contains("ANSWER: 1", output);
            Assert.Contains(" aa ", output);
            // dig's own words for an answer without RA to a query with RD: the responder does not claim to recurse.
            Assert.Contains("recursion requested but not available", output);
            Assert.Matches(new Regex(@"connectivitycheck\.gstatic\.com\.\s+10\s+IN\s+A\s+10\.9\.8\.7"), output);
        }

        [Fact]
        public void Dig_without_edns_gets_the_same_answer()
        {
            string output = Dig.Run(_port.LocalPort, "+noedns", "captive.apple.com", "A");
            Assert.Contains("status: NOERROR", output);
            Assert.Matches(new Regex(@"captive\.apple\.com\.\s+10\s+IN\s+A\s+10\.9\.8\.7"), output);
            Assert.DoesNotContain("OPT PSEUDOSECTION", output);
        }

        [Fact]
        public void Dig_aaaa_query_gets_nodata()
        {
            string output = Dig.Run(_port.LocalPort, "www.msftconnecttest.com", "AAAA");
            Assert.Contains("status: NOERROR", output);
            Assert.Contains("ANSWER: 0", output);
            Assert.Contains("OPT PSEUDOSECTION", output);
        }

        [Fact]
        public void Dig_unknown_edns_version_gets_badvers()
        {
            string output = Dig.Run(_port.LocalPort, "+edns=1", "+noednsnegotiation", "example.com", "A");
            Assert.Contains("status: BADVERS", output);
        }

        [Fact]
        public void Dig_status_opcode_gets_notimp()
        {
            string output = Dig.Run(_port.LocalPort, "+opcode=status", "example.com", "A");
            Assert.Contains("status: NOTIMP", output);
        }

        [Fact]
        public void Dig_tcp_less_mode_handles_many_queries_in_a_row()
        {
            string output = Dig.Run(_port.LocalPort, "a.example", "A", "b.example", "MX", "c.example", "TXT");
            Assert.Matches(new Regex(@"a\.example\.\s+10\s+IN\s+A\s+10\.9\.8\.7"), output);
            Assert.Equal(3, Regex.Matches(output, "status: NOERROR").Count);
        }

        [Fact]
        public void Truncated_and_runt_packets_are_handled_and_the_responder_keeps_answering()
        {
            byte[] query = DnsQuery.Build("example.com", 1);
            AssertNoReply(new byte[] { 0x12 });
            AssertFormatError(query.AsSpan(0, query.Length - 3).ToArray());
            AssertDigStillAnswers();
        }

        [Fact]
        public void Pointer_loops_get_formerr_and_the_responder_keeps_answering()
        {
            byte[] loop = DnsQuery.Build("example.com", 1);
            loop[12] = 0xC0;
            loop[13] = 12;
            AssertFormatError(loop);
            AssertDigStillAnswers();
        }

        [Fact]
        public void Huge_counts_get_formerr_and_the_responder_keeps_answering()
        {
            byte[] huge = DnsQuery.Build("example.com", 1);
            huge[6] = huge[7] = huge[8] = huge[9] = huge[10] = huge[11] = 0xFF;
            AssertFormatError(huge);
            byte[] manyQuestions = DnsQuery.Build("example.com", 1, qdcount: 0xFFFF);
            AssertFormatError(manyQuestions);
            AssertDigStillAnswers();
        }

        [Fact]
        public void Responses_and_oversized_garbage_are_ignored_and_the_responder_keeps_answering()
        {
            AssertNoReply(DnsQuery.Build("example.com", 1, flags: 0x8180));
            byte[] big = new byte[4000];
            new Random(5).NextBytes(big);
            AssertNoReply(big);
            var random = new Random(9);
            using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            var server = new IPEndPoint(IPAddress.Loopback, _port.LocalPort);
            int handled = _responder.Answered + _responder.Ignored;
            for (int batch = 0; batch < 20; batch++)
            {
                // In batches, so a busy machine cannot overflow the socket buffer and drop datagrams.
                for (int i = 0; i < 10; i++)
                {
                    byte[] noise = new byte[random.Next(12, 600)];
                    random.NextBytes(noise);
                    client.Send(noise, noise.Length, server);
                }
                handled += 10;
                int target = handled;
                Assert.True(System.Threading.SpinWait.SpinUntil(() => _responder.Answered + _responder.Ignored >= target, 5000),
                    "responder handled " + (_responder.Answered + _responder.Ignored) + " of " + target + " packets");
            }
            AssertDigStillAnswers();
        }
    }
}
