namespace BlynkWM.Portal
{
    /// <summary>
    /// What a submitted text may contain beyond being valid UTF-8 of the right length: no control characters (a line
    /// break in a server name becomes a header injection the day it is sent in a request; an escape sequence in a board
    /// name repaints the terminal of whoever reads the log), and for a server field a real host name. Byte-wise, so the
    /// device checks a value before it ever becomes a string.
    /// </summary>
    public static class TextRules
    {
        /// <summary>Longest host name (RFC 1035 2.3.4, without the trailing dot).</summary>
        public const int MaxHostNameLength = 253;

        private const int MaxLabelLength = 63;

        /// <summary>
        /// Index of the first control character in valid UTF-8 — C0 (U+0000–U+001F, tab and line breaks included),
        /// DEL (U+007F) or C1 (U+0080–U+009F, encoded C2 80–C2 9F) — or -1 when there is none.
        /// </summary>
        public static int IndexOfControlCharacter(byte[] utf8, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                byte b = utf8[i];
                if (b < 0x20 || b == 0x7F)
                {
                    return i;
                }
                // 0xC2 is always a lead byte; followed by 80..9F it encodes a C1 control.
                if (b == 0xC2 && i + 1 < end && utf8[i + 1] <= 0x9F)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>
        /// True for an RFC 1123 host name — dot-separated labels of 1–63 ASCII letters, digits and hyphens, none starting
        /// or ending with a hyphen, 253 bytes at most, no trailing dot — or an IPv4 address in dotted decimal (four
        /// numbers 0–255 without leading zeros). A name whose last label is all digits must be such an address: resolvers
        /// would read "10.1" or "1.2.3.0300" as an address, not as a name.
        /// </summary>
        public static bool IsHostName(byte[] ascii, int offset, int count)
        {
            if (count < 1 || count > MaxHostNameLength)
            {
                return false;
            }
            int end = offset + count;
            int labels = 0;
            int labelStart = offset;
            bool allDigits = true;
            for (int i = offset; i <= end; i++)
            {
                if (i == end || ascii[i] == (byte)'.')
                {
                    int length = i - labelStart;
                    if (length < 1 || length > MaxLabelLength || ascii[labelStart] == (byte)'-' || ascii[i - 1] == (byte)'-')
                    {
                        return false;
                    }
                    labels++;
                    if (i < end)
                    {
                        labelStart = i + 1;
                        allDigits = true;
                    }
                    continue;
                }
                byte b = ascii[i];
                bool digit = b >= (byte)'0' && b <= (byte)'9';
                if (!digit && !(b >= (byte)'a' && b <= (byte)'z') && !(b >= (byte)'A' && b <= (byte)'Z') && b != (byte)'-')
                {
                    return false;
                }
                allDigits &= digit;
            }
            // allDigits describes the last label here.
            return !allDigits || IsIPv4(ascii, offset, count, labels);
        }

        /// <summary>Four dot-separated decimal numbers 0–255, no leading zeros (labels already checked to be 1–63 bytes).</summary>
        private static bool IsIPv4(byte[] ascii, int offset, int count, int labels)
        {
            if (labels != 4)
            {
                return false;
            }
            int end = offset + count;
            int value = 0;
            int digits = 0;
            for (int i = offset; i <= end; i++)
            {
                if (i == end || ascii[i] == (byte)'.')
                {
                    if (value > 255 || (digits > 1 && ascii[i - digits] == (byte)'0'))
                    {
                        return false;
                    }
                    value = 0;
                    digits = 0;
                    continue;
                }
                byte b = ascii[i];
                if (b < (byte)'0' || b > (byte)'9')
                {
                    return false;
                }
                if (++digits > 3)
                {
                    return false;
                }
                value = (value * 10) + (b - '0');
            }
            return true;
        }
    }
}
