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

            return BlynkWM.Wifi.Ipv4Text.TryParse(bytes, start, end - start, out address);
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
