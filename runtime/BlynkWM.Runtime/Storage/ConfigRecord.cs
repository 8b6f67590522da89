namespace BlynkWM.Storage
{
    /// <summary>
    /// The versioned record every config is stored in (all integers little-endian):
    /// <code>
    /// offset  size  field
    ///      0     4  magic "BWMC"
    ///      4     1  format version (1)
    ///      5     1  reserved (0)
    ///      6     2  length of the field list in bytes (L)
    ///      8     4  schema fingerprint (informational: which schema wrote it)
    ///     12     4  sequence number (higher = newer, serial-number arithmetic)
    ///     16     L  fields: tag (4, FNV-1a of the field id), type (1), length (2), value
    ///   16+L     4  CRC-32 (IEEE) over bytes [0, 16+L)
    /// </code>
    /// Fields are matched by tag, so a newer schema keeps the values of fields that still exist.
    /// </summary>
    public static class ConfigRecord
    {
        /// <summary>Bytes before the field list: magic, version, reserved, length, fingerprint, sequence.</summary>
        public const int HeaderSize = RecordFormat.HeaderSize;
        /// <summary>Bytes after the field list: the CRC-32.</summary>
        public const int TrailerSize = RecordFormat.TrailerSize;
        /// <summary>Bytes of a record that are not fields.</summary>
        public const int Overhead = HeaderSize + TrailerSize;
        /// <summary>The format version this runtime writes and reads.</summary>
        public const byte FormatVersion = RecordFormat.FormatVersion;
        /// <summary>Largest field list the 16-bit length can announce.</summary>
        public const int MaxFieldListLength = RecordFormat.MaxFieldListLength;

        private const byte Magic0 = (byte)'B';
        private const byte Magic1 = (byte)'W';
        private const byte Magic2 = (byte)'M';
        private const byte Magic3 = (byte)'C';

        /// <summary>Writes the header and CRC around a field list already written at <c>offset + HeaderSize</c> up to <paramref name="fieldsEnd"/>; returns the record length.</summary>
        public static int Seal(byte[] buffer, int offset, int fieldsEnd, uint schemaFingerprint, uint sequence)
        {
            int fieldsLength = fieldsEnd - offset - HeaderSize;
            buffer[offset] = Magic0;
            buffer[offset + 1] = Magic1;
            buffer[offset + 2] = Magic2;
            buffer[offset + 3] = Magic3;
            buffer[offset + 4] = FormatVersion;
            buffer[offset + 5] = 0;
            LittleEndian.WriteUInt16(buffer, offset + 6, fieldsLength);
            LittleEndian.WriteUInt32(buffer, offset + 8, schemaFingerprint);
            LittleEndian.WriteUInt32(buffer, offset + 12, sequence);
            uint crc = Crc32.Compute(buffer, offset, fieldsEnd - offset);
            LittleEndian.WriteUInt32(buffer, fieldsEnd, crc);
            return fieldsEnd + TrailerSize - offset;
        }

        /// <summary>Throws when <paramref name="buffer"/> cannot hold a record of <paramref name="maxRecordSize"/> bytes at <paramref name="offset"/>.</summary>
        public static void RequireCapacity(byte[] buffer, int offset, int maxRecordSize)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException("buffer");
            }

            if (offset < 0 || buffer.Length - offset < maxRecordSize)
            {
                throw new System.ArgumentException("The buffer is smaller than the record's maximum size.", "buffer");
            }
        }

        /// <summary>
        /// Validates magic, version, length, CRC and the field list. On <see cref="ConfigReadStatus.Ok"/> the fields
        /// occupy [<paramref name="fieldsStart"/>, <paramref name="fieldsEnd"/>).
        /// </summary>
        public static ConfigReadStatus Check(byte[] buffer, int offset, int count, out int fieldsStart, out int fieldsEnd)
        {
            fieldsStart = 0;
            fieldsEnd = 0;
            if (buffer == null || offset < 0 || count <= 0 || offset > buffer.Length - count)
            {
                return count == 0 ? ConfigReadStatus.Empty : ConfigReadStatus.Truncated;
            }

            int magicBytes = count < 4 ? count : 4;
            if (IsErased(buffer, offset, magicBytes))
            {
                return ConfigReadStatus.Empty;
            }

            if (!MagicMatches(buffer, offset, magicBytes))
            {
                return ConfigReadStatus.BadMagic;
            }

            if (count < HeaderSize)
            {
                return ConfigReadStatus.Truncated;
            }

            byte version = buffer[offset + 4];
            if (version > FormatVersion)
            {
                return ConfigReadStatus.TooNew;
            }

            if (version == 0)
            {
                return ConfigReadStatus.BadMagic;
            }

            int fieldsLength = LittleEndian.ReadUInt16(buffer, offset + 6);
            if (count - Overhead < fieldsLength)
            {
                return ConfigReadStatus.Truncated;
            }

            int end = offset + HeaderSize + fieldsLength;
            uint expected = LittleEndian.ReadUInt32(buffer, end);
            if (Crc32.Compute(buffer, offset, HeaderSize + fieldsLength) != expected)
            {
                return ConfigReadStatus.BadCrc;
            }

            int p = offset + HeaderSize;
            while (p < end)
            {
                if (end - p < FieldCodec.FieldHeaderSize)
                {
                    return ConfigReadStatus.Malformed;
                }

                int length = FieldCodec.ValueLength(buffer, p);
                p += FieldCodec.FieldHeaderSize;
                if (end - p < length)
                {
                    return ConfigReadStatus.Malformed;
                }

                p += length;
            }

            fieldsStart = offset + HeaderSize;
            fieldsEnd = end;
            return ConfigReadStatus.Ok;
        }

        /// <summary>
        /// The whole length (header, field list and CRC) that the header at <paramref name="offset"/> announces, checked
        /// only as far as magic and version; -1 when the first <paramref name="count"/> bytes hold no header of a format
        /// this code reads. Lets a store size its read buffer for a record written by another firmware version, whose
        /// schema may be larger than its own (at most <see cref="Overhead"/> + <see cref="MaxFieldListLength"/> bytes).
        /// </summary>
        public static int AnnouncedLength(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < HeaderSize || offset > buffer.Length - HeaderSize)
            {
                return -1;
            }

            byte version = buffer[offset + 4];
            if (!MagicMatches(buffer, offset, 4) || version == 0 || version > FormatVersion)
            {
                return -1;
            }

            return Overhead + LittleEndian.ReadUInt16(buffer, offset + 6);
        }

        /// <summary>The sequence number of a record that passed <see cref="Check"/>.</summary>
        public static uint ReadSequence(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + 12);
        }

        /// <summary>The record length of a record that passed <see cref="Check"/>.</summary>
        public static int ReadLength(byte[] buffer, int offset)
        {
            return Overhead + LittleEndian.ReadUInt16(buffer, offset + 6);
        }

        /// <summary>Serial-number comparison (RFC 1982 style), so a wrapped counter still orders correctly.</summary>
        public static bool IsNewer(uint candidate, uint current)
        {
            return (int)(candidate - current) > 0;
        }

        private static bool IsErased(byte[] buffer, int offset, int count)
        {
            byte first = buffer[offset];
            if (first != 0xFF && first != 0x00)
            {
                return false;
            }

            for (int i = 1; i < count; i++)
            {
                if (buffer[offset + i] != first)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool MagicMatches(byte[] buffer, int offset, int count)
        {
            if (buffer[offset] != Magic0)
            {
                return false;
            }

            if (count > 1 && buffer[offset + 1] != Magic1)
            {
                return false;
            }

            if (count > 2 && buffer[offset + 2] != Magic2)
            {
                return false;
            }

            return count <= 3 || buffer[offset + 3] == Magic3;
        }
    }
}
