using System;
using BlynkWM.Dns;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Generated and mutated DNS packets through <see cref="DnsMessageProcessor"/> (and, for some, through the
    /// responder's poll path). Checks: no exception, replies fit and echo the ID with QR set, well-formed A
    /// queries get exactly the portal address, AAAA gets NODATA, and every reply is itself parseable.
    /// </summary>
    public sealed class DnsFuzzer
    {
        private static readonly byte[] Address = { 10, 20, 30, 40 };

        private readonly Random _random;
        private readonly PacketMutator _mutator;
        private readonly DnsMessageProcessor _processor = new DnsMessageProcessor(Address, 10);
        private readonly MemoryUdpPort _port = new MemoryUdpPort();
        private readonly CaptiveDnsResponder _responder;
        private readonly byte[] _response = new byte[DnsMessageProcessor.MinResponseCapacity];
        private readonly byte[] _packet = new byte[1024];

        public DnsFuzzer(int seed)
        {
            _random = new Random(seed);
            _mutator = new PacketMutator(_random, _packet);
            _responder = new CaptiveDnsResponder(_port, new DnsMessageProcessor(Address, 10), 4);
        }

        public long Run(long cases)
        {
            for (long i = 0; i < cases; i++)
            {
                int qtype;
                int length = BuildQuery(out qtype);
                bool pristine = _random.Next(8) == 0;
                if (!pristine)
                {
                    length = Mutate(length);
                }
                if (_random.Next(16) == 0)
                {
                    ThroughResponder(length);
                    continue;
                }
                int reply;
                try
                {
                    reply = _processor.Process(_packet, 0, length, _response);
                }
                catch (Exception e)
                {
                    throw new FuzzFailure("exception from DnsMessageProcessor: " + e, _packet.AsSpan(0, length).ToArray());
                }
                Check(length, reply, pristine ? qtype : -1);
            }
            return cases;
        }

        private void ThroughResponder(int length)
        {
            _port.Deliver(_packet, 0, length);
            try
            {
                _responder.Poll();
            }
            catch (Exception e)
            {
                throw new FuzzFailure("exception from CaptiveDnsResponder.Poll: " + e, _packet.AsSpan(0, length).ToArray());
            }
        }

        private void Check(int length, int reply, int pristineType)
        {
            if (reply == 0)
            {
                if (pristineType >= 0 || (length >= 12 && (_packet[2] & 0x80) == 0))
                {
                    throw new FuzzFailure("query with a header got no reply", _packet.AsSpan(0, length).ToArray());
                }
                return;
            }
            if (reply < 12 || reply > DnsMessageProcessor.MinResponseCapacity || length < 12)
            {
                throw new FuzzFailure("reply length " + reply, _packet.AsSpan(0, length).ToArray());
            }
            if (_response[0] != _packet[0] || _response[1] != _packet[1] || (_response[2] & 0x80) == 0)
            {
                throw new FuzzFailure("reply does not echo the ID or lacks QR", _packet.AsSpan(0, length).ToArray());
            }
            int rcode = _response[3] & 0x0F;
            int an = (_response[6] << 8) | _response[7];
            if (!ReplyParses(reply))
            {
                throw new FuzzFailure("reply does not parse", _packet.AsSpan(0, length).ToArray());
            }
            if (pristineType < 0)
            {
                return;
            }
            byte[] input = _packet.AsSpan(0, length).ToArray();
            bool wantsAnswer = pristineType == 1 || pristineType == 255;
            if (rcode != 0 || an != (wantsAnswer ? 1 : 0))
            {
                throw new FuzzFailure("well-formed query type " + pristineType + " got rcode " + rcode + " an " + an, input);
            }
            if (wantsAnswer && !_response.AsSpan(reply - 4 - (HasOpt(reply) ? 11 : 0), 4).SequenceEqual(Address))
            {
                throw new FuzzFailure("answer is not the portal address", input);
            }
        }

        private bool HasOpt(int reply) => ((_response[10] << 8) | _response[11]) == 1;

        /// <summary>A reply must itself be a well-formed message: header, the declared records, nothing left over.</summary>
        private bool ReplyParses(int length)
        {
            byte[] r = _response;
            int qd = (r[4] << 8) | r[5];
            int records = ((r[6] << 8) | r[7]) + ((r[8] << 8) | r[9]) + ((r[10] << 8) | r[11]);
            int p = 12;
            for (int i = 0; i < qd; i++)
            {
                p = SkipName(r, p, length);
                if (p < 0 || p + 4 > length)
                {
                    return false;
                }
                p += 4;
            }
            for (int i = 0; i < records; i++)
            {
                p = SkipName(r, p, length);
                if (p < 0 || p + 10 > length)
                {
                    return false;
                }
                p += 10 + ((r[p + 8] << 8) | r[p + 9]);
            }
            return p == length;
        }

        private static int SkipName(byte[] r, int p, int end)
        {
            for (int guard = 0; guard < 128; guard++)
            {
                if (p >= end)
                {
                    return -1;
                }
                int label = r[p];
                if (label == 0)
                {
                    return p + 1;
                }
                if ((label & 0xC0) == 0xC0)
                {
                    return p + 2 <= end ? p + 2 : -1;
                }
                if ((label & 0xC0) != 0)
                {
                    return -1;
                }
                p += 1 + label;
            }
            return -1;
        }

        private int BuildQuery(out int qtype)
        {
            byte[] q = _packet;
            q[0] = (byte)_random.Next(256);
            q[1] = (byte)_random.Next(256);
            q[2] = (byte)(_random.Next(2) == 0 ? 0x01 : 0x00);
            q[3] = (byte)(_random.Next(4) == 0 ? 0x20 : 0x00);
            q[4] = 0;
            q[5] = 1;
            q[6] = q[7] = q[8] = q[9] = q[10] = q[11] = 0;
            int p = 12;
            int labels = _random.Next(5);
            int nameLength = 0;
            for (int i = 0; i < labels; i++)
            {
                int len = 1 + _random.Next(_random.Next(10) == 0 ? 63 : 12);
                if (nameLength + len + 2 > 255)
                {
                    break;
                }
                q[p++] = (byte)len;
                for (int j = 0; j < len; j++)
                {
                    q[p++] = (byte)"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"[_random.Next(64)];
                }
                nameLength += len + 1;
            }
            q[p++] = 0;
            int[] types = { 1, 28, 255, 16, 5, 15, 65, 33 };
            qtype = types[_random.Next(types.Length)];
            q[p++] = (byte)(qtype >> 8);
            q[p++] = (byte)qtype;
            q[p++] = 0;
            q[p++] = 1;
            if (_random.Next(2) == 0)
            {
                q[11] = 1;
                q[p++] = 0;
                q[p++] = 0;
                q[p++] = 41;
                q[p++] = 0x10;
                q[p++] = 0x00;
                q[p++] = 0;
                q[p++] = 0;
                q[p++] = (byte)(_random.Next(2) == 0 ? 0x80 : 0);
                q[p++] = 0;
                int rdLengthAt = p;
                p += 2;
                if (_random.Next(2) == 0)
                {
                    // An EDNS cookie option, as dig sends.
                    q[p++] = 0;
                    q[p++] = 10;
                    q[p++] = 0;
                    q[p++] = 8;
                    for (int i = 0; i < 8; i++)
                    {
                        q[p++] = (byte)_random.Next(256);
                    }
                }
                int rdLength = p - rdLengthAt - 2;
                q[rdLengthAt] = (byte)(rdLength >> 8);
                q[rdLengthAt + 1] = (byte)rdLength;
            }
            return p;
        }

        private int Mutate(int length) => _mutator.Mutate(length, 8, MutateFormat);

        private int MutateFormat(int kind, int length)
        {
            byte[] q = _packet;
            switch (kind)
            {
                case 2:
                    _mutator.OverwriteByte(0, length);
                    break;
                case 3:
                    {
                        // Huge or odd section counts.
                        int at = 4 + 2 * _random.Next(4);
                        int value = _random.Next(4) == 0 ? 0xFFFF : _random.Next(4);
                        q[at] = (byte)(value >> 8);
                        q[at + 1] = (byte)value;
                        break;
                    }
                case 4:
                    if (length >= 14)
                    {
                        // A compression pointer, often to itself or the header.
                        int at = 12 + _random.Next(length - 13);
                        q[at] = (byte)(0xC0 | _random.Next(4));
                        q[at + 1] = (byte)(_random.Next(2) == 0 ? at : _random.Next(256));
                    }
                    break;
                case 5:
                    q[2] = (byte)_random.Next(256);
                    break;
                case 6:
                    length = _mutator.AppendRandom(length, 64);
                    break;
                default:
                    if (length > 12)
                    {
                        q[12 + _random.Next(length - 12)] = (byte)(_random.Next(2) == 0 ? 63 : 0x40 | _random.Next(64));
                    }
                    break;
            }
            return length;
        }
    }
}
