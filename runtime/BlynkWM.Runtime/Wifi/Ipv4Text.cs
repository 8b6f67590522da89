using BlynkWM.Storage;

namespace BlynkWM.Wifi
{
    /// <summary>
    /// Dotted-decimal IPv4 text to a host-order integer and back, on the text's UTF-8 bytes (no string indexing, so it
    /// stays linear on nanoCLR). Shared by the station's static address and the access point's DHCP server.
    /// </summary>
    public static class Ipv4Text
    {
        /// <summary>
        /// Exactly four parts of 1-3 digits, each at most 255; <see cref="System.ArgumentException"/> naming
        /// <paramref name="name"/> otherwise.
        /// </summary>
        public static uint Parse(string text, string name)
        {
            if (text == null || text.Length == 0 || text.Length > 15)
            {
                throw new System.ArgumentException(name + " must be an IPv4 address like 192.168.1.50", name);
            }

            byte[] bytes = Utf8.GetBytes(text);
            uint result;
            if (!TryParse(bytes, 0, bytes.Length, out result))
            {
                throw new System.ArgumentException(name + " '" + text + "' is not an IPv4 address like 192.168.1.50", name);
            }

            return result;
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
                    if (digits == 0 || value > 255 || parts == 4)
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

        /// <summary>"a.b.c.d" for a host-order address.</summary>
        public static string Format(uint value)
        {
            return ((value >> 24) & 0xFF).ToString() + "." + ((value >> 16) & 0xFF).ToString() + "." + ((value >> 8) & 0xFF).ToString() + "." + (value & 0xFF).ToString();
        }
    }
}
