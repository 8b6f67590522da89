namespace BlynkWM.Compression
{
    /// <summary>The fixed tables of DEFLATE (RFC 1951 3.2.5, 3.2.6) and the lookups built from them.</summary>
    static partial class DeflateTables
    {
        /// <summary>Shortest match DEFLATE can encode, in bytes.</summary>
        public const int MinMatch = 3;
        /// <summary>Longest match DEFLATE can encode, in bytes.</summary>
        public const int MaxMatch = 258;
        /// <summary>Literal/length symbols: 256 literals, end of block, 29 lengths.</summary>
        public const int LitLenSymbols = 286;
        /// <summary>Distance symbols (distances 1 to 32768).</summary>
        public const int DistSymbols = 30;
        /// <summary>Code-length symbols of a dynamic block's header (0-15 and the repeats 16, 17, 18).</summary>
        public const int CodeLengthSymbols = 19;
        /// <summary>The literal/length symbol that ends a block.</summary>
        public const int EndOfBlock = 256;
        /// <summary>Longest Huffman code of literals, lengths and distances, in bits.</summary>
        public const int MaxBits = 15;
        /// <summary>Longest Huffman code of the code-length alphabet, in bits.</summary>
        public const int MaxCodeLengthBits = 7;

        /// <summary>Shortest match length of each length symbol 257..285 (index 0..28).</summary>
        public static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        /// <summary>Extra bits after each length symbol (index 0..28), added to <see cref="LengthBase"/>.</summary>
        public static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        /// <summary>Shortest distance of each distance symbol 0..29.</summary>
        public static readonly int[] DistBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        /// <summary>Extra bits after each distance symbol, added to <see cref="DistBase"/>.</summary>
        public static readonly int[] DistExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        /// <summary>The order in which a dynamic block's header lists the code-length code lengths.</summary>
        public static readonly byte[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        /// <summary>Length symbol index (0..28) of each match length minus 3.</summary>
        public static readonly byte[] LengthCodes = BuildLengthCodes();

        /// <summary>Distance symbol of distance-1 below 256, then of (distance-1) &gt;&gt; 7 from index 256 (zlib's layout).</summary>
        public static readonly byte[] DistCodes = BuildDistCodes();

        /// <summary>Code lengths of the fixed literal/length code (288 symbols: 8, 9, 7, 8 bits by range).</summary>
        public static readonly byte[] FixedLitLengths = BuildFixedLitLengths();
        /// <summary>The fixed literal/length codes, bit-reversed for <see cref="BitWriter.WriteBits"/>.</summary>
        public static readonly int[] FixedLitCodes = HuffmanCode.BuildCanonical(FixedLitLengths, 288);
        /// <summary>Code lengths of the fixed distance code (30 symbols, 5 bits each).</summary>
        public static readonly byte[] FixedDistLengths = BuildFixedDistLengths();
        /// <summary>The fixed distance codes, bit-reversed for <see cref="BitWriter.WriteBits"/>.</summary>
        public static readonly int[] FixedDistCodes = HuffmanCode.BuildCanonical(FixedDistLengths, 30);

        /// <summary>The distance symbol (0..29) of <paramref name="distance"/> (1 to 32768).</summary>
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
