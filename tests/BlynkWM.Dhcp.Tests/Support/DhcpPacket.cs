using System.Collections.Generic;
using System.Text;

namespace BlynkWM.Dhcp.Tests.Support
{
    /// <summary>
    /// Builds DHCP client messages byte by byte (RFC 2131 figure 1, RFC 2132 options), written from the RFCs and
    /// independent of the server's code, so tests can also build broken ones.
    /// </summary>
    public sealed class DhcpPacket
    {
        private readonly List<byte[]> _options = new List<byte[]>();

        public DhcpPacket(int messageType, byte[] mac, uint xid)
        {
            Mac = mac;
            Xid = xid;
            if (messageType > 0)
            {
                Option(53, (byte)messageType);
            }
        }

        public byte[] Mac { get; }

        public uint Xid { get; }

        public byte Op { get; set; } = 1;

        public byte HardwareType { get; set; } = 1;

        public byte HardwareLength { get; set; } = 6;

        public bool BroadcastFlag { get; set; }

        public uint ClientAddress { get; set; }

        public uint RelayAddress { get; set; }

        public uint Cookie { get; set; } = 0x63825363;

        public bool WithEnd { get; set; } = true;

        public DhcpPacket Option(int code, params byte[] data)
        {
            var o = new byte[data.Length + 2];
            o[0] = (byte)code;
            o[1] = (byte)data.Length;
            Array.Copy(data, 0, o, 2, data.Length);
            _options.Add(o);
            return this;
        }

        /// <summary>Raw bytes appended to the options as they are (for broken options).</summary>
        public DhcpPacket Raw(params byte[] data)
        {
            _options.Add(data);
            return this;
        }

        public DhcpPacket Requested(uint address) => Option(50, Be(address));

        public DhcpPacket ServerId(uint address) => Option(54, Be(address));

        /// <summary>What Android's DHCP client adds to every DISCOVER and REQUEST: client id, max size, vendor class, host name, parameter list.</summary>
        public DhcpPacket LikeAPhone(string hostname)
        {
            var clientId = new byte[7];
            clientId[0] = 1;
            Array.Copy(Mac, 0, clientId, 1, 6);
            Option(61, clientId);
            Option(57, 0x05, 0xDC);
            Option(60, Encoding.ASCII.GetBytes("android-dhcp-14"));
            Option(12, Encoding.ASCII.GetBytes(hostname));
            Option(55, 1, 3, 6, 15, 26, 28, 51, 58, 59, 43, 114);
            return this;
        }

        public byte[] Build()
        {
            var b = new byte[240];
            b[0] = Op;
            b[1] = HardwareType;
            b[2] = HardwareLength;
            Array.Copy(Be(Xid), 0, b, 4, 4);
            b[10] = (byte)(BroadcastFlag ? 0x80 : 0);
            Array.Copy(Be(ClientAddress), 0, b, 12, 4);
            Array.Copy(Be(RelayAddress), 0, b, 24, 4);
            Array.Copy(Mac, 0, b, 28, Math.Min(Mac.Length, 16));
            Array.Copy(Be(Cookie), 0, b, 236, 4);
            var all = new List<byte>(b);
            foreach (byte[] o in _options)
            {
                all.AddRange(o);
            }

            if (WithEnd)
            {
                all.Add(255);
            }

            // Pad to the BOOTP minimum, as clients do.
            while (all.Count < 300)
            {
                all.Add(0);
            }

            return all.ToArray();
        }

        public static byte[] Be(uint value) => new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };

        public static uint Ip(string dotted)
        {
            string[] parts = dotted.Split('.');
            return (uint.Parse(parts[0]) << 24) | (uint.Parse(parts[1]) << 16) | (uint.Parse(parts[2]) << 8) | uint.Parse(parts[3]);
        }

        public static byte[] MacOf(int n) => new byte[] { 0x02, 0x1A, 0x2B, 0x3C, (byte)(n >> 8), (byte)n };
    }

    /// <summary>A server reply read strictly: fixed header, cookie, options well-formed up to END, only zero padding after.</summary>
    public sealed class DhcpReply
    {
        private DhcpReply(byte[] bytes, int length)
        {
            Bytes = new byte[length];
            Array.Copy(bytes, Bytes, length);
            if (length < 240)
            {
                throw new FormatException("reply shorter than the fixed header: " + length);
            }

            if (Read32(236) != 0x63825363)
            {
                throw new FormatException("no magic cookie");
            }

            int p = 240;
            while (true)
            {
                if (p >= length)
                {
                    throw new FormatException("options run past the end without END");
                }

                int code = Bytes[p];
                if (code == 255)
                {
                    EndAt = p;
                    break;
                }

                if (code == 0)
                {
                    throw new FormatException("PAD inside the options");
                }

                if (p + 1 >= length || p + 2 + Bytes[p + 1] > length)
                {
                    throw new FormatException("option " + code + " runs past the end");
                }

                if (Options.ContainsKey(code))
                {
                    throw new FormatException("option " + code + " twice");
                }

                Order.Add(code);
                Options[code] = Bytes.AsSpan(p + 2, Bytes[p + 1]).ToArray();
                p += 2 + Bytes[p + 1];
            }

            for (int i = EndAt + 1; i < length; i++)
            {
                if (Bytes[i] != 0)
                {
                    throw new FormatException("non-zero byte after END at " + i);
                }
            }
        }

        public byte[] Bytes { get; }

        public int EndAt { get; }

        public Dictionary<int, byte[]> Options { get; } = new Dictionary<int, byte[]>();

        public List<int> Order { get; } = new List<int>();

        public int Op => Bytes[0];

        public uint Xid => Read32(4);

        public int Flags => (Bytes[10] << 8) | Bytes[11];

        public uint ClientAddress => Read32(12);

        public uint YourAddress => Read32(16);

        public uint RelayAddress => Read32(24);

        public int MessageType => Options.TryGetValue(53, out byte[]? t) && t.Length == 1 ? t[0] : -1;

        public uint Address(int option) => (uint)((Options[option][0] << 24) | (Options[option][1] << 16) | (Options[option][2] << 8) | Options[option][3]);

        public byte[] ClientHardwareAddress => Bytes.AsSpan(28, 16).ToArray();

        /// <summary>The options area from the cookie's end to END inclusive, as hex.</summary>
        public string OptionsHex => Convert.ToHexString(Bytes, 240, EndAt - 240 + 1).ToLowerInvariant();

        public static DhcpReply Parse(byte[] bytes, int length) => new DhcpReply(bytes, length);

        public static DhcpReply Parse(byte[] bytes) => new DhcpReply(bytes, bytes.Length);

        private uint Read32(int p) => (uint)((Bytes[p] << 24) | (Bytes[p + 1] << 16) | (Bytes[p + 2] << 8) | Bytes[p + 3]);
    }
}
