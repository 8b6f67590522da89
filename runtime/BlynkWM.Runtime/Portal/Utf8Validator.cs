namespace BlynkWM.Portal
{
    /// <summary>
    /// Strict UTF-8 checking (Unicode table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF.
    /// The state is a plain int so callers can validate byte by byte while decoding, without allocating. Whole
    /// ranges are checked by <see cref="BlynkWM.Storage.Utf8.IsValid"/> (the one range validator, shared with storage).
    /// </summary>
    public static class Utf8Validator
    {
        /// <summary>The state before any byte, and after every complete character.</summary>
        public const int Start = 0;

        /// <summary>The state after an invalid byte; it stays there.</summary>
        public const int Invalid = -1;

        /// <summary>Feeds one byte.</summary>
        public static int Next(int state, byte b)
        {
            if (state == Start)
            {
                if (b < 0x80) return Start;
                if (b >= 0xC2 && b <= 0xDF) return Pack(1, 0x80, 0xBF);
                if (b == 0xE0) return Pack(2, 0xA0, 0xBF);
                if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return Pack(2, 0x80, 0xBF);
                if (b == 0xED) return Pack(2, 0x80, 0x9F);
                if (b == 0xF0) return Pack(3, 0x90, 0xBF);
                if (b >= 0xF1 && b <= 0xF3) return Pack(3, 0x80, 0xBF);
                if (b == 0xF4) return Pack(3, 0x80, 0x8F);
                return Invalid;
            }
            if (state < 0)
            {
                return Invalid;
            }
            int need = state >> 16;
            int lo = (state >> 8) & 0xFF;
            int hi = state & 0xFF;
            if (b < lo || b > hi)
            {
                return Invalid;
            }
            need--;
            return need == 0 ? Start : Pack(need, 0x80, 0xBF);
        }

        /// <summary>Decodes valid UTF-8 to a string (allocates); invalid sequences become U+FFFD.</summary>
        public static string Decode(byte[] buffer, int offset, int count)
        {
            char[] chars = new char[count];
            int n = 0;
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = buffer[i];
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0 || i + length > end || !BlynkWM.Storage.Utf8.IsValid(buffer, i, length))
                {
                    chars[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                int cp;
                switch (length)
                {
                    case 1:
                        cp = b;
                        break;
                    case 2:
                        cp = ((b & 0x1F) << 6) | (buffer[i + 1] & 0x3F);
                        break;
                    case 3:
                        cp = ((b & 0x0F) << 12) | ((buffer[i + 1] & 0x3F) << 6) | (buffer[i + 2] & 0x3F);
                        break;
                    default:
                        cp = ((b & 0x07) << 18) | ((buffer[i + 1] & 0x3F) << 12) | ((buffer[i + 2] & 0x3F) << 6) | (buffer[i + 3] & 0x3F);
                        break;
                }
                i += length;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)cp;
                }
            }
            return new string(chars, 0, n);
        }

        private static int Pack(int need, int lo, int hi)
        {
            return (need << 16) | (lo << 8) | hi;
        }
    }
}
