using System;
using BlynkWM.Dhcp;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Generated and mutated DHCP client messages from a handful of clients through <see cref="DhcpMessageProcessor"/>
    /// (and, for some, through <see cref="CaptiveDhcpServer"/>'s poll path) on a clock that jumps forward. Checks: no
    /// exception; no reply to a message without a BOOTREQUEST header and cookie; every reply is a well-formed BOOTREPLY
    /// (300 to 576 bytes, the cookie, options up to END, zeros after) echoing the transaction id, flags and client
    /// hardware address, of type OFFER, ACK or NAK; an OFFER or a lease's ACK names a pool address; and, against an
    /// independent record of the leases the ACKs granted, no address is offered or leased to a client while another
    /// client's lease on it runs.
    /// </summary>
    public sealed class DhcpFuzzer
    {
        private const int Clients = 8;
        private const uint Server = 0xC0A80401; // 192.168.4.1
        private const uint First = 0xC0A80402;
        private const int Pool = 6;
        private const long LeaseMs = 600_000;

        private readonly Random _random;
        private readonly PacketMutator _mutator;
        private readonly DhcpMessageProcessor _processor;
        private readonly MemoryUdpPort _port = new MemoryUdpPort();
        private readonly ManualClock _clock = new ManualClock(1_000_000);
        private readonly CaptiveDhcpServer _server;
        private readonly byte[] _response = new byte[DhcpMessageProcessor.MinResponseCapacity];
        private readonly byte[] _packet = new byte[700];
        private readonly byte[][] _macs = new byte[Clients + 2][]; // the last two only appear by mutation

        // The oracle: which client holds each pool address, until when (from the ACKs seen).
        private readonly int[] _holder = new int[Pool];
        private readonly long[] _holdUntil = new long[Pool];

        public DhcpFuzzer(int seed)
        {
            _random = new Random(seed);
            _mutator = new PacketMutator(_random, _packet);
            var options = DhcpServerOptions.ForAccessPoint("192.168.4.1", 2);
            _processor = new DhcpMessageProcessor(options);
            _server = new CaptiveDhcpServer(_port, _clock, DhcpServerOptions.ForAccessPoint("192.168.4.1", 2));
            for (int i = 0; i < _macs.Length; i++)
            {
                _macs[i] = new byte[] { 0x02, 0x00, 0x5E, 0x10, 0x20, (byte)(0x30 + i) };
            }

            for (int i = 0; i < Pool; i++)
            {
                _holder[i] = -1;
            }
        }

        public long Run(long cases)
        {
            for (long i = 0; i < cases; i++)
            {
                if (_random.Next(4) == 0)
                {
                    _clock.Advance(_random.Next(8) == 0 ? _random.Next(700_000) : _random.Next(5_000));
                }

                int client = _random.Next(Clients);
                int type;
                int length = Build(client, out type);
                bool mutated = _random.Next(4) == 0;
                if (mutated)
                {
                    length = Mutate(length);
                }

                ForgetWhatMayBeReleased(type, mutated);
                if (_random.Next(16) == 0)
                {
                    ThroughServer(length);
                    continue;
                }

                int reply;
                DhcpReplyTarget target;
                try
                {
                    reply = _processor.Process(_packet, 0, length, _response, _clock.NowMilliseconds, out target);
                }
                catch (Exception e)
                {
                    throw new FuzzFailure("exception from DhcpMessageProcessor: " + e, Input(length));
                }

                Check(length, reply, target);
            }

            return cases;
        }

        private void ThroughServer(int length)
        {
            _port.Deliver(_packet, 0, length);
            try
            {
                _server.Poll();
            }
            catch (Exception e)
            {
                throw new FuzzFailure("exception from CaptiveDhcpServer.Poll: " + e, Input(length));
            }

            if (_port.LastReplyLength > 0)
            {
                Array.Copy(_port.LastReply, _response, _port.LastReplyLength);
                string? why = Malformed(_port.LastReplyLength, length, out _);
                if (why != null)
                {
                    throw new FuzzFailure("server reply: " + why, Input(length));
                }
            }
        }

        private void Check(int length, int reply, DhcpReplyTarget target)
        {
            if (reply == 0)
            {
                if (target != DhcpReplyTarget.None)
                {
                    throw new FuzzFailure("no reply but a target " + target, Input(length));
                }

                return;
            }

            if (length < 240 || _packet[0] != 1 || _packet[1] != 1 || _packet[2] != 6 || Read32(_packet, 24) != 0 || Read32(_packet, 236) != 0x63825363)
            {
                throw new FuzzFailure("a reply to a message that is no DHCP request", Input(length));
            }

            string? why = Malformed(reply, length, out int messageType);
            if (why != null)
            {
                throw new FuzzFailure(why, Input(length));
            }

            if (messageType == 6 ? target != DhcpReplyTarget.Broadcast : target == DhcpReplyTarget.None)
            {
                throw new FuzzFailure("type " + messageType + " sent to " + target, Input(length));
            }

            uint yours = Read32(_response, 16);
            if (messageType == 6 || yours == 0)
            {
                return; // NAK, or the ACK to an INFORM
            }

            int slot = (int)(yours - First);
            if (yours < First || slot >= Pool)
            {
                throw new FuzzFailure("type " + messageType + " names " + yours.ToString("x8") + ", outside the pool", Input(length));
            }

            // -1: a hardware address a mutation made up; its leases are not tracked, but it must not take others'.
            int client = ClientOf(_response, 28);
            long now = _clock.NowMilliseconds;
            if (_holder[slot] >= 0 && _holder[slot] != client && now < _holdUntil[slot])
            {
                throw new FuzzFailure("type " + messageType + " gives " + yours.ToString("x8") + " to client " + client + " while client " + _holder[slot] + " leases it", Input(length));
            }

            if (messageType == 5 && client >= 0)
            {
                for (int i = 0; i < Pool; i++)
                {
                    if (_holder[i] == client)
                    {
                        _holder[i] = -1;
                    }
                }

                _holder[slot] = client;
                _holdUntil[slot] = now + LeaseMs;
            }
        }

        /// <summary>Checks the reply in <see cref="_response"/> against the layout; null when it is right.</summary>
        private string? Malformed(int reply, int length, out int messageType)
        {
            messageType = -1;
            byte[] r = _response;
            if (reply < 300 || reply > DhcpMessageProcessor.MinResponseCapacity)
            {
                return "reply length " + reply;
            }

            if (r[0] != 2 || r[1] != _packet[1] || r[2] != _packet[2] || r[3] != 0 || Read32(r, 236) != 0x63825363)
            {
                return "reply header";
            }

            for (int i = 4; i < 8; i++)
            {
                if (r[i] != _packet[i])
                {
                    return "transaction id not echoed";
                }
            }

            if (r[10] != _packet[10] || r[11] != _packet[11])
            {
                return "flags not echoed";
            }

            for (int i = 28; i < 44; i++)
            {
                if (r[i] != _packet[i])
                {
                    return "client hardware address not echoed";
                }
            }

            for (int i = 44; i < 236; i++)
            {
                if (r[i] != 0)
                {
                    return "sname or file not empty";
                }
            }

            int p = 240;
            while (true)
            {
                if (p >= reply)
                {
                    return "no END option";
                }

                int code = r[p];
                if (code == 255)
                {
                    break;
                }

                if (code == 0 || p + 2 > reply || p + 2 + r[p + 1] > reply)
                {
                    return "option " + code + " malformed";
                }

                if (code == 53)
                {
                    messageType = r[p + 1] == 1 ? r[p + 2] : -2;
                }

                p += 2 + r[p + 1];
            }

            for (int i = p + 1; i < reply; i++)
            {
                if (r[i] != 0)
                {
                    return "bytes after END";
                }
            }

            return messageType == 2 || messageType == 5 || messageType == 6 ? null : "reply type " + messageType;
        }

        /// <summary>
        /// A RELEASE or DECLINE (or a mutated message that may have become one) ends a lease without a reply the oracle
        /// could see: it forgets the leases of the client the message now names rather than guess.
        /// </summary>
        private void ForgetWhatMayBeReleased(int type, bool mutated)
        {
            if (!mutated && type != 4 && type != 7)
            {
                return;
            }

            int client = ClientOf(_packet, 28);
            for (int i = 0; i < Pool && client >= 0; i++)
            {
                if (_holder[i] == client)
                {
                    _holder[i] = -1;
                }
            }
        }

        private int Build(int client, out int type)
        {
            byte[] q = _packet;
            Array.Clear(q, 0, q.Length);
            int[] types = { 1, 1, 1, 3, 3, 3, 3, 4, 7, 8 };
            type = _random.Next(32) == 0 ? _random.Next(256) : types[_random.Next(types.Length)];
            q[0] = 1;
            q[1] = 1;
            q[2] = 6;
            Write32(q, 4, (uint)_random.Next());
            q[10] = (byte)(_random.Next(2) == 0 ? 0x80 : 0);
            if (type == 7 || type == 8 || (type == 3 && _random.Next(3) == 0))
            {
                Write32(q, 12, SomeAddress());
            }

            Array.Copy(_macs[client], 0, q, 28, 6);
            Write32(q, 236, 0x63825363);
            int p = 240;
            p = Option(q, p, 53, (byte)type);
            if (_random.Next(3) == 0)
            {
                q[p++] = 0; // a PAD or two
            }

            if (type == 1 ? _random.Next(2) == 0 : type == 3 || type == 4)
            {
                if (_random.Next(8) != 0)
                {
                    p = Option32(q, p, 50, SomeAddress());
                }
            }

            if ((type == 3 && _random.Next(2) == 0) || type == 4 || type == 7)
            {
                p = Option32(q, p, 54, _random.Next(6) == 0 ? 0x0A000001 : Server);
            }

            if (_random.Next(2) == 0)
            {
                q[p++] = 61;
                q[p++] = 7;
                q[p++] = 1;
                Array.Copy(_macs[client], 0, q, p, 6);
                p += 6;
                q[p++] = 55;
                q[p++] = 6;
                q[p++] = 1;
                q[p++] = 3;
                q[p++] = 6;
                q[p++] = 51;
                q[p++] = 114;
                q[p++] = 252;
            }

            if (_random.Next(8) == 0)
            {
                p = Option(q, p, 53, (byte)_random.Next(1, 9)); // repeated: the first counts
            }

            if (_random.Next(16) != 0)
            {
                q[p++] = 255;
            }

            return Math.Max(p, _random.Next(2) == 0 ? 300 : p);
        }

        private uint SomeAddress()
        {
            switch (_random.Next(6))
            {
                case 0:
                    return 0;
                case 1:
                    return (uint)_random.Next() ^ 0x80000000;
                case 2:
                    return 0xC0A80400 | (uint)_random.Next(256);
                default:
                    return First + (uint)_random.Next(Pool);
            }
        }

        private int Mutate(int length) => _mutator.Mutate(length, 7, MutateFormat);

        private int MutateFormat(int kind, int length)
        {
            byte[] q = _packet;
            switch (kind)
            {
                case 2:
                    _mutator.OverwriteByte(240, length);
                    break;
                case 3:
                    if (length > 241)
                    {
                        // An option length that runs past the end, or a zero one.
                        q[241 + _random.Next(length - 241)] = (byte)(_random.Next(2) == 0 ? 255 : 0);
                    }

                    break;
                case 4:
                    length = _mutator.AppendRandom(length, 300);
                    break;
                case 5:
                    _mutator.OverwriteByte(0, Math.Min(length, 240));
                    break;
                default:
                    if (length >= 34)
                    {
                        q[33] = (byte)(0x30 + _random.Next(Clients + 2)); // another client, or an unknown one
                    }

                    break;
            }

            return length;
        }

        private int ClientOf(byte[] b, int offset)
        {
            for (int c = 0; c < _macs.Length; c++)
            {
                bool same = true;
                for (int j = 0; j < 6 && same; j++)
                {
                    same = b[offset + j] == _macs[c][j];
                }

                if (same)
                {
                    return c;
                }
            }

            return -1;
        }

        private byte[] Input(int length) => _packet.AsSpan(0, length).ToArray();

        private static int Option(byte[] q, int p, int code, byte value)
        {
            q[p] = (byte)code;
            q[p + 1] = 1;
            q[p + 2] = value;
            return p + 3;
        }

        private static int Option32(byte[] q, int p, int code, uint value)
        {
            q[p] = (byte)code;
            q[p + 1] = 4;
            Write32(q, p + 2, value);
            return p + 6;
        }

        private static uint Read32(byte[] b, int p) => (uint)((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);

        private static void Write32(byte[] b, int p, uint v)
        {
            b[p] = (byte)(v >> 24);
            b[p + 1] = (byte)(v >> 16);
            b[p + 2] = (byte)(v >> 8);
            b[p + 3] = (byte)v;
        }
    }
}
