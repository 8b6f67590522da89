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
#if NANOFRAMEWORK_1_0
            return ByteCountPortable(value);
#else
            // The BCL encoder is vectorized and, like ours, encodes lone surrogates as U+FFFD.
            return System.Text.Encoding.UTF8.GetByteCount(value);
#endif
        }

        /// <summary>Encodes <paramref name="value"/> at <paramref name="offset"/>; returns the offset after the last byte.</summary>
        public static int Encode(string value, byte[] buffer, int offset)
        {
#if NANOFRAMEWORK_1_0
            return EncodePortable(value, buffer, offset);
#else
            return offset + System.Text.Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, offset);
#endif
        }

        /// <summary>
        /// The Unicode scalar at <paramref name="index"/>: a surrogate pair is combined (<paramref name="units"/> = 2);
        /// a lone surrogate gives -1, which encoders write as U+FFFD.
        /// </summary>
        public static int ScalarAt(string text, int index, out int units)
        {
            int c = text[index];
            units = 1;
            if (c < 0xD800 || c > 0xDFFF)
            {
                return c;
            }

            if (c <= 0xDBFF && index + 1 < text.Length && text[index + 1] >= 0xDC00 && text[index + 1] <= 0xDFFF)
            {
                units = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (text[index + 1] - 0xDC00);
            }

            return -1;
        }

        /// <summary>Bytes a scalar takes in UTF-8 (a lone surrogate, -1, as U+FFFD: 3).</summary>
        public static int ScalarLength(int scalar)
        {
            return scalar < 0 ? 3 : scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4;
        }

        /// <summary>Writes a scalar (-1 as U+FFFD) at <paramref name="p"/>; returns the offset after it. The caller checks room.</summary>
        public static int WriteScalar(int scalar, byte[] buffer, int p)
        {
            if (scalar < 0)
            {
                scalar = 0xFFFD;
            }

            if (scalar < 0x80)
            {
                buffer[p] = (byte)scalar;
                return p + 1;
            }

            if (scalar < 0x800)
            {
                buffer[p] = (byte)(0xC0 | (scalar >> 6));
                buffer[p + 1] = (byte)(0x80 | (scalar & 0x3F));
                return p + 2;
            }

            if (scalar < 0x10000)
            {
                buffer[p] = (byte)(0xE0 | (scalar >> 12));
                buffer[p + 1] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                buffer[p + 2] = (byte)(0x80 | (scalar & 0x3F));
                return p + 3;
            }

            buffer[p] = (byte)(0xF0 | (scalar >> 18));
            buffer[p + 1] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
            buffer[p + 2] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
            buffer[p + 3] = (byte)(0x80 | (scalar & 0x3F));
            return p + 4;
        }

        /// <summary>True when <paramref name="bytes"/> hold the UTF-8 of <paramref name="scalar"/> at <paramref name="p"/> (within <paramref name="end"/>).</summary>
        public static bool MatchesScalar(int scalar, byte[] bytes, int p, int end)
        {
            int need = ScalarLength(scalar);
            if (scalar < 0 || end - p < need)
            {
                return false;
            }

            if (need == 1)
            {
                return bytes[p] == scalar;
            }

            int lead = need == 2 ? 0xC0 | (scalar >> 6) : need == 3 ? 0xE0 | (scalar >> 12) : 0xF0 | (scalar >> 18);
            if (bytes[p] != lead)
            {
                return false;
            }

            for (int k = 1; k < need; k++)
            {
                if (bytes[p + k] != (0x80 | ((scalar >> (6 * (need - 1 - k))) & 0x3F)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The device's byte count (also run by the host tests against the BCL's).</summary>
        public static int ByteCountPortable(string value)
        {
            int count = 0;
            int units;
            for (int i = 0; i < value.Length; i += units)
            {
                count += ScalarLength(ScalarAt(value, i, out units));
            }

            return count;
        }

        /// <summary>The device's encoder (also run by the host tests against the BCL's).</summary>
        public static int EncodePortable(string value, byte[] buffer, int offset)
        {
            int p = offset;
            int units;
            for (int i = 0; i < value.Length; i += units)
            {
                p = WriteScalar(ScalarAt(value, i, out units), buffer, p);
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
