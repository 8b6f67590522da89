namespace BlynkWM.Compression
{
    /// <summary>gzip (RFC 1952) framing around deflate blocks, the same bytes on every host.</summary>
    static partial class Gzip
    {
        /// <summary>Size of the header <see cref="WriteHeader"/> writes.</summary>
        public const int HeaderLength = 10;

        /// <summary>Size of the trailer (CRC-32 and length) <see cref="WriteTrailer"/> writes.</summary>
        public const int TrailerLength = 8;

        /// <summary>Writes a 10-byte gzip header with no name, no time stamp and OS "unknown", so it is the same everywhere.</summary>
        public static int WriteHeader(byte[] output, int offset)
        {
            output[offset] = 0x1F;
            output[offset + 1] = 0x8B;
            output[offset + 2] = 8;
            for (int i = 3; i < 9; i++)
            {
                output[offset + i] = 0;
            }

            output[offset + 9] = 0xFF;
            return offset + HeaderLength;
        }

        /// <summary>Writes the gzip trailer: CRC-32 of the uncompressed bytes and their count modulo 2^32, little-endian.</summary>
        public static int WriteTrailer(byte[] output, int offset, uint crc, uint length)
        {
            output[offset] = (byte)crc;
            output[offset + 1] = (byte)(crc >> 8);
            output[offset + 2] = (byte)(crc >> 16);
            output[offset + 3] = (byte)(crc >> 24);
            output[offset + 4] = (byte)length;
            output[offset + 5] = (byte)(length >> 8);
            output[offset + 6] = (byte)(length >> 16);
            output[offset + 7] = (byte)(length >> 24);
            return offset + TrailerLength;
        }
    }
}
