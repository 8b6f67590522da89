using BlynkWM.Dns.Tests.Support;

namespace BlynkWM.Dns.Tests
{
    /// <summary>Byte-level checks of the captive DNS answers, without sockets.</summary>
    public sealed class DnsMessageProcessorTests
    {
        private static readonly byte[] Portal = { 192, 168, 4, 1 };
        private readonly DnsMessageProcessor _processor = new DnsMessageProcessor(Portal, 10);
        private readonly byte[] _reply = new byte[512];

        private byte[] Process(byte[] query)
        {
            int n = _processor.Process(query, 0, query.Length, _reply);
            return _reply.AsSpan(0, n).ToArray();
        }

        [Fact]
        public void A_query_is_answered_with_the_portal_address()
        {
            byte[] query = DnsQuery.Build("connectivitycheck.gstatic.com", 1, id: 0xBEEF);
            byte[] reply = Process(query);
            Assert.Equal(0xBE, reply[0]);
            Assert.Equal(0xEF, reply[1]);
            Assert.Equal(0x85, reply[2]);
            Assert.Equal(0x00, reply[3]);
            Assert.Equal(1, DnsQuery.Count(reply, 0));
            Assert.Equal(1, DnsQuery.Count(reply, 1));
            Assert.Equal(query.AsSpan(12).ToArray(), reply.AsSpan(12, query.Length - 12).ToArray());
            byte[] answer = reply.AsSpan(query.Length).ToArray();
            Assert.Equal(new byte[] { 0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 10, 0, 4, 192, 168, 4, 1 }, answer);
        }

        [Theory]
        [InlineData(0x0100, 1, 0x00)]
        [InlineData(0x0000, 1, 0x00)]
        [InlineData(0x01F0, 1, 0x10)]
        [InlineData(0x0110, 28, 0x10)]
        [InlineData(0x1100, 1, 0x04)]
        public void Recursion_is_never_offered_because_the_responder_does_not_recurse(int flags, int qtype, int expectedByte3)
        {
            // Whatever the query asks (RD, Z, AD, CD; a standard query, an AAAA, an unknown opcode): RA stays 0, Z and
            // AD are never set, CD is echoed.
            byte[] reply = Process(DnsQuery.Build("example.com", qtype, flags: flags));
            Assert.Equal(0, reply[3] & 0x80);
            Assert.Equal(expectedByte3, reply[3]);
        }

        [Fact]
        public void A_malformed_query_does_not_offer_recursion_either()
        {
            byte[] reply = Process(DnsQuery.Build("example.com", 1, qdcount: 2));
            Assert.Equal(1, DnsQuery.Rcode(reply));
            Assert.Equal(0, reply[3] & 0x80);
        }

        [Fact]
        public void Question_case_is_preserved_for_0x20_randomisation()
        {
            byte[] reply = Process(DnsQuery.Build("ExAmPlE.CoM", 1));
            Assert.Equal("ExAmPlE", System.Text.Encoding.ASCII.GetString(reply, 13, 7));
        }

        [Theory]
        [InlineData(28)]
        [InlineData(16)]
        [InlineData(15)]
        [InlineData(65)]
        public void Other_types_get_nodata(int qtype)
        {
            byte[] reply = Process(DnsQuery.Build("example.com", qtype));
            Assert.Equal(0, DnsQuery.Rcode(reply));
            Assert.Equal(1, DnsQuery.Count(reply, 0));
            Assert.Equal(0, DnsQuery.Count(reply, 1));
            Assert.Equal(0x04, reply[2] & 0x04);
        }

        [Fact]
        public void Any_query_gets_the_a_record()
        {
            Assert.Equal(1, DnsQuery.Count(Process(DnsQuery.Build("example.com", 255)), 1));
        }

        [Fact]
        public void Non_internet_class_gets_nodata()
        {
            byte[] reply = Process(DnsQuery.Build("version.bind", 16, qclass: 3));
            Assert.Equal(0, DnsQuery.Rcode(reply));
            Assert.Equal(0, DnsQuery.Count(reply, 1));
        }

        [Fact]
        public void Root_name_query_is_answered()
        {
            Assert.Equal(1, DnsQuery.Count(Process(DnsQuery.Build(".", 1)), 1));
        }

        [Fact]
        public void Edns_query_gets_a_minimal_opt_record_back()
        {
            byte[] reply = Process(DnsQuery.Build("example.com", 1, opt: true));
            Assert.Equal(1, DnsQuery.Count(reply, 3));
            Assert.Equal(new byte[] { 0, 0, 41, 0x04, 0xD0, 0, 0, 0, 0, 0, 0 }, reply.AsSpan(reply.Length - 11).ToArray());
        }

        [Fact]
        public void Unknown_edns_version_gets_badvers()
        {
            byte[] reply = Process(DnsQuery.Build("example.com", 1, opt: true, ednsVersion: 1));
            Assert.Equal(0, DnsQuery.Rcode(reply));
            Assert.Equal(0, DnsQuery.Count(reply, 1));
            Assert.Equal(1, reply[reply.Length - 11 + 5]);
        }

        [Fact]
        public void Responses_are_ignored()
        {
            Assert.Empty(Process(DnsQuery.Build("example.com", 1, flags: 0x8100)));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(11)]
        public void Packets_without_a_full_header_are_ignored(int length)
        {
            Assert.Empty(Process(new byte[length]));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(4)]
        [InlineData(5)]
        public void Other_opcodes_get_notimp(int opcode)
        {
            byte[] reply = Process(DnsQuery.Build("example.com", 1, flags: (opcode << 11) | 0x0100));
            Assert.Equal(4, DnsQuery.Rcode(reply));
            Assert.Equal(opcode, (reply[2] >> 3) & 0x0F);
            Assert.Equal(12, reply.Length);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        [InlineData(65535)]
        public void Question_count_other_than_one_is_formerr(int qdcount)
        {
            byte[] reply = Process(DnsQuery.Build("example.com", 1, qdcount: qdcount));
            Assert.Equal(1, DnsQuery.Rcode(reply));
            Assert.Equal(12, reply.Length);
        }

        public static TheoryData<byte[], string> Malformed()
        {
            byte[] ok = DnsQuery.Build("example.com", 1);
            byte[] pointerToSelf = DnsQuery.Build("example.com", 1);
            pointerToSelf[12] = 0xC0;
            pointerToSelf[13] = 12;
            byte[] pointerLoopLater = DnsQuery.Build("a.example.com", 1);
            pointerLoopLater[14] = 0xC0;
            pointerLoopLater[15] = 14;
            byte[] hugeAnswerCount = (byte[])ok.Clone();
            hugeAnswerCount[6] = 0xFF;
            hugeAnswerCount[7] = 0xFF;
            byte[] hugeAdditional = (byte[])ok.Clone();
            hugeAdditional[10] = 0xFF;
            hugeAdditional[11] = 0xFF;
            byte[] labelPastEnd = (byte[])ok.Clone();
            labelPastEnd[12] = 63;
            byte[] extendedLabel = (byte[])ok.Clone();
            extendedLabel[12] = 0x41;
            byte[] longName = DnsQuery.Build(string.Join(".", new string('a', 63), new string('b', 63), new string('c', 63), new string('d', 63)), 1);
            byte[] twoOpts = DnsQuery.Build("example.com", 1, opt: true);
            Array.Resize(ref twoOpts, twoOpts.Length + 11);
            Array.Copy(twoOpts, twoOpts.Length - 22, twoOpts, twoOpts.Length - 11, 11);
            twoOpts[11] = 2;
            return new TheoryData<byte[], string>
            {
                { ok.AsSpan(0, ok.Length - 1).ToArray(), "truncated in qclass" },
                { ok.AsSpan(0, 15).ToArray(), "truncated in the name" },
                { ok.AsSpan(0, 12).ToArray(), "header only" },
                { pointerToSelf, "compression pointer to itself" },
                { pointerLoopLater, "pointer loop after a label" },
                { hugeAnswerCount, "65535 answers claimed" },
                { hugeAdditional, "65535 additional records claimed" },
                { labelPastEnd, "label longer than the packet" },
                { extendedLabel, "extended label type" },
                { longName, "name over 255 bytes" },
                { twoOpts, "two OPT records" },
            };
        }

        [Theory]
        [MemberData(nameof(Malformed))]
        public void Malformed_queries_get_formerr_and_nothing_else(byte[] query, string why)
        {
            byte[] reply = Process(query);
            Assert.True(reply.Length == 12, why + ": length " + reply.Length);
            Assert.Equal(query[0], reply[0]);
            Assert.Equal(query[1], reply[1]);
            Assert.True(DnsQuery.Rcode(reply) == 1, why);
            Assert.Equal(0x80, reply[2] & 0x80);
        }

        [Fact]
        public void Compressed_names_in_other_sections_are_skipped_not_followed()
        {
            byte[] q = DnsQuery.Build("example.com", 1);
            byte[] withAuthority = new byte[q.Length + 12];
            q.CopyTo(withAuthority, 0);
            withAuthority[9] = 1;
            // A record whose name is a pointer to itself: harmless when only skipped.
            byte[] record = { 0xC0, (byte)q.Length, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0 };
            record.CopyTo(withAuthority, q.Length);
            byte[] reply = Process(withAuthority);
            Assert.Equal(0, DnsQuery.Rcode(reply));
            Assert.Equal(1, DnsQuery.Count(reply, 1));
        }
    }
}
