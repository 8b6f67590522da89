namespace BlynkWM.Http
{
    /// <summary>Byte-level ASCII helpers so request handling never has to build strings.</summary>
    public static class AsciiBytes
    {
        /// <summary>
        /// Bytes of an ASCII string, for building static constants once at start-up.
        /// Characters above 0x7E or below 0x20 (except TAB) throw, so a typo cannot smuggle CR/LF into a header.
        /// </summary>
        public static byte[] From(string text)
        {
            byte[] result = BlynkWM.Storage.Utf8.GetBytes(text);
            for (int i = 0; i < result.Length; i++)
            {
                byte c = result[i];
                if ((c < 0x20 && c != '\t') || c > 0x7E)
                {
                    throw new System.ArgumentException("not printable ASCII", nameof(text));
                }
            }
            return result;
        }

        /// <summary>Bytes of a 7-bit string that may contain CR/LF: for prebuilt protocol text such as status lines.</summary>
        internal static byte[] Protocol(string text)
        {
            byte[] result = BlynkWM.Storage.Utf8.GetBytes(text);
            for (int i = 0; i < result.Length; i++)
            {
                if (result[i] > 0x7E)
                {
                    throw new System.ArgumentException("not ASCII", nameof(text));
                }
            }
            return result;
        }

        /// <summary>Exact byte comparison of a buffer range with a whole constant.</summary>
        public static bool Equal(byte[] buffer, int offset, int length, byte[] constant)
        {
            if (length != constant.Length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (buffer[offset + i] != constant[i])
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>ASCII case-insensitive comparison; <paramref name="lowerConstant"/> must be lower case.</summary>
        public static bool EqualIgnoreCase(byte[] buffer, int offset, int length, byte[] lowerConstant)
        {
            if (length != lowerConstant.Length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (ToLower(buffer[offset + i]) != lowerConstant[i])
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Case-insensitive comparison of two ranges of the same buffer.</summary>
        public static bool RangesEqualIgnoreCase(byte[] buffer, int aOffset, int aLength, int bOffset, int bLength)
        {
            if (aLength != bLength)
            {
                return false;
            }
            for (int i = 0; i < aLength; i++)
            {
                if (ToLower(buffer[aOffset + i]) != ToLower(buffer[bOffset + i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>True when the range starts with <paramref name="lowerPrefix"/>, ignoring ASCII case.</summary>
        public static bool StartsWithIgnoreCase(byte[] buffer, int offset, int length, byte[] lowerPrefix)
        {
            if (length < lowerPrefix.Length)
            {
                return false;
            }
            return EqualIgnoreCase(buffer, offset, lowerPrefix.Length, lowerPrefix);
        }

        /// <summary>The byte with an ASCII capital letter turned into its small letter; every other byte unchanged.</summary>
        public static byte ToLower(byte b)
        {
            return b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        /// <summary>
        /// Compares in time that depends only on the lengths, so a secret's prefix cannot be found by timing.
        /// </summary>
        public static bool FixedTimeEquals(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength)
        {
            if (aLength != bLength)
            {
                return false;
            }
            int diff = 0;
            for (int i = 0; i < aLength; i++)
            {
                diff |= a[aOffset + i] ^ b[bOffset + i];
            }
            return diff == 0;
        }

        /// <summary>Writes a non-negative decimal number; returns the new offset, or -1 when it does not fit.</summary>
        public static int WriteDecimal(long value, byte[] buffer, int offset)
        {
            if (value < 0)
            {
                return -1;
            }
            int digits = 1;
            for (long v = value / 10; v > 0; v /= 10)
            {
                digits++;
            }
            if (offset + digits > buffer.Length)
            {
                return -1;
            }
            int end = offset + digits;
            for (int i = end - 1; i >= offset; i--)
            {
                buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }
            return end;
        }

        /// <summary>
        /// Parses a decimal integer without allocating: an optional '-', then 1 to 19 digits, nothing else (no '+', no
        /// spaces). False on anything else, including a value outside the range of a long. The one integer parser of
        /// the server and the portal (Content-Length, form fields).
        /// </summary>
        public static bool TryParseDecimal(byte[] buffer, int offset, int length, out long value)
        {
            value = 0;
            int i = 0;
            bool negative = length > 0 && buffer[offset] == (byte)'-';
            if (negative)
            {
                i = 1;
            }
            if (i >= length || length - i > 19)
            {
                return false;
            }
            ulong limit = negative ? 9223372036854775808UL : 9223372036854775807UL;
            ulong result = 0;
            for (; i < length; i++)
            {
                int d = buffer[offset + i] - '0';
                if (d < 0 || d > 9)
                {
                    return false;
                }
                if (result > (limit - (ulong)d) / 10)
                {
                    return false;
                }
                result = (result * 10) + (ulong)d;
            }
            value = negative ? (long)(0UL - result) : (long)result;
            return true;
        }

        /// <summary>A string from an ASCII/Latin-1 range (allocates; for logs and rare paths).</summary>
        public static string GetString(byte[] buffer, int offset, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[offset + i];
            }
            return new string(chars);
        }
    }
}
