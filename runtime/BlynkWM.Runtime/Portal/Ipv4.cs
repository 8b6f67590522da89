namespace BlynkWM.Portal
{
    /// <summary>IPv4 addresses in dotted decimal, parsed byte-wise (device-safe: no string indexing).</summary>
    public static class Ipv4
    {
        /// <summary>
        /// Parses "a.b.c.d", optionally followed by ":port" and optionally as an IPv4-mapped IPv6 endpoint
        /// ("[::ffff:a.b.c.d]:port"), as connections report their peer. False for anything else.
        /// </summary>
        public static bool TryParseEndpoint(string text, out uint address)
        {
            address = 0;
            if (text == null)
            {
                return false;
            }

            byte[] bytes = BlynkWM.Storage.Utf8.GetBytes(text);
            int start = 0;
            int end = bytes.Length;
            if (end > 8 && bytes[0] == (byte)'[' && StartsWithMapped(bytes, 1))
            {
                start = 8;
                end = System.Array.IndexOf(bytes, (byte)']');
                if (end < 0)
                {
                    return false;
                }
            }
            else if (end > 7 && StartsWithMapped(bytes, 0))
            {
                start = 7;
            }

            int colon = System.Array.IndexOf(bytes, (byte)':', start, end - start);
            if (colon >= 0)
            {
                end = colon;
            }

            return TryParse(bytes, start, end - start, out address);
        }

        /// <summary>Parses exactly four dot-separated numbers 0–255 (1–3 digits each) in <c>bytes[offset..offset+count)</c>.</summary>
        public static bool TryParse(byte[] bytes, int offset, int count, out uint address)
        {
            address = 0;
            int parts = 0;
            int value = 0;
            int digits = 0;
            int end = offset + count;
            for (int i = offset; i <= end; i++)
            {
                if (i == end || bytes[i] == (byte)'.')
                {
                    if (digits == 0 || value > 255)
                    {
                        return false;
                    }

                    address = (address << 8) | (uint)value;
                    parts++;
                    value = 0;
                    digits = 0;
                    continue;
                }

                byte b = bytes[i];
                if (b < (byte)'0' || b > (byte)'9' || ++digits > 3)
                {
                    return false;
                }

                value = (value * 10) + (b - '0');
            }

            return parts == 4;
        }

        /// <summary>"::ffff:" at <paramref name="at"/> (case-insensitive).</summary>
        private static bool StartsWithMapped(byte[] bytes, int at)
        {
            if (bytes.Length < at + 7 || bytes[at] != (byte)':' || bytes[at + 1] != (byte)':' || bytes[at + 6] != (byte)':')
            {
                return false;
            }

            for (int i = at + 2; i < at + 6; i++)
            {
                if ((bytes[i] | 0x20) != (byte)'f')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
