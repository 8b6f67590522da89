using BlynkWM.Dhcp;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The access point's DHCP server on the device: a phone's DISCOVER/OFFER/REQUEST/ACK and its renewal through the
    /// server over an in-memory UDP port, a second client, a NAK, a full pool, RELEASE, DECLINE, INFORM and malformed
    /// messages. Every reply's bytes are compared with the .NET run.
    /// </summary>
    public static class DhcpSuite
    {
        private const uint Server = 0xC0A80401;
        private const uint First = 0xC0A80402;

        public static void Run(Check check)
        {
            check.Run("dhcp.phone", PhoneExchange);
            check.Run("dhcp.clients", TwoClientsAndNak);
            check.Run("dhcp.pool", FullPool);
            check.Run("dhcp.inform", DeclineAndInform);
            check.Run("dhcp.malformed", Malformed);
        }

        private static void PhoneExchange(Check check)
        {
            var port = new MemoryUdp();
            var clock = new ManualClock(1000);
            var server = new CaptiveDhcpServer(port, clock, DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));

            port.Deliver(Message(DhcpFormat.Discover, 1, 0x11223344, 0, 0, 0, true));
            check.Equal("one message read", 1, server.Poll());
            byte[] offer = port.Sent;
            check.Equal("the offer is broadcast to the client port", 68, port.BroadcastPort);
            check.Digest("offer", offer, 0, offer.Length);
            check.Equal("ends with END after option 114", OptionAt(offer, 114) + 2 + offer[OptionAt(offer, 114) + 1] + 1, offer.Length);
            check.Equal("END", 255, offer[offer.Length - 1]);
            check.Equal("BOOTREPLY", 2, offer[0]);
            check.Equal("transaction id echoed", 0x44, offer[7]);
            check.Equal("broadcast flag echoed", 0x80, offer[10]);
            check.Equal("your address", (long)First, Read32(offer, 16));
            check.Equal("the client's hardware address", 0x31, offer[33]);
            check.Equal("message type option: OFFER", 0x350102, (offer[240] << 16) | (offer[241] << 8) | offer[242]);
            check.Equal("server identifier option", (long)Server, Read32(offer, 245));
            check.Equal("lease time option, 600 s", 600, Read32(offer, 251));
            check.Equal("option 114 follows the DNS server", OptionAt(offer, 6) + 6, OptionAt(offer, 114));
            check.Value("captive-portal uri", Ascii(offer, OptionAt(offer, 114) + 2, offer[OptionAt(offer, 114) + 1]));

            port.Deliver(Message(DhcpFormat.Request, 1, 0x11223345, 0, First, Server, true));
            server.Poll();
            byte[] ack = port.Sent;
            check.Equal("the ack is broadcast", 68, port.BroadcastPort);
            check.Digest("ack", ack, 0, ack.Length);
            check.Equal("ACK", DhcpFormat.Ack, ack[242]);
            check.Equal("leased", (long)DhcpLeaseState.Bound, (long)server.Processor.Leases.StateAt(0, clock.NowMilliseconds));
            check.Equal("until", 601000, server.Processor.Leases.ExpiresAt(0));

            clock.Advance(300000);
            port.Deliver(Message(DhcpFormat.Request, 1, 0x11223346, First, 0, 0, false));
            server.Poll();
            byte[] renewed = port.Sent;
            check.Equal("a renewal is answered to the sender", -1, port.BroadcastPort);
            check.Digest("renewal", renewed, 0, renewed.Length);
            check.Equal("client address echoed", (long)First, Read32(renewed, 12));
            check.Equal("lease extended", 901000, server.Processor.Leases.ExpiresAt(0));
            check.Equal("replies sent", 3, server.Sent);
        }

        private static void TwoClientsAndNak(Check check)
        {
            var rig = new Rig(DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));
            check.Equal("first client", (long)First, rig.Join(1));
            check.Equal("second client", (long)(First + 1), rig.Join(2));
            byte[] nak = rig.Send(Message(DhcpFormat.Request, 2, 7, 0, First, Server, false));
            check.Equal("the second cannot take the first's address", DhcpFormat.Nak, nak[242]);
            check.Digest("nak", nak, 0, nak.Length);
            check.Equal("a short reply is padded to the BOOTP minimum", 300, nak.Length);
            check.True("a nak is broadcast", rig.Target == DhcpReplyTarget.Broadcast);
            byte[] foreign = rig.Send(Message(DhcpFormat.Request, 3, 8, 0, 0x0A000005, 0, false));
            check.Equal("an address of another network gets a nak", DhcpFormat.Nak, foreign[242]);
            byte[] again = rig.Send(Message(DhcpFormat.Discover, 1, 9, 0, 0, 0, false));
            check.Equal("a client discovering again gets its address back", (long)First, Read32(again, 16));
            check.Equal("naks counted", 2, rig.Processor.Naks);
        }

        private static void FullPool(Check check)
        {
            var rig = new Rig(new DhcpServerOptions("192.168.4.1", "255.255.255.0", "192.168.4.10", 2));
            uint a = rig.Join(1);
            rig.Join(2);
            check.True("a third client gets no offer", rig.Send(Message(DhcpFormat.Discover, 3, 1, 0, 0, 0, false)) == null);
            check.Equal("exhaustion counted", 1, rig.Processor.PoolExhausted);
            check.True("a release gets no reply", rig.Send(Message(DhcpFormat.Release, 1, 2, a, 0, Server, false)) == null);
            check.Equal("released", (long)DhcpLeaseState.Expired, (long)rig.Processor.Leases.StateAt(0, rig.Now));
            byte[] offer = rig.Send(Message(DhcpFormat.Discover, 3, 3, 0, 0, 0, false));
            check.Equal("the released address goes to the third", (long)a, Read32(offer, 16));
            rig.Now += 600000;
            check.Equal("leases run out", 0, rig.Processor.Leases.CountBound(rig.Now));
        }

        private static void DeclineAndInform(Check check)
        {
            var rig = new Rig(DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));
            uint a = rig.Join(1);
            check.True("a decline gets no reply", rig.Send(Message(DhcpFormat.Decline, 1, 1, 0, a, Server, false)) == null);
            check.Equal("held back", (long)DhcpLeaseState.Declined, (long)rig.Processor.Leases.StateAt(0, rig.Now));
            byte[] next = rig.Send(Message(DhcpFormat.Discover, 1, 2, 0, a, 0, false));
            check.Equal("another address offered", (long)(a + 1), Read32(next, 16));

            byte[] inform = rig.Send(Message(DhcpFormat.Inform, 5, 3, 0xC0A80463, 0, 0, false));
            check.Digest("inform ack", inform, 0, inform.Length);
            check.True("answered to the sender", rig.Target == DhcpReplyTarget.Sender);
            check.Equal("no address given", 0, Read32(inform, 16));
            check.True("no lease time", OptionAt(inform, 51) < 0);
            check.True("but the DNS server", OptionAt(inform, 6) > 0);
        }

        private static void Malformed(Check check)
        {
            var rig = new Rig(DhcpServerOptions.ForAccessPoint("192.168.4.1", 4));
            byte[] good = Message(DhcpFormat.Discover, 1, 1, 0, 0, 0, true);
            check.True("a runt", rig.Send(Slice(good, 200)) == null);
            check.True("no options", rig.Send(Slice(good, 240)) == null);
            byte[] reply = Copy(good);
            reply[0] = 2;
            check.True("a BOOTREPLY", rig.Send(reply) == null);
            byte[] noCookie = Copy(good);
            noCookie[236] = 0;
            check.True("no cookie", rig.Send(noCookie) == null);
            byte[] relayed = Copy(good);
            relayed[24] = 10;
            check.True("relayed", rig.Send(relayed) == null);
            byte[] overrun = Copy(good);
            overrun[241] = 250;
            check.True("an option past the end", rig.Send(overrun) == null);
            check.Equal("dropped", 6, rig.Processor.Dropped);
            check.True("the good one still answered", rig.Send(good) != null);
        }

        /// <summary>A client message as a phone sends it: the header, the cookie, options, END, zero padding to 300 bytes.</summary>
        private static byte[] Message(int type, int client, uint xid, uint clientAddress, uint requested, uint serverId, bool phoneOptions)
        {
            byte[] m = new byte[300];
            m[0] = 1;
            m[1] = 1;
            m[2] = 6;
            Write32(m, 4, xid);
            m[10] = 0x80;
            Write32(m, 12, clientAddress);
            byte[] mac = { 0x02, 0x1A, 0x2B, 0x3C, 0x00, (byte)(0x30 + client) };
            System.Array.Copy(mac, 0, m, 28, 6);
            Write32(m, 236, 0x63825363);
            int p = 240;
            m[p++] = 53;
            m[p++] = 1;
            m[p++] = (byte)type;
            if (requested != 0)
            {
                m[p++] = 50;
                m[p++] = 4;
                Write32(m, p, requested);
                p += 4;
            }

            if (serverId != 0)
            {
                m[p++] = 54;
                m[p++] = 4;
                Write32(m, p, serverId);
                p += 4;
            }

            if (phoneOptions)
            {
                m[p++] = 61;
                m[p++] = 7;
                m[p++] = 1;
                System.Array.Copy(mac, 0, m, p, 6);
                p += 6;
                byte[] list = { 55, 8, 1, 3, 6, 15, 28, 51, 58, 114, 12, 5, 0x70, 0x68, 0x6F, 0x6E, 0x65 };
                System.Array.Copy(list, 0, m, p, list.Length);
                p += list.Length;
            }

            m[p] = 255;
            return m;
        }

        /// <summary>Where option <paramref name="code"/> starts in a reply, or -1.</summary>
        private static int OptionAt(byte[] reply, int code)
        {
            int p = 240;
            while (p + 1 < reply.Length && reply[p] != 255)
            {
                if (reply[p] == code)
                {
                    return p;
                }

                p += 2 + reply[p + 1];
            }

            return -1;
        }

        private static string Ascii(byte[] b, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)b[offset + i];
            }

            return new string(chars);
        }

        private static byte[] Slice(byte[] b, int length)
        {
            byte[] s = new byte[length];
            System.Array.Copy(b, s, length);
            return s;
        }

        private static byte[] Copy(byte[] b)
        {
            return Slice(b, b.Length);
        }

        private static uint Read32(byte[] b, int p)
        {
            return ((uint)b[p] << 24) | ((uint)b[p + 1] << 16) | ((uint)b[p + 2] << 8) | b[p + 3];
        }

        private static void Write32(byte[] b, int p, uint v)
        {
            b[p] = (byte)(v >> 24);
            b[p + 1] = (byte)(v >> 16);
            b[p + 2] = (byte)(v >> 8);
            b[p + 3] = (byte)v;
        }

        /// <summary>The processor on its own, with a time the test moves.</summary>
        private sealed class Rig
        {
            private readonly byte[] _response = new byte[DhcpMessageProcessor.MinResponseCapacity];
            private readonly DhcpMessageProcessor _processor;

            public Rig(DhcpServerOptions options)
            {
                _processor = new DhcpMessageProcessor(options);
                Now = 5000;
            }

            public DhcpMessageProcessor Processor
            {
                get { return _processor; }
            }

            public long Now { get; set; }

            public DhcpReplyTarget Target { get; private set; }

            /// <summary>The reply, or null when there is none.</summary>
            public byte[] Send(byte[] message)
            {
                DhcpReplyTarget target;
                int n = _processor.Process(message, 0, message.Length, _response, Now, out target);
                Target = target;
                return n == 0 ? null : Slice(_response, n);
            }

            public uint Join(int client)
            {
                byte[] offer = Send(Message(DhcpFormat.Discover, client, 100, 0, 0, 0, true));
                uint address = Read32(offer, 16);
                Send(Message(DhcpFormat.Request, client, 101, 0, address, Server, true));
                return address;
            }
        }
    }
}
