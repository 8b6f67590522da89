namespace BlynkWM.Storage
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as used by zlib, gzip and PNG.
    /// Unlike an additive byte sum it catches every burst of up to 32 flipped bits and byte swaps.
    /// On the device it is the firmware's native CRC-32 (nanoFramework.System.IO.Hashing, built into every ESP32
    /// target): an interpreted table loop costs about 70 ns a byte on nanoCLR, the native one next to nothing. The
    /// .NET build uses the BCL's vectorized one; the generator (which compiles this file too, for the gzip trailer
    /// and CRC of the page head it precompresses) uses the table computation below, which its tests check.
    /// </summary>
    static partial class Crc32
    {
        /// <summary>CRC of <paramref name="count"/> bytes starting at <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] buffer, int offset, int count)
        {
#if NANOFRAMEWORK_1_0
            return System.IO.Hashing.Crc32.HashToUInt32(new System.SpanByte(buffer, offset, count));
#elif BLYNKWM_GENERATOR
            return ComputePortable(buffer, offset, count);
#else
            return System.IO.Hashing.Crc32.HashToUInt32(new System.ReadOnlySpan<byte>(buffer, offset, count));
#endif
        }

#if BLYNKWM_GENERATOR
        // The table exists only where the computation is managed: a device would keep it in RAM for nothing.
        private static readonly uint[] Table = BuildTable();

        /// <summary>The running value before any byte was added.</summary>
        public const uint Start = 0xFFFFFFFFu;

        /// <summary>The table-driven computation the generator runs.</summary>
        public static uint ComputePortable(byte[] buffer, int offset, int count)
        {
            return Finish(Update(Start, buffer, offset, count));
        }

        /// <summary>Adds bytes to a running CRC started with <see cref="Start"/>; finish with <see cref="Finish"/>.</summary>
        public static uint Update(uint crc, byte[] buffer, int offset, int count)
        {
            uint[] table = Table;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>The final CRC of a running value from <see cref="Update"/> (its bits inverted).</summary>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
#endif
    }
}
