namespace BlynkWM.Storage
{
    /// <summary>
    /// What <see cref="IConfigStore.Erase"/> stores in place of a config: the record header with the magic "BWME", no
    /// fields, and the CRC (20 bytes). It is written like a save, with the next sequence number, so an interrupted erase
    /// leaves the old config or the marker, the marker outranks every copy stored before it, and the next save numbers
    /// above it: sequence numbers never restart, so no later write can recreate the header of an erased copy and with
    /// it that copy's CRC. A reader that does not know markers sees a bad magic, never a config.
    /// </summary>
    public static class EraseMarker
    {
        /// <summary>Bytes of a marker: a record header with no fields, and the CRC.</summary>
        public const int Size = ConfigRecord.Overhead;

        private const byte Magic3 = (byte)'E';

        /// <summary>Writes a marker with <paramref name="sequence"/> at <paramref name="offset"/>; returns its length.</summary>
        public static int Write(byte[] buffer, int offset, uint sequence)
        {
            buffer[offset] = (byte)'B';
            buffer[offset + 1] = (byte)'W';
            buffer[offset + 2] = (byte)'M';
            buffer[offset + 3] = Magic3;
            buffer[offset + 4] = ConfigRecord.FormatVersion;
            buffer[offset + 5] = 0;
            LittleEndian.WriteUInt16(buffer, offset + 6, 0);
            LittleEndian.WriteUInt32(buffer, offset + 8, 0);
            LittleEndian.WriteUInt32(buffer, offset + 12, sequence);
            LittleEndian.WriteUInt32(buffer, offset + ConfigRecord.HeaderSize, Crc32.Compute(buffer, offset, ConfigRecord.HeaderSize));
            return Size;
        }

        /// <summary>Whether the first <paramref name="count"/> bytes at <paramref name="offset"/> start with an intact marker.</summary>
        public static bool Check(byte[] buffer, int offset, int count)
        {
            return count >= Size
                && buffer[offset] == (byte)'B'
                && buffer[offset + 1] == (byte)'W'
                && buffer[offset + 2] == (byte)'M'
                && buffer[offset + 3] == Magic3
                && buffer[offset + 4] == ConfigRecord.FormatVersion
                && LittleEndian.ReadUInt16(buffer, offset + 6) == 0
                && Crc32.Compute(buffer, offset, ConfigRecord.HeaderSize) == LittleEndian.ReadUInt32(buffer, offset + ConfigRecord.HeaderSize);
        }
    }
}
