namespace BlynkWM.Storage
{
    /// <summary>
    /// Allocation-free UTF-8 encoding and validation. Lone surrogates encode as U+FFFD so that every
    /// string has a well-defined stored form; validation rejects overlong forms, surrogates and values past U+10FFFF.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Bytes <paramref name="value"/> takes in UTF-8.</summary>
        public static int ByteCount(string value)
        {
#if NANOFRAMEWORK
            return ByteCountPortable(value);
#else
            // The BCL encoder is vectorized and, like ours, encodes lone surrogates as U+FFFD.
            return System.Text.Encoding.UTF8.GetByteCount(value);
#endif
        }

        /// <summary>Encodes <paramref name="value"/> at <paramref name="offset"/>; returns the offset after the last byte.</summary>
        public static int Encode(string value, byte[] buffer, int offset)
        {
#if NANOFRAMEWORK
            return EncodePortable(value, buffer, offset);
#else
            return offset + System.Text.Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, offset);
#endif
        }

        /// <summary>The device's byte count (also run by the host tests against the BCL's).</summary>
        public static int ByteCountPortable(string value)
        {
            int count = 0;
            int length = value.Length;
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && value[i + 1] >= 0xDC00 && value[i + 1] <= 0xDFFF)
                {
                    count += 4;
                    i++;
                }
                else
                {
                    count += 3;
                }
            }

            return count;
        }

        /// <summary>The device's encoder (also run by the host tests against the BCL's).</summary>
        public static int EncodePortable(string value, byte[] buffer, int offset)
        {
            int length = value.Length;
            int p = offset;
            for (int i = 0; i < length; i++)
            {
                int c = value[i];
                if (c < 0x80)
                {
                    buffer[p++] = (byte)c;
                    continue;
                }

                if (c < 0x800)
                {
                    buffer[p++] = (byte)(0xC0 | (c >> 6));
                    buffer[p++] = (byte)(0x80 | (c & 0x3F));
                    continue;
                }

                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && i + 1 < length && value[i + 1] >= 0xDC00 && value[i + 1] <= 0xDFFF)
                    {
                        int scalar = 0x10000 + ((c - 0xD800) << 10) + (value[i + 1] - 0xDC00);
                        i++;
                        buffer[p++] = (byte)(0xF0 | (scalar >> 18));
                        buffer[p++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                        buffer[p++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                        buffer[p++] = (byte)(0x80 | (scalar & 0x3F));
                        continue;
                    }

                    c = 0xFFFD;
                }

                buffer[p++] = (byte)(0xE0 | (c >> 12));
                buffer[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[p++] = (byte)(0x80 | (c & 0x3F));
            }

            return p;
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
