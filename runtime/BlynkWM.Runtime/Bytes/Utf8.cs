namespace BlynkWM.Storage
{
    /// <summary>
    /// UTF-8 encoding and validation. Strings are encoded by the platform (<c>Encoding.UTF8</c>): linear on both
    /// runtimes and byte-identical (nanoCLR keeps strings as UTF-8 and, like .NET, turns an unpaired surrogate into
    /// U+FFFD). Code never walks a string character by character: on nanoCLR <c>s[i]</c> walks the string from its
    /// start (a loop over it is quadratic) and returns the high surrogate for both halves of a character above U+FFFF.
    /// The IL check (rule NANO007) fails a device build that indexes a string inside a loop.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Most bytes one UTF-16 unit takes (a surrogate pair takes 4 for its 2 units).</summary>
        public const int MaxBytesPerChar = 3;

        /// <summary>Bytes <paramref name="value"/> takes. On the device this allocates them: not for hot paths.</summary>
        public static int ByteCount(string value)
        {
#if NANOFRAMEWORK_1_0
            // nanoFramework's Encoding has no GetByteCount; its GetBytes copies the string's own UTF-8.
            return System.Text.Encoding.UTF8.GetBytes(value).Length;
#else
            return System.Text.Encoding.UTF8.GetByteCount(value);
#endif
        }

        /// <summary>The UTF-8 of <paramref name="value"/> in a new array of exactly its length.</summary>
        public static byte[] GetBytes(string value)
        {
            return System.Text.Encoding.UTF8.GetBytes(value);
        }

        /// <summary>
        /// Encodes <paramref name="value"/> at <paramref name="offset"/>; returns the offset after the last byte. The
        /// caller guarantees room for <see cref="MaxBytesPerChar"/> bytes per UTF-16 unit.
        /// </summary>
        public static int Encode(string value, byte[] buffer, int offset)
        {
            return offset + System.Text.Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, offset);
        }

        /// <summary>
        /// Encodes <paramref name="value"/> at <paramref name="offset"/> when it takes at most <paramref name="maxBytes"/>
        /// bytes: returns the offset after the last byte, or -1 (bytes from <paramref name="offset"/> to the end of the
        /// buffer may have been overwritten). Allocates nothing. <paramref name="maxBytes"/> must not exceed the room left.
        /// </summary>
        public static int TryEncode(string value, byte[] buffer, int offset, int maxBytes)
        {
            if (maxBytes > buffer.Length - offset)
            {
                throw new System.ArgumentOutOfRangeException("maxBytes");
            }

            int length = value.Length;
            if (length > maxBytes)
            {
                return -1; // every UTF-16 unit takes at least one byte
            }

            int count;
            try
            {
                count = System.Text.Encoding.UTF8.GetBytes(value, 0, length, buffer, offset);
            }
            catch (System.ArgumentException)
            {
                // The encoding ran past the end of the buffer, which is at least maxBytes away: too long.
                return -1;
            }

            return count > maxBytes ? -1 : offset + count;
        }

        /// <summary>True when the bytes are well-formed UTF-8 (RFC 3629).</summary>
        public static bool IsValid(byte[] buffer, int offset, int count)
        {
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = buffer[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int need;
                int min;
                int scalar;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    need = 1;
                    min = 0x80;
                    scalar = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    need = 2;
                    min = 0x800;
                    scalar = b & 0x0F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    need = 3;
                    min = 0x10000;
                    scalar = b & 0x07;
                }
                else
                {
                    return false;
                }

                if (end - i - 1 < need)
                {
                    return false;
                }

                for (int k = 1; k <= need; k++)
                {
                    int next = buffer[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    scalar = (scalar << 6) | (next & 0x3F);
                }

                if (scalar < min || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF))
                {
                    return false;
                }

                i += need + 1;
            }

            return true;
        }
    }
}
