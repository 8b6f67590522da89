namespace BlynkWM.Storage
{
    /// <summary>
    /// Encoding of one field inside a <see cref="ConfigRecord"/>: tag (4), type (1), value length (2), value.
    /// Integers use the fewest two's-complement bytes (1, 2, 4 or 8), so an int field that later becomes a long keeps its value.
    /// Generated serializers call these; they allocate nothing except the strings <see cref="TryReadString"/> returns.
    /// </summary>
    public static class FieldCodec
    {
        /// <summary>Bytes before a field's value: tag (4), type (1), length (2).</summary>
        public const int FieldHeaderSize = RecordFormat.FieldHeaderSize;
        /// <summary>Type byte of a bool field (value: one byte, 0 or 1).</summary>
        public const byte TypeBool = 1;
        /// <summary>Type byte of an integer field (value: 1, 2, 4 or 8 bytes, two's complement, little-endian).</summary>
        public const byte TypeInteger = 2;
        /// <summary>Type byte of a string field (value: UTF-8 bytes).</summary>
        public const byte TypeString = 3;

        /// <summary>Largest encoded size of an integer field of any range (a declared range may need less: <see cref="IntegerWidth.OfRange"/>).</summary>
        public const int MaxIntegerFieldSize = FieldHeaderSize + 8;
        /// <summary>Encoded size of a bool field.</summary>
        public const int BoolFieldSize = FieldHeaderSize + 1;

        /// <summary>Stable 32-bit tag of a field id: FNV-1a over its UTF-8 bytes (ids are ASCII). Same as <see cref="FieldTag.Compute"/>.</summary>
        public static uint Tag(string id)
        {
            return FieldTag.Compute(id);
        }

        /// <summary>Writes a bool field at <paramref name="p"/>; returns the offset after it.</summary>
        public static int WriteBool(byte[] buffer, int p, uint tag, bool value)
        {
            p = WriteHeader(buffer, p, tag, TypeBool, 1);
            buffer[p] = value ? (byte)1 : (byte)0;
            return p + 1;
        }

        /// <summary>Writes an integer field at <paramref name="p"/> in the fewest bytes that hold <paramref name="value"/>; returns the offset after it.</summary>
        public static int WriteInteger(byte[] buffer, int p, uint tag, long value)
        {
            int width = IntegerWidth.Of(value);
            p = WriteHeader(buffer, p, tag, TypeInteger, width);
            for (int i = 0; i < width; i++)
            {
                buffer[p + i] = (byte)(value >> (8 * i));
            }

            return p + width;
        }

        /// <summary>Writes an integer field whose value must lie in [<paramref name="min"/>, <paramref name="max"/>], the range its schema declares.</summary>
        /// <exception cref="System.ArgumentException">The value is outside the range (it would read back as the default); nothing is written.
        /// The message gives the value and the range, e.g. "value for 'mqtt_port' is 70000; the field allows 1 to 65535".</exception>
        public static int WriteInteger(byte[] buffer, int p, uint tag, long value, long min, long max, string fieldId)
        {
            if (value < min || value > max)
            {
                throw new System.ArgumentException(
                    "value for '" + fieldId + "' is " + value.ToString() + "; the field allows " + min.ToString() + " to " + max.ToString(), fieldId);
            }

            return WriteInteger(buffer, p, tag, value);
        }

        /// <summary>Writes a string of at most <paramref name="maxBytes"/> UTF-8 bytes (null is stored as empty).</summary>
        /// <exception cref="System.ArgumentException">The value is longer than the field allows; nothing past the buffer is touched.
        /// The message gives both lengths, e.g. "value for 'blynk1_token' is 41 bytes; the field holds 34".</exception>
        public static int WriteString(byte[] buffer, int p, uint tag, string value, int maxBytes, string fieldId)
        {
            if (value == null)
            {
                return WriteHeader(buffer, p, tag, TypeString, 0);
            }

            // The record buffer has room for this field's limit (ConfigRecord.RequireCapacity), so the bounded encoder
            // may write up to the limit in place and report an overflow without counting first.
            int start = p + FieldHeaderSize;
            int end = Utf8.TryEncode(value, buffer, start, maxBytes);
            if (end < 0)
            {
                throw new System.ArgumentException(
                    "value for '" + fieldId + "' is " + Utf8.ByteCount(value).ToString() + " bytes; the field holds " + maxBytes.ToString(), fieldId);
            }

            WriteHeader(buffer, p, tag, TypeString, end - start);
            return end;
        }

        /// <summary>The tag of the field at <paramref name="p"/>.</summary>
        public static uint ReadTag(byte[] buffer, int p)
        {
            return LittleEndian.ReadUInt32(buffer, p);
        }

        /// <summary>The type byte of the field at <paramref name="p"/>.</summary>
        public static byte ReadType(byte[] buffer, int p)
        {
            return buffer[p + 4];
        }

        /// <summary>The value length of the field at <paramref name="p"/>.</summary>
        public static int ValueLength(byte[] buffer, int p)
        {
            return LittleEndian.ReadUInt16(buffer, p + 5);
        }

        /// <summary>Reads a bool field; false when the stored field has another type or size.</summary>
        public static bool TryReadBool(byte[] buffer, int p, out bool value)
        {
            value = false;
            if (ReadType(buffer, p) != TypeBool || ValueLength(buffer, p) != 1)
            {
                return false;
            }

            byte b = buffer[p + FieldHeaderSize];
            if (b > 1)
            {
                return false;
            }

            value = b == 1;
            return true;
        }

        /// <summary>Reads an integer field of any stored width, sign-extended.</summary>
        public static bool TryReadInteger(byte[] buffer, int p, out long value)
        {
            value = 0;
            int width = ValueLength(buffer, p);
            if (ReadType(buffer, p) != TypeInteger || (width != 1 && width != 2 && width != 4 && width != 8))
            {
                return false;
            }

            int v = p + FieldHeaderSize;
            ulong raw = 0;
            for (int i = 0; i < width; i++)
            {
                raw |= (ulong)buffer[v + i] << (8 * i);
            }

            int unused = 64 - (8 * width);
            value = ((long)(raw << unused)) >> unused;
            return true;
        }

        /// <summary>Reads a string field of at most <paramref name="maxBytes"/> valid UTF-8 bytes.</summary>
        public static bool TryReadString(byte[] buffer, int p, int maxBytes, out string value)
        {
            value = "";
            int length = ValueLength(buffer, p);
            if (ReadType(buffer, p) != TypeString || length > maxBytes)
            {
                return false;
            }

            int v = p + FieldHeaderSize;
            if (!Utf8.IsValid(buffer, v, length))
            {
                return false;
            }

            value = length == 0 ? "" : System.Text.Encoding.UTF8.GetString(buffer, v, length);
            return true;
        }

        private static int WriteHeader(byte[] buffer, int p, uint tag, byte type, int length)
        {
            LittleEndian.WriteUInt32(buffer, p, tag);
            buffer[p + 4] = type;
            LittleEndian.WriteUInt16(buffer, p + 5, length);
            return p + FieldHeaderSize;
        }
    }
}
