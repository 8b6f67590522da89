namespace BlynkWM.Compression
{
    /// <summary>
    /// A deterministic DEFLATE (RFC 1951) compressor: LZ77 over hash chains with lazy matching, then per block the
    /// cheapest of a dynamic Huffman code (lengths limited to 15 bits, code-length code to 7), the fixed code, or a
    /// stored block. Integer-only and free of platform APIs, so the generator (at build time) and the device (at run
    /// time) compile this same file and produce the same bytes for the same input on every host.
    /// <para>
    /// A call compresses <c>data[start, end)</c> and may use <c>data[dictionaryStart, start)</c> as history: bytes the
    /// decoder has already produced, such as a page head sent as precompressed blocks. Without <c>final</c> the output
    /// ends with an empty stored block (a "sync flush"), on a byte boundary, so another call's blocks can follow it.
    /// All working memory is allocated once, in the constructor.
    /// </para>
    /// </summary>
#if BLYNKWM_GENERATOR
    internal
#else
    public
#endif
    sealed class DeflateCompressor
    {
        /// <summary>Largest <c>end</c> a call accepts: positions are kept in 16 bits.</summary>
        public const int MaxEnd = 65535;

        /// <summary>Size of the gzip (RFC 1952) header <see cref="WriteGzipHeader"/> writes.</summary>
        public const int GzipHeaderLength = 10;

        /// <summary>Size of the gzip trailer (CRC-32 and length) <see cref="WriteGzipTrailer"/> writes.</summary>
        public const int GzipTrailerLength = 8;

        private const int MinMatch = 3;
        private const int MaxMatch = 258;

        // A 3-byte match this far back costs more bits than three literals usually do (zlib's TOO_FAR).
        private const int TooFar = 4096;
        private const int LitLenSymbols = 286;
        private const int DistSymbols = 30;
        private const int CodeLengthSymbols = 19;
        private const int EndOfBlock = 256;
        private const int MaxBits = 15;
        private const int MaxCodeLengthBits = 7;

        private static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        private static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        private static readonly int[] DistBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        private static readonly int[] DistExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        private static readonly byte[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        /// <summary>Length symbol index (0..28) of each match length minus 3.</summary>
        private static readonly byte[] LengthCodes = BuildLengthCodes();

        /// <summary>Distance symbol of distance-1 below 256, then of (distance-1) &gt;&gt; 7 from index 256 (zlib's layout).</summary>
        private static readonly byte[] DistCodes = BuildDistCodes();

        private static readonly byte[] FixedLitLengths = BuildFixedLitLengths();
        private static readonly int[] FixedLitCodes = BuildCanonical(FixedLitLengths, 288);
        private static readonly byte[] FixedDistLengths = BuildFixedDistLengths();
        private static readonly int[] FixedDistCodes = BuildCanonical(FixedDistLengths, 30);

        private readonly int _windowSize;
        private readonly int _hashBits;
        private readonly int _hashMask;
        private readonly int _maxChain;
        private readonly int _blockTokens;
        private readonly ushort[] _head;
        private readonly ushort[] _prev;

        // A literal is its byte value (below 256); a match is (distance << 9) | length, so at least 512.
        private readonly int[] _tokens;
        private int _tokenCount;

        private readonly int[] _litFreq = new int[LitLenSymbols];
        private readonly int[] _distFreq = new int[DistSymbols];
        private readonly int[] _clFreq = new int[CodeLengthSymbols];
        private readonly byte[] _litLengths = new byte[LitLenSymbols];
        private readonly byte[] _distLengths = new byte[DistSymbols];
        private readonly byte[] _clLengths = new byte[CodeLengthSymbols];
        private readonly int[] _litCodes = new int[LitLenSymbols];
        private readonly int[] _distCodes = new int[DistSymbols];
        private readonly int[] _clCodes = new int[CodeLengthSymbols];

        // Run-length coded code lengths of a dynamic header: symbol 0..18 and its repeat argument.
        private readonly byte[] _rleSymbols = new byte[LitLenSymbols + DistSymbols];
        private readonly byte[] _rleExtra = new byte[LitLenSymbols + DistSymbols];
        private int _rleCount;

        // Huffman construction scratch.
        private readonly int[] _keys = new int[LitLenSymbols];
        private readonly int[] _depths = new int[LitLenSymbols];
        private readonly int[] _lengthCounts = new int[LitLenSymbols + 1];
        private readonly int[] _nextCode = new int[MaxBits + 2];

        private byte[] _data;
        private byte[] _out;
        private int _outPos;
        private uint _bitBuffer;
        private int _bitCount;

        /// <param name="windowBits">History searched for matches: 2^windowBits bytes (9..15).</param>
        /// <param name="hashBits">Hash table of 2^hashBits chain heads (8..16).</param>
        /// <param name="maxChain">Candidates examined per position: effort against speed.</param>
        /// <param name="blockTokens">Symbols per block before a new block (and Huffman code) starts.</param>
        public DeflateCompressor(int windowBits, int hashBits, int maxChain, int blockTokens)
        {
            if (windowBits < 9 || windowBits > 15 || hashBits < 8 || hashBits > 16 || maxChain < 1 || blockTokens < 16 || blockTokens > 65536)
            {
                throw new System.ArgumentException("invalid compressor parameters");
            }

            _windowSize = 1 << windowBits;
            _hashBits = hashBits;
            _hashMask = (1 << hashBits) - 1;
            _maxChain = maxChain;
            _blockTokens = blockTokens;
            _head = new ushort[1 << hashBits];
            _prev = new ushort[_windowSize];
            _tokens = new int[blockTokens];
            _data = _clLengths;
            _out = _clLengths;
        }

        /// <summary>Most bytes <see cref="Compress"/> can write for <paramref name="length"/> input bytes (stored blocks plus framing).</summary>
        public int MaxCompressedLength(int length)
        {
            return length + (6 * ((length / _blockTokens) + 3)) + 16;
        }

        /// <summary>
        /// Compresses <c>data[start, end)</c> into <paramref name="output"/> from <paramref name="outputOffset"/> and
        /// returns the offset after the last byte written. <c>data[dictionaryStart, start)</c> is history the decoder
        /// already holds. With <paramref name="final"/> the last block is marked final and the stream is padded to a
        /// byte; otherwise it ends with an empty stored block.
        /// </summary>
        public int Compress(byte[] data, int dictionaryStart, int start, int end, bool final, byte[] output, int outputOffset)
        {
            if (dictionaryStart < 0 || start < dictionaryStart || end < start || end > data.Length || end > MaxEnd
                || outputOffset < 0 || outputOffset > output.Length)
            {
                throw new System.ArgumentOutOfRangeException("end");
            }

            _data = data;
            _out = output;
            _outPos = outputOffset;
            _bitBuffer = 0;
            _bitCount = 0;
            _tokenCount = 0;
            System.Array.Clear(_litFreq, 0, LitLenSymbols);
            System.Array.Clear(_distFreq, 0, DistSymbols);
            System.Array.Clear(_head, 0, _head.Length);

            int first = start - (_windowSize - 1);
            for (int p = first > dictionaryStart ? first : dictionaryStart; p < start && p + MinMatch <= end; p++)
            {
                Insert(p);
            }

            int blockStart = start;
            int pos = start;
            int curLength = 0;
            int curDistance = 0;
            if (pos < end)
            {
                curLength = InsertAndFind(pos, end, out curDistance);
            }

            while (pos < end)
            {
                if (_tokenCount == _blockTokens)
                {
                    FlushBlock(blockStart, pos, false);
                    blockStart = pos;
                }

                if (curLength >= MinMatch)
                {
                    if (curLength < MaxMatch && pos + 1 < end)
                    {
                        int nextDistance;
                        int nextLength = InsertAndFind(pos + 1, end, out nextDistance);
                        if (nextLength > curLength)
                        {
                            // Lazy matching: a longer match one byte later beats this one.
                            AddLiteral(data[pos]);
                            pos++;
                            curLength = nextLength;
                            curDistance = nextDistance;
                            continue;
                        }

                        AddMatch(curLength, curDistance);
                        for (int p = pos + 2; p < pos + curLength; p++)
                        {
                            if (p + MinMatch <= end)
                            {
                                Insert(p);
                            }
                        }
                    }
                    else
                    {
                        AddMatch(curLength, curDistance);
                        for (int p = pos + 1; p < pos + curLength; p++)
                        {
                            if (p + MinMatch <= end)
                            {
                                Insert(p);
                            }
                        }
                    }

                    pos += curLength;
                }
                else
                {
                    AddLiteral(data[pos]);
                    pos++;
                }

                curLength = 0;
                if (pos < end)
                {
                    curLength = InsertAndFind(pos, end, out curDistance);
                }
            }

            if (final)
            {
                FlushBlock(blockStart, end, true);
                AlignToByte();
            }
            else
            {
                if (_tokenCount > 0)
                {
                    FlushBlock(blockStart, end, false);
                }

                // Sync flush: an empty stored block brings the stream to a byte boundary.
                WriteBits(0, 3);
                AlignToByte();
                PutByte(0);
                PutByte(0);
                PutByte(0xFF);
                PutByte(0xFF);
            }

            _data = _clLengths;
            _out = _clLengths;
            return _outPos;
        }

        /// <summary>Writes a 10-byte gzip header with no name, no time stamp and OS "unknown", so it is the same everywhere.</summary>
        public static int WriteGzipHeader(byte[] output, int offset)
        {
            output[offset] = 0x1F;
            output[offset + 1] = 0x8B;
            output[offset + 2] = 8;
            for (int i = 3; i < 9; i++)
            {
                output[offset + i] = 0;
            }

            output[offset + 9] = 0xFF;
            return offset + GzipHeaderLength;
        }

        /// <summary>Writes the gzip trailer: CRC-32 of the uncompressed bytes and their count modulo 2^32, little-endian.</summary>
        public static int WriteGzipTrailer(byte[] output, int offset, uint crc, uint length)
        {
            output[offset] = (byte)crc;
            output[offset + 1] = (byte)(crc >> 8);
            output[offset + 2] = (byte)(crc >> 16);
            output[offset + 3] = (byte)(crc >> 24);
            output[offset + 4] = (byte)length;
            output[offset + 5] = (byte)(length >> 8);
            output[offset + 6] = (byte)(length >> 16);
            output[offset + 7] = (byte)(length >> 24);
            return offset + GzipTrailerLength;
        }

        private int Hash(int p)
        {
            byte[] d = _data;
            int h = (d[p] << 16) | (d[p + 1] << 8) | d[p + 2];
            return (int)(((uint)h * 2654435761u) >> (32 - _hashBits)) & _hashMask;
        }

        private void Insert(int p)
        {
            int h = Hash(p);
            _prev[p & (_windowSize - 1)] = _head[h];
            _head[h] = (ushort)(p + 1);
        }

        /// <summary>Inserts <paramref name="pos"/> and returns the longest earlier match (0 when shorter than 3).</summary>
        private int InsertAndFind(int pos, int end, out int distance)
        {
            distance = 0;
            int maxLength = end - pos;
            if (maxLength < MinMatch)
            {
                return 0;
            }

            if (maxLength > MaxMatch)
            {
                maxLength = MaxMatch;
            }

            int h = Hash(pos);
            int candidate = _head[h] - 1;
            _prev[pos & (_windowSize - 1)] = _head[h];
            _head[h] = (ushort)(pos + 1);

            byte[] d = _data;
            int best = MinMatch - 1;
            int chain = _maxChain;
            while (candidate >= 0 && pos - candidate < _windowSize && chain-- > 0)
            {
                if (d[candidate + best] == d[pos + best] && d[candidate] == d[pos] && d[candidate + 1] == d[pos + 1])
                {
                    int length = 2;
                    while (length < maxLength && d[candidate + length] == d[pos + length])
                    {
                        length++;
                    }

                    if (length > best)
                    {
                        best = length;
                        distance = pos - candidate;
                        if (length == maxLength)
                        {
                            break;
                        }
                    }
                }

                int next = _prev[candidate & (_windowSize - 1)] - 1;
                if (next >= candidate)
                {
                    break;
                }

                candidate = next;
            }

            if (best < MinMatch || (best == MinMatch && distance > TooFar))
            {
                distance = 0;
                return 0;
            }

            return best;
        }

        private void AddLiteral(byte value)
        {
            _tokens[_tokenCount++] = value;
            _litFreq[value]++;
        }

        private void AddMatch(int length, int distance)
        {
            _tokens[_tokenCount++] = (distance << 9) | length;
            _litFreq[257 + LengthCodes[length - MinMatch]]++;
            _distFreq[DistCode(distance)]++;
        }

        private static int DistCode(int distance)
        {
            int d = distance - 1;
            return d < 256 ? DistCodes[d] : DistCodes[256 + (d >> 7)];
        }

        /// <summary>Writes the pending symbols as one block, of whichever type is smallest, and starts a new one.</summary>
        private void FlushBlock(int blockStart, int blockEnd, bool final)
        {
            _litFreq[EndOfBlock] = 1;

            long extraBits = 0;
            for (int i = 0; i < 29; i++)
            {
                extraBits += (long)_litFreq[257 + i] * LengthExtra[i];
            }

            for (int i = 0; i < DistSymbols; i++)
            {
                extraBits += (long)_distFreq[i] * DistExtra[i];
            }

            long fixedBits = 3 + extraBits;
            for (int i = 0; i < LitLenSymbols; i++)
            {
                fixedBits += (long)_litFreq[i] * FixedLitLengths[i];
            }

            for (int i = 0; i < DistSymbols; i++)
            {
                fixedBits += (long)_distFreq[i] * FixedDistLengths[i];
            }

            BuildLengths(_litFreq, LitLenSymbols, MaxBits, _litLengths);
            BuildLengths(_distFreq, DistSymbols, MaxBits, _distLengths);
            int hlit = LitLenSymbols;
            while (hlit > 257 && _litLengths[hlit - 1] == 0)
            {
                hlit--;
            }

            int hdist = DistSymbols;
            while (hdist > 1 && _distLengths[hdist - 1] == 0)
            {
                hdist--;
            }

            RunLengthCode(hlit, hdist);
            BuildLengths(_clFreq, CodeLengthSymbols, MaxCodeLengthBits, _clLengths);
            int hclen = CodeLengthSymbols;
            while (hclen > 4 && _clLengths[CodeLengthOrder[hclen - 1]] == 0)
            {
                hclen--;
            }

            long dynamicBits = 3 + 14 + (3 * hclen) + extraBits;
            for (int i = 0; i < CodeLengthSymbols; i++)
            {
                dynamicBits += (long)_clFreq[i] * _clLengths[i];
            }

            dynamicBits += (2 * (long)_clFreq[16]) + (3 * (long)_clFreq[17]) + (7 * (long)_clFreq[18]);
            for (int i = 0; i < LitLenSymbols; i++)
            {
                dynamicBits += (long)_litFreq[i] * _litLengths[i];
            }

            for (int i = 0; i < DistSymbols; i++)
            {
                dynamicBits += (long)_distFreq[i] * _distLengths[i];
            }

            int pad = (8 - ((_bitCount + 3) & 7)) & 7;
            long storedBits = 3 + pad + 32 + (8L * (blockEnd - blockStart));

            if (storedBits < fixedBits && storedBits < dynamicBits)
            {
                WriteBits(final ? 1u : 0u, 1);
                WriteBits(0, 2);
                AlignToByte();
                int length = blockEnd - blockStart;
                PutByte(length & 0xFF);
                PutByte(length >> 8);
                PutByte(~length & 0xFF);
                PutByte((~length >> 8) & 0xFF);
                for (int i = blockStart; i < blockEnd; i++)
                {
                    PutByte(_data[i]);
                }
            }
            else if (fixedBits <= dynamicBits)
            {
                WriteBits(final ? 1u : 0u, 1);
                WriteBits(1, 2);
                WriteSymbols(FixedLitCodes, FixedLitLengths, FixedDistCodes, FixedDistLengths);
            }
            else
            {
                WriteBits(final ? 1u : 0u, 1);
                WriteBits(2, 2);
                WriteBits((uint)(hlit - 257), 5);
                WriteBits((uint)(hdist - 1), 5);
                WriteBits((uint)(hclen - 4), 4);
                for (int i = 0; i < hclen; i++)
                {
                    WriteBits(_clLengths[CodeLengthOrder[i]], 3);
                }

                AssignCodes(_clLengths, CodeLengthSymbols, _clCodes);
                for (int i = 0; i < _rleCount; i++)
                {
                    int symbol = _rleSymbols[i];
                    WriteBits((uint)_clCodes[symbol], _clLengths[symbol]);
                    if (symbol == 16)
                    {
                        WriteBits(_rleExtra[i], 2);
                    }
                    else if (symbol == 17)
                    {
                        WriteBits(_rleExtra[i], 3);
                    }
                    else if (symbol == 18)
                    {
                        WriteBits(_rleExtra[i], 7);
                    }
                }

                AssignCodes(_litLengths, LitLenSymbols, _litCodes);
                AssignCodes(_distLengths, DistSymbols, _distCodes);
                WriteSymbols(_litCodes, _litLengths, _distCodes, _distLengths);
            }

            _tokenCount = 0;
            System.Array.Clear(_litFreq, 0, LitLenSymbols);
            System.Array.Clear(_distFreq, 0, DistSymbols);
        }

        private void WriteSymbols(int[] litCodes, byte[] litLengths, int[] distCodes, byte[] distLengths)
        {
            for (int i = 0; i < _tokenCount; i++)
            {
                int token = _tokens[i];
                if (token < 256)
                {
                    WriteBits((uint)litCodes[token], litLengths[token]);
                    continue;
                }

                int length = token & 511;
                int distance = token >> 9;
                int lc = LengthCodes[length - MinMatch];
                WriteBits((uint)litCodes[257 + lc], litLengths[257 + lc]);
                if (LengthExtra[lc] > 0)
                {
                    WriteBits((uint)(length - LengthBase[lc]), LengthExtra[lc]);
                }

                int dc = DistCode(distance);
                WriteBits((uint)distCodes[dc], distLengths[dc]);
                if (DistExtra[dc] > 0)
                {
                    WriteBits((uint)(distance - DistBase[dc]), DistExtra[dc]);
                }
            }

            WriteBits((uint)litCodes[EndOfBlock], litLengths[EndOfBlock]);
        }

        /// <summary>Run-length codes the literal/length then distance code lengths (symbols 16, 17, 18) and counts the symbols.</summary>
        private void RunLengthCode(int hlit, int hdist)
        {
            System.Array.Clear(_clFreq, 0, CodeLengthSymbols);
            _rleCount = 0;
            int total = hlit + hdist;
            int i = 0;
            while (i < total)
            {
                int current = LengthAt(i, hlit);
                int run = 1;
                while (i + run < total && LengthAt(i + run, hlit) == current)
                {
                    run++;
                }

                i += run;
                if (current == 0)
                {
                    while (run >= 11)
                    {
                        int n = run > 138 ? 138 : run;
                        AddRle(18, n - 11);
                        run -= n;
                    }

                    if (run >= 3)
                    {
                        AddRle(17, run - 3);
                        run = 0;
                    }
                }
                else
                {
                    AddRle(current, 0);
                    run--;
                    while (run >= 3)
                    {
                        int n = run > 6 ? 6 : run;
                        AddRle(16, n - 3);
                        run -= n;
                    }
                }

                while (run > 0)
                {
                    AddRle(current, 0);
                    run--;
                }
            }
        }

        private int LengthAt(int index, int hlit)
        {
            return index < hlit ? _litLengths[index] : _distLengths[index - hlit];
        }

        private void AddRle(int symbol, int extra)
        {
            _rleSymbols[_rleCount] = (byte)symbol;
            _rleExtra[_rleCount] = (byte)extra;
            _rleCount++;
            _clFreq[symbol]++;
        }

        /// <summary>
        /// Huffman code lengths of at most <paramref name="maxBits"/> for <paramref name="freq"/>. At least two symbols
        /// always get a length (unused ones stand in when needed), so every code is complete, as inflaters require.
        /// </summary>
        internal void BuildLengths(int[] freq, int n, int maxBits, byte[] lengths)
        {
            System.Array.Clear(lengths, 0, n);
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                if (freq[i] > 0)
                {
                    _keys[count++] = (freq[i] << 9) | i;
                }
            }

            for (int i = 0; count < 2 && i < n; i++)
            {
                if (freq[i] == 0)
                {
                    _keys[count++] = (1 << 9) | i;
                }
            }

            // Weight first, symbol second: a total order, so equal weights never depend on the sort algorithm.
            SortAscending(_keys, count);
            for (int i = 0; i < count; i++)
            {
                _depths[i] = _keys[i] >> 9;
            }

            MinimumRedundancy(_depths, count);

            System.Array.Clear(_lengthCounts, 0, _lengthCounts.Length);
            for (int i = 0; i < count; i++)
            {
                int depth = _depths[i];
                _lengthCounts[depth > maxBits ? maxBits : depth]++;
            }

            // Lengths clamped to maxBits oversubscribe the code: lengthen shorter codes until Kraft's sum is exactly 1 (miniz's method).
            long total = 0;
            for (int i = maxBits; i > 0; i--)
            {
                total += (long)_lengthCounts[i] << (maxBits - i);
            }

            while (total != (1L << maxBits))
            {
                _lengthCounts[maxBits]--;
                for (int i = maxBits - 1; i > 0; i--)
                {
                    if (_lengthCounts[i] != 0)
                    {
                        _lengthCounts[i]--;
                        _lengthCounts[i + 1] += 2;
                        break;
                    }
                }

                total--;
            }

            // The rarest symbols take the longest codes.
            int k = 0;
            for (int length = maxBits; length >= 1; length--)
            {
                for (int c = _lengthCounts[length]; c > 0; c--)
                {
                    lengths[_keys[k++] & 511] = (byte)length;
                }
            }
        }

        private static void SortAscending(int[] a, int n)
        {
            int gap = 1;
            while (gap < n / 3)
            {
                gap = (3 * gap) + 1;
            }

            while (gap >= 1)
            {
                for (int i = gap; i < n; i++)
                {
                    int v = a[i];
                    int j = i;
                    while (j >= gap && a[j - gap] > v)
                    {
                        a[j] = a[j - gap];
                        j -= gap;
                    }

                    a[j] = v;
                }

                gap /= 3;
            }
        }

        /// <summary>
        /// Moffat and Katajainen's in-place minimum-redundancy code: <paramref name="a"/> holds n ascending weights
        /// (n at least 2) and receives each one's code length (depth in the Huffman tree).
        /// </summary>
        private static void MinimumRedundancy(int[] a, int n)
        {
            a[0] += a[1];
            int root = 0;
            int leaf = 2;
            int next;
            for (next = 1; next < n - 1; next++)
            {
                if (leaf >= n || a[root] < a[leaf])
                {
                    a[next] = a[root];
                    a[root++] = next;
                }
                else
                {
                    a[next] = a[leaf++];
                }

                if (leaf >= n || (root < next && a[root] < a[leaf]))
                {
                    a[next] += a[root];
                    a[root++] = next;
                }
                else
                {
                    a[next] += a[leaf++];
                }
            }

            a[n - 2] = 0;
            for (next = n - 3; next >= 0; next--)
            {
                a[next] = a[a[next]] + 1;
            }

            int available = 1;
            int used = 0;
            int depth = 0;
            root = n - 2;
            next = n - 1;
            while (available > 0)
            {
                while (root >= 0 && a[root] == depth)
                {
                    used++;
                    root--;
                }

                while (available > used)
                {
                    a[next--] = depth;
                    available--;
                }

                available = 2 * used;
                depth++;
                used = 0;
            }
        }

        /// <summary>Canonical codes (RFC 1951 3.2.2), bit-reversed because DEFLATE sends Huffman codes most significant bit first.</summary>
        private void AssignCodes(byte[] lengths, int n, int[] codes)
        {
            FillCanonical(lengths, n, codes, _nextCode);
        }

        private static int[] BuildCanonical(byte[] lengths, int n)
        {
            int[] codes = new int[n];
            FillCanonical(lengths, n, codes, new int[MaxBits + 2]);
            return codes;
        }

        private static void FillCanonical(byte[] lengths, int n, int[] codes, int[] nextCode)
        {
            System.Array.Clear(nextCode, 0, nextCode.Length);
            for (int i = 0; i < n; i++)
            {
                nextCode[lengths[i]]++;
            }

            // nextCode doubles as the count per length until it is turned into first codes.
            int code = 0;
            int previousCount = 0;
            for (int bits = 1; bits <= MaxBits; bits++)
            {
                int count = nextCode[bits];
                code = (code + previousCount) << 1;
                nextCode[bits] = code;
                previousCount = count;
            }

            for (int i = 0; i < n; i++)
            {
                int length = lengths[i];
                codes[i] = 0;
                if (length != 0)
                {
                    int c = nextCode[length]++;
                    int reversed = 0;
                    for (int b = 0; b < length; b++)
                    {
                        reversed = (reversed << 1) | (c & 1);
                        c >>= 1;
                    }

                    codes[i] = reversed;
                }
            }
        }

        private void WriteBits(uint value, int count)
        {
            _bitBuffer |= value << _bitCount;
            _bitCount += count;
            while (_bitCount >= 8)
            {
                PutByte((int)(_bitBuffer & 0xFF));
                _bitBuffer >>= 8;
                _bitCount -= 8;
            }
        }

        private void AlignToByte()
        {
            if (_bitCount > 0)
            {
                PutByte((int)(_bitBuffer & 0xFF));
            }

            _bitBuffer = 0;
            _bitCount = 0;
        }

        private void PutByte(int value)
        {
            if (_outPos >= _out.Length)
            {
                throw new System.ArgumentException("output buffer too small");
            }

            _out[_outPos++] = (byte)value;
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
