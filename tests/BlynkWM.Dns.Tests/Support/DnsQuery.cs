using System.Collections.Generic;
using System.Text;

namespace BlynkWM.Dns.Tests.Support
{
    /// <summary>Builds raw DNS query packets byte by byte, so tests can also build broken ones.</summary>
    public static class DnsQuery
    {
        public static byte[] Build(string name, int qtype, ushort id = 0x1234, int flags = 0x0100, int qdcount = 1,
            int qclass = 1, bool opt = false, int ednsVersion = 0)
        {
            var b = new List<byte>
            {
                (byte)(id >> 8), (byte)id, (byte)(flags >> 8), (byte)flags,
                (byte)(qdcount >> 8), (byte)qdcount, 0, 0, 0, 0, 0, (byte)(opt ? 1 : 0),
            };
            b.AddRange(Name(name));
            b.AddRange(new[] { (byte)(qtype >> 8), (byte)qtype, (byte)(qclass >> 8), (byte)qclass });
            if (opt)
            {
                b.AddRange(new byte[] { 0, 0, 41, 0x10, 0x00, 0, (byte)ednsVersion, 0, 0, 0, 0 });
            }
            return b.ToArray();
        }

        public static byte[] Name(string name)
        {
            var b = new List<byte>();
            foreach (string label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                b.Add((byte)label.Length);
                b.AddRange(Encoding.ASCII.GetBytes(label));
            }
            b.Add(0);
            return b.ToArray();
        }

        public static int Rcode(byte[] reply) => reply[3] & 0x0F;

        public static int Count(byte[] reply, int section) => (reply[4 + 2 * section] << 8) | reply[5 + 2 * section];
    }
}
