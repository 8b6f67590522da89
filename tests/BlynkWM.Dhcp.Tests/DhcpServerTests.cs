using BlynkWM.Dhcp.Tests.Support;
using BlynkWM.Host.Net.Memory;
using BlynkWM.Host.Time;

namespace BlynkWM.Dhcp.Tests
{
    /// <summary>
    /// The access point's DHCP server (runtime/BlynkWM.Runtime/Dhcp) message by message, with replies read strictly
    /// against RFC 2131/2132's layout by <see cref="DhcpReply"/>, on a manual clock.
    /// </summary>
    public sealed class DhcpServerTests
    {
        private static readonly uint Server = DhcpPacket.Ip("192.168.4.1");
        private static readonly uint First = DhcpPacket.Ip("192.168.4.2");

        private sealed class Rig
        {
            private readonly byte[] _response = new byte[DhcpMessageProcessor.MinResponseCapacity];

            public Rig(DhcpServerOptions? options = null)
            {
                Processor = new DhcpMessageProcessor(options ?? DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));
            }

            public DhcpMessageProcessor Processor { get; }

            public long Now { get; set; } = 1_000_000;

            public DhcpReplyTarget Target { get; private set; }

            public DhcpReply? Send(DhcpPacket packet) => Send(packet.Build());

            public DhcpReply? Send(byte[] bytes)
            {
                int n = Processor.Process(bytes, 0, bytes.Length, _response, Now, out DhcpReplyTarget target);
                Target = target;
                Assert.Equal(n == 0, target == DhcpReplyTarget.None);
                return n == 0 ? null : DhcpReply.Parse(_response, n);
            }

            /// <summary>DISCOVER, OFFER, REQUEST (selecting), ACK; returns the leased address.</summary>
            public uint Join(byte[] mac, uint xid = 0x1000)
            {
                DhcpReply offer = Send(new DhcpPacket(1, mac, xid).LikeAPhone("phone"))!;
                Assert.Equal(2, offer.MessageType);
                DhcpReply ack = Send(new DhcpPacket(3, mac, xid + 1).LikeAPhone("phone").Requested(offer.YourAddress).ServerId(Server))!;
                Assert.Equal(5, ack.MessageType);
                Assert.Equal(offer.YourAddress, ack.YourAddress);
                return ack.YourAddress;
            }
        }

        [Fact]
        public void A_phone_gets_an_offer_then_an_ack_laid_out_as_the_rfcs_say()
        {
            var rig = new Rig();
            byte[] mac = DhcpPacket.MacOf(1);
            DhcpReply offer = rig.Send(new DhcpPacket(1, mac, 0xDEADBEEF) { BroadcastFlag = true }.LikeAPhone("pixel-8"))!;

            Assert.Equal(DhcpReplyTarget.Broadcast, rig.Target);
            Assert.Equal(2, offer.Op); // BOOTREPLY
            Assert.Equal(1, offer.Bytes[1]); // htype Ethernet
            Assert.Equal(6, offer.Bytes[2]); // hlen
            Assert.Equal(0, offer.Bytes[3]); // hops
            Assert.Equal(0xDEADBEEFu, offer.Xid);
            Assert.Equal(0x8000, offer.Flags);
            Assert.Equal(0u, offer.ClientAddress);
            Assert.Equal(First, offer.YourAddress);
            Assert.Equal(0u, offer.RelayAddress);
            Assert.Equal(mac, offer.ClientHardwareAddress.AsSpan(0, 6).ToArray());
            Assert.All(offer.Bytes.AsSpan(34, 240 - 34 - 4).ToArray(), b => Assert.Equal(0, b)); // chaddr padding, sname, file
            Assert.True(offer.Bytes.Length >= 300);

            // Each option as RFC 2132 / RFC 8910 lay it out: code, length, value (addresses and times big-endian).
            string uri = Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes("http://192.168.4.1/.well-known/captive-portal")).ToLowerInvariant();
            Assert.Equal(
                "350102" + // 53 message type: OFFER
                "3604c0a80401" + // 54 server identifier 192.168.4.1
                "330400000258" + // 51 lease time 600 s
                "3a040000012c" + // 58 renewal (T1) 300 s
                "3b040000020d" + // 59 rebinding (T2) 525 s
                "0104ffffff00" + // 1 subnet mask
                "1c04c0a804ff" + // 28 broadcast address
                "0304c0a80401" + // 3 router
                "0604c0a80401" + // 6 DNS server: the captive DNS
                "72" + (uri.Length / 2).ToString("x2") + uri + // 114 captive-portal API URI
                "ff",
                offer.OptionsHex);

            DhcpReply ack = rig.Send(new DhcpPacket(3, mac, 0xDEADBEF0).LikeAPhone("pixel-8").Requested(First).ServerId(Server))!;
            Assert.Equal(DhcpReplyTarget.Broadcast, rig.Target);
            Assert.Equal(5, ack.MessageType);
            Assert.Equal(0xDEADBEF0u, ack.Xid);
            Assert.Equal(First, ack.YourAddress);
            Assert.Equal(offer.OptionsHex.Substring(6), ack.OptionsHex.Substring(6));
            Assert.Equal(DhcpLeaseState.Bound, rig.Processor.Leases.StateAt(0, rig.Now));
            Assert.Equal(rig.Now + 600_000, rig.Processor.Leases.ExpiresAt(0));
            Assert.Equal(1, rig.Processor.Offers);
            Assert.Equal(1, rig.Processor.Acks);
        }

        [Fact]
        public void Renewing_and_rebinding_extend_the_lease_and_answer_the_sender()
        {
            var rig = new Rig();
            byte[] mac = DhcpPacket.MacOf(1);
            uint address = rig.Join(mac);

            rig.Now += 300_000; // T1: the phone unicasts a REQUEST from its address, no 50, no 54
            DhcpReply renew = rig.Send(new DhcpPacket(3, mac, 7) { ClientAddress = address })!;
            Assert.Equal(DhcpReplyTarget.Sender, rig.Target);
            Assert.Equal(5, renew.MessageType);
            Assert.Equal(address, renew.ClientAddress);
            Assert.Equal(address, renew.YourAddress);
            Assert.Equal(rig.Now + 600_000, rig.Processor.Leases.ExpiresAt(rig.Processor.Leases.SlotOf(address)));

            rig.Now += 525_000; // T2: rebinding, broadcast with ciaddr set
            DhcpReply rebind = rig.Send(new DhcpPacket(3, mac, 8) { ClientAddress = address, BroadcastFlag = true })!;
            Assert.Equal(5, rebind.MessageType);
            Assert.Equal(0x8000, rebind.Flags);
            Assert.Equal(DhcpLeaseState.Bound, rig.Processor.Leases.StateAt(0, rig.Now + 599_000));
        }

        [Fact]
        public void After_a_device_reboot_a_phone_keeps_its_address_by_init_reboot_or_renewal()
        {
            var rig = new Rig(); // an empty table, as after a reboot
            byte[] mac = DhcpPacket.MacOf(5);
            DhcpReply initReboot = rig.Send(new DhcpPacket(3, mac, 1).Requested(First + 3))!;
            Assert.Equal(5, initReboot.MessageType);
            Assert.Equal(First + 3, initReboot.YourAddress);
            Assert.Equal(DhcpReplyTarget.Broadcast, rig.Target);

            var other = new Rig();
            DhcpReply renew = other.Send(new DhcpPacket(3, mac, 2) { ClientAddress = First + 1 })!;
            Assert.Equal(5, renew.MessageType);
            Assert.Equal(DhcpReplyTarget.Sender, other.Target);
        }

        [Fact]
        public void A_request_for_an_address_that_is_not_ours_gets_a_nak_by_broadcast()
        {
            var rig = new Rig();
            byte[] mac = DhcpPacket.MacOf(1);
            foreach (string wrong in new[] { "10.0.0.7", "192.168.4.1", "192.168.4.200", "192.168.4.255" })
            {
                DhcpReply nak = rig.Send(new DhcpPacket(3, mac, 0x42).Requested(DhcpPacket.Ip(wrong)))!;
                Assert.Equal(DhcpReplyTarget.Broadcast, rig.Target);
                Assert.Equal(6, nak.MessageType);
                Assert.Equal("350106" + "3604c0a80401" + "ff", nak.OptionsHex);
                Assert.Equal(0u, nak.YourAddress);
                Assert.Equal(0u, nak.ClientAddress);
                Assert.Equal(0x42u, nak.Xid);
            }

            // A renewing client whose address is outside the pool is told too.
            DhcpReply renewNak = rig.Send(new DhcpPacket(3, mac, 0x43) { ClientAddress = DhcpPacket.Ip("192.168.1.20") })!;
            Assert.Equal(6, renewNak.MessageType);
            Assert.Equal(DhcpReplyTarget.Broadcast, rig.Target);
            Assert.Equal(5, rig.Processor.Naks);
            Assert.Equal(0, rig.Processor.Acks);
        }

        [Fact]
        public void A_second_client_gets_another_address_and_cannot_take_the_first_ones()
        {
            var rig = new Rig();
            uint a = rig.Join(DhcpPacket.MacOf(1));
            uint b = rig.Join(DhcpPacket.MacOf(2));
            Assert.Equal(First, a);
            Assert.Equal(First + 1, b);

            DhcpReply steal = rig.Send(new DhcpPacket(3, DhcpPacket.MacOf(2), 9).Requested(a).ServerId(Server))!;
            Assert.Equal(6, steal.MessageType);
            DhcpReply stealByDiscover = rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(3), 10).Requested(a))!;
            Assert.NotEqual(a, stealByDiscover.YourAddress);

            // A client that lost its state and discovers again gets its own address back.
            DhcpReply again = rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(1), 11))!;
            Assert.Equal(a, again.YourAddress);
            Assert.Equal(DhcpLeaseState.Bound, rig.Processor.Leases.StateAt(0, rig.Now));
        }

        [Fact]
        public void A_full_pool_offers_nothing_until_a_lease_is_released_or_expires()
        {
            var options = new DhcpServerOptions("192.168.4.1", "255.255.255.0", "192.168.4.10", 2);
            var rig = new Rig(options);
            uint a = rig.Join(DhcpPacket.MacOf(1));
            rig.Join(DhcpPacket.MacOf(2));

            Assert.Null(rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(3), 1)));
            Assert.Equal(1, rig.Processor.PoolExhausted);

            rig.Send(new DhcpPacket(7, DhcpPacket.MacOf(1), 2) { ClientAddress = a }.ServerId(Server));
            Assert.Equal(DhcpReplyTarget.None, rig.Target);
            Assert.Equal(1, rig.Processor.Releases);
            Assert.Equal(DhcpLeaseState.Expired, rig.Processor.Leases.StateAt(0, rig.Now));
            DhcpReply offer = rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(3), 3))!;
            Assert.Equal(a, offer.YourAddress);

            // The third client's offer holds the address for 30 s; then it goes to the next client.
            Assert.Null(rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(4), 4)));
            rig.Now += 30_000;
            Assert.Equal(a, rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(4), 5))!.YourAddress);

            // Leases run out after 600 s.
            rig.Now += 600_000;
            Assert.Equal(0, rig.Processor.Leases.CountBound(rig.Now));
        }

        [Fact]
        public void A_declined_address_is_held_back_and_another_offered()
        {
            var rig = new Rig();
            byte[] mac = DhcpPacket.MacOf(1);
            uint a = rig.Join(mac);
            Assert.Null(rig.Send(new DhcpPacket(4, mac, 5).Requested(a).ServerId(Server)));
            Assert.Equal(1, rig.Processor.Declines);
            Assert.Equal(DhcpLeaseState.Declined, rig.Processor.Leases.StateAt(0, rig.Now));

            DhcpReply next = rig.Send(new DhcpPacket(1, mac, 6).Requested(a))!;
            Assert.Equal(a + 1, next.YourAddress);
            Assert.Equal(6, rig.Send(new DhcpPacket(3, DhcpPacket.MacOf(9), 7).Requested(a))!.MessageType);

            rig.Now += 600_000;
            Assert.Equal(DhcpLeaseState.Free, rig.Processor.Leases.StateAt(0, rig.Now));

            // Declining someone else's address changes nothing.
            uint b = rig.Join(DhcpPacket.MacOf(2));
            rig.Send(new DhcpPacket(4, DhcpPacket.MacOf(3), 8).Requested(b));
            Assert.Equal(DhcpLeaseState.Bound, rig.Processor.Leases.StateAt(rig.Processor.Leases.SlotOf(b), rig.Now));
        }

        [Fact]
        public void A_request_for_another_server_withdraws_the_offer_silently()
        {
            var options = new DhcpServerOptions("192.168.4.1", "255.255.255.0", "192.168.4.10", 1);
            var rig = new Rig(options);
            DhcpReply offer = rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(1), 1))!;
            Assert.Null(rig.Send(new DhcpPacket(3, DhcpPacket.MacOf(1), 2).Requested(DhcpPacket.Ip("10.1.1.5")).ServerId(DhcpPacket.Ip("10.1.1.1"))));
            Assert.Equal(offer.YourAddress, rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(2), 3))!.YourAddress);
        }

        [Fact]
        public void Inform_gets_the_options_without_a_lease()
        {
            var rig = new Rig();
            uint own = DhcpPacket.Ip("192.168.4.77");
            DhcpReply ack = rig.Send(new DhcpPacket(8, DhcpPacket.MacOf(1), 3) { ClientAddress = own })!;
            Assert.Equal(DhcpReplyTarget.Sender, rig.Target);
            Assert.Equal(5, ack.MessageType);
            Assert.Equal(0u, ack.YourAddress);
            Assert.Equal(own, ack.ClientAddress);
            Assert.Equal(new[] { 53, 54, 1, 28, 3, 6, 114 }, ack.Order);
            Assert.Equal(1, rig.Processor.Informs);
            Assert.Equal(0, rig.Processor.Leases.CountBound(rig.Now));
        }

        [Fact]
        public void Without_a_uri_there_is_no_option_114()
        {
            var options = DhcpServerOptions.ForAccessPoint("10.0.0.1", 2);
            options.CaptivePortalUri = null!;
            options.LeaseSeconds = 3600;
            var rig = new Rig(options);
            DhcpReply offer = rig.Send(new DhcpPacket(1, DhcpPacket.MacOf(1), 3))!;
            Assert.Equal(new[] { 53, 54, 51, 58, 59, 1, 28, 3, 6 }, offer.Order);
            Assert.Equal(3600u, offer.Address(51));
            Assert.Equal(1800u, offer.Address(58));
            Assert.Equal(3150u, offer.Address(59));
            Assert.Equal(DhcpPacket.Ip("10.0.0.2"), offer.YourAddress);
        }

        public static TheoryData<string, byte[]> Malformed()
        {
            byte[] mac = DhcpPacket.MacOf(1);
            byte[] good = new DhcpPacket(1, mac, 1).Build();
            return new TheoryData<string, byte[]>
            {
                { "empty", Array.Empty<byte>() },
                { "header only", good.AsSpan(0, 236).ToArray() },
                { "cookie only, no options", good.AsSpan(0, 240).ToArray() },
                { "BOOTREPLY", new DhcpPacket(1, mac, 1) { Op = 2 }.Build() },
                { "token ring", new DhcpPacket(1, mac, 1) { HardwareType = 6 }.Build() },
                { "hlen 16", new DhcpPacket(1, mac, 1) { HardwareLength = 16 }.Build() },
                { "relayed", new DhcpPacket(1, mac, 1) { RelayAddress = 0x0A000001 }.Build() },
                { "no cookie (BOOTP)", new DhcpPacket(1, mac, 1) { Cookie = 0 }.Build() },
                { "no message type", new DhcpPacket(0, mac, 1).Option(12, 0x41).Build() },
                { "message type 0", new DhcpPacket(0, mac, 1).Option(53, 0).Build() },
                { "message type OFFER", new DhcpPacket(2, mac, 1).Build() },
                { "message type 200", new DhcpPacket(200, mac, 1).Build() },
                { "message type of length 2", new DhcpPacket(0, mac, 1).Option(53, 1, 1).Build() },
                { "requested address of length 3", new DhcpPacket(1, mac, 1).Option(50, 1, 2, 3).Build() },
                { "server id of length 5", new DhcpPacket(3, mac, 1).Option(54, 1, 2, 3, 4, 5).Build() },
                { "option length past the end", Cut(new DhcpPacket(1, mac, 1) { WithEnd = false }.Raw(12, 200, 65).Build(), 246) },
                { "option code as the last byte", Cut(new DhcpPacket(1, mac, 1) { WithEnd = false }.Raw(12).Build(), 244) },
                { "request without address", new DhcpPacket(3, mac, 1).Build() },
                { "selecting without requested address", new DhcpPacket(3, mac, 1).ServerId(Server).Build() },
                { "decline without address", new DhcpPacket(4, mac, 1).Build() },
            };
        }

        private static byte[] Cut(byte[] packet, int length) => packet.AsSpan(0, length).ToArray();

        [Theory]
        [MemberData(nameof(Malformed))]
        public void Malformed_messages_get_no_reply_and_change_nothing(string what, byte[] packet)
        {
            var rig = new Rig();
            Assert.True(rig.Send(packet) == null, what);
            Assert.Equal(1, rig.Processor.Dropped);
            Assert.Equal(DhcpLeaseState.Free, rig.Processor.Leases.StateAt(0, rig.Now));
        }

        [Fact]
        public void Missing_end_option_and_pads_and_repeated_options_are_tolerated()
        {
            var rig = new Rig();
            byte[] mac = DhcpPacket.MacOf(1);
            byte[] noEnd = new DhcpPacket(1, mac, 1) { WithEnd = false }.Raw(0, 0, 0).Option(53, 3).Build();
            // Padding after the options reads as PADs; the first message type (DISCOVER) counts.
            Assert.Equal(2, rig.Send(noEnd.AsSpan(0, 250).ToArray())!.MessageType);
        }

        [Fact]
        public void Processing_allocates_nothing_per_message()
        {
            var rig = new Rig();
            var response = new byte[DhcpMessageProcessor.MinResponseCapacity];
            byte[] discover = new DhcpPacket(1, DhcpPacket.MacOf(1), 1).LikeAPhone("p").Build();
            byte[] request = new DhcpPacket(3, DhcpPacket.MacOf(1), 2).Requested(First).ServerId(Server).Build();
            byte[] broken = discover.AsSpan(0, 100).ToArray();
            for (int i = 0; i < 10; i++)
            {
                rig.Processor.Process(discover, 0, discover.Length, response, i, out _);
                rig.Processor.Process(request, 0, request.Length, response, i, out _);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                rig.Processor.Process(discover, 0, discover.Length, response, i, out _);
                rig.Processor.Process(request, 0, request.Length, response, i, out _);
                rig.Processor.Process(broken, 0, broken.Length, response, i, out _);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void The_server_broadcasts_to_the_client_port_and_answers_renewals_to_the_sender()
        {
            var port = new MemoryUdpPort();
            var clock = new ManualClock(5000);
            var server = new CaptiveDhcpServer(port, clock, DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));
            byte[] mac = DhcpPacket.MacOf(1);

            byte[] discover = new DhcpPacket(1, mac, 1).LikeAPhone("iphone").Build();
            port.Deliver(discover, 0, discover.Length);
            Assert.Equal(1, server.Poll());
            Assert.Equal(68, port.LastBroadcastPort);
            Assert.Equal(2, DhcpReply.Parse(port.LastReply, port.LastReplyLength).MessageType);

            byte[] request = new DhcpPacket(3, mac, 2).Requested(First).ServerId(Server).Build();
            port.Deliver(request, 0, request.Length);
            server.Poll();
            Assert.Equal(68, port.LastBroadcastPort);
            Assert.Equal(5, DhcpReply.Parse(port.LastReply, port.LastReplyLength).MessageType);

            clock.Advance(300_000);
            byte[] renew = new DhcpPacket(3, mac, 3) { ClientAddress = First }.Build();
            port.Deliver(renew, 0, renew.Length);
            server.Poll();
            Assert.Equal(-1, port.LastBroadcastPort);
            Assert.Equal(5, DhcpReply.Parse(port.LastReply, port.LastReplyLength).MessageType);
            Assert.Equal(clock.NowMilliseconds + 600_000, server.Processor.Leases.ExpiresAt(0));

            byte[] junk = { 1, 2, 3 };
            port.Deliver(junk, 0, junk.Length);
            server.Poll();
            Assert.Equal(-1, port.LastReplyLength);
            Assert.Equal(3, server.Sent);
            Assert.Equal(0, server.SendFailures);
            Assert.Equal(1, server.Processor.Dropped);
        }

        [Theory]
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.1", 4, "firstPoolAddress")] // includes the server
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.250", 10, "firstPoolAddress")] // leaves the subnet
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.0", 2, "firstPoolAddress")] // network address
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.250", 6, "firstPoolAddress")] // broadcast address
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.5.2", 2, "firstPoolAddress")]
        [InlineData("192.168.4.255", "255.255.255.0", "192.168.4.2", 2, "serverAddress")]
        [InlineData("192.168.4.1", "255.0.255.0", "192.168.4.2", 2, "subnetMask")]
        [InlineData("192.168.4.1", "255.255.255.254", "192.168.4.2", 1, "subnetMask")]
        [InlineData("192.168.4", "255.255.255.0", "192.168.4.2", 2, "serverAddress")]
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.2", 0, "poolSize")]
        [InlineData("192.168.4.1", "255.255.255.0", "192.168.4.2", 65, "poolSize")]
        public void Options_refuse_what_cannot_work_naming_the_argument(string server, string mask, string first, int size, string argument)
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => new DhcpServerOptions(server, mask, first, size));
            Assert.Equal(argument, e.ParamName);
        }

        [Fact]
        public void Option_setters_check_their_values()
        {
            var options = DhcpServerOptions.ForAccessPoint("192.168.4.1", 4);
            Assert.Equal(8, options.PoolSize);
            Assert.Equal("192.168.4.2", options.FirstPoolAddress);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.LeaseSeconds = 59);
            Assert.Throws<ArgumentException>(() => options.CaptivePortalUri = "http://x/" + new string('a', 247));
            Assert.Throws<ArgumentException>(() => options.CaptivePortalUri = "http://x/ y");
            options.CaptivePortalUri = "http://x/" + new string('a', 246);
            Assert.Equal(255, options.CaptivePortalUri.Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => DhcpServerOptions.ForAccessPoint("192.168.4.1", 61));
        }
    }
}
