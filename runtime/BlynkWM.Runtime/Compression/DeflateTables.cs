namespace BlynkWM.Compression
{
    /// <summary>The fixed tables of DEFLATE (RFC 1951 3.2.5, 3.2.6) and the lookups built from them.</summary>
#if BLYNKWM_GENERATOR
    internal
#else
    public
#endif
    static class DeflateTables
    {
        public const int MinMatch = 3;
        public const int MaxMatch = 258;
        public const int LitLenSymbols = 286;
        public const int DistSymbols = 30;
        public const int CodeLengthSymbols = 19;
        public const int EndOfBlock = 256;
        public const int MaxBits = 15;
        public const int MaxCodeLengthBits = 7;

        public static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        public static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        public static readonly int[] DistBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        public static readonly int[] DistExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        public static readonly byte[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        /// <summary>Length symbol index (0..28) of each match length minus 3.</summary>
        public static readonly byte[] LengthCodes = BuildLengthCodes();

        /// <summary>Distance symbol of distance-1 below 256, then of (distance-1) &gt;&gt; 7 from index 256 (zlib's layout).</summary>
        public static readonly byte[] DistCodes = BuildDistCodes();

        public static readonly byte[] FixedLitLengths = BuildFixedLitLengths();
        public static readonly int[] FixedLitCodes = HuffmanCode.BuildCanonical(FixedLitLengths, 288);
        public static readonly byte[] FixedDistLengths = BuildFixedDistLengths();
        public static readonly int[] FixedDistCodes = HuffmanCode.BuildCanonical(FixedDistLengths, 30);

        public static int DistCode(int distance)
        {
            int d = distance - 1;
            return d < 256 ? DistCodes[d] : DistCodes[256 + (d >> 7)];
        }

        private static byte[] BuildLengthCodes()
        {
            byte[] table = new byte[256];
            for (int code = 0; code < 28; code++)
            {
                for (int n = 0; n < (1 << LengthExtra[code]); n++)
                {
                    table[LengthBase[code] - MinMatch + n] = (byte)code;
                }
            }

            // 258 has its own symbol (285) with no extra bits, although 284 could also express it.
            table[MaxMatch - MinMatch] = 28;
            return table;
        }

        private static byte[] BuildDistCodes()
        {
            byte[] table = new byte[512];
            int dist = 0;
            int code;
            for (code = 0; code < 16; code++)
            {
                for (int n = 0; n < (1 << DistExtra[code]); n++)
                {
                    table[dist++] = (byte)code;
                }
            }

            dist >>= 7;
            for (; code < DistSymbols; code++)
            {
                for (int n = 0; n < (1 << (DistExtra[code] - 7)); n++)
                {
                    table[256 + dist++] = (byte)code;
                }
            }

            return table;
        }

        private static byte[] BuildFixedLitLengths()
        {
            byte[] lengths = new byte[288];
            for (int i = 0; i < 288; i++)
            {
                lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
            }

            return lengths;
        }

        private static byte[] BuildFixedDistLengths()
        {
            byte[] lengths = new byte[30];
            for (int i = 0; i < 30; i++)
            {
                lengths[i] = 5;
            }

            return lengths;
        }
    }
}
