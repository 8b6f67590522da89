using BlynkWM.Storage;

namespace BlynkWM.Wifi
{
    /// <summary>
    /// Dotted-decimal IPv4 text to a host-order integer and back, on the text's UTF-8 bytes (no string indexing, so it
    /// stays linear on nanoCLR). Shared by the station's static address and the access point's DHCP server.
    /// </summary>
    internal static class Ipv4Text
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
            uint result = 0;
            int parts = 0;
            int digits = 0;
            int part = 0;
            for (int i = 0; i <= bytes.Length; i++)
            {
                if (i == bytes.Length || bytes[i] == (byte)'.')
                {
                    if (digits == 0 || parts == 4)
                    {
                        parts = 5;
                        break;
                    }

                    result = (result << 8) | (uint)part;
                    parts++;
                    digits = 0;
                    part = 0;
                    continue;
                }

                int d = bytes[i] - '0';
                if (d < 0 || d > 9 || digits == 3)
                {
                    parts = 5;
                    break;
                }

                part = part * 10 + d;
                digits++;
                if (part > 255)
                {
                    parts = 5;
                    break;
                }
            }

            if (parts != 4)
            {
                throw new System.ArgumentException(name + " '" + text + "' is not an IPv4 address like 192.168.1.50", name);
            }

            return result;
        }

        public static string Format(uint value)
        {
            return ((value >> 24) & 0xFF).ToString() + "." + ((value >> 16) & 0xFF).ToString() + "." + ((value >> 8) & 0xFF).ToString() + "." + (value & 0xFF).ToString();
        }
    }
}
