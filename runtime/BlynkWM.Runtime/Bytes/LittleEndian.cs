namespace BlynkWM.Storage
{
    /// <summary>Little-endian integer access by shifting: allocation-free, unlike BitConverter.GetBytes.</summary>
    public static class LittleEndian
    {
        /// <summary>Writes the low 16 bits of <paramref name="value"/> at <paramref name="offset"/>, low byte first.</summary>
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/>, low byte first.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>The unsigned 16-bit value at <paramref name="offset"/>, low byte first.</summary>
        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        /// <summary>The unsigned 32-bit value at <paramref name="offset"/>, low byte first.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }
    }
}
