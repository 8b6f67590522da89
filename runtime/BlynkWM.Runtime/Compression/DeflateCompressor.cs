namespace BlynkWM.Compression
{
    /// <summary>
    /// A deterministic DEFLATE (RFC 1951) compressor: LZ77 over hash chains with lazy matching (<see cref="MatchFinder"/>),
    /// then per block the cheapest of a dynamic Huffman code (<see cref="HuffmanCode"/>, lengths limited to 15 bits,
    /// code-length code to 7), the fixed code, or a stored block. Integer-only and free of platform APIs, so the
    /// generator (at build time) and the device (at run time) compile these same files and produce the same bytes for
    /// the same input on every host.
    /// <para>
    /// A call compresses <c>data[start, end)</c> and may use <c>data[dictionaryStart, start)</c> as history: bytes the
    /// decoder has already produced, such as a page head sent as precompressed blocks. Without <c>final</c> the output
    /// ends with an empty stored block (a "sync flush"), on a byte boundary, so another call's blocks can follow it.
    /// All working memory is allocated once, in the constructor (and once more by <see cref="PrimeDictionary"/>).
    /// </para>
    /// </summary>
    sealed partial class DeflateCompressor
    {
        /// <summary>Largest <c>end</c> a call accepts: positions are kept in 16 bits.</summary>
        public const int MaxEnd = 65535;

        private readonly MatchFinder _matches;
        private readonly HuffmanCode _huffman = new HuffmanCode();
        private readonly BitWriter _bits = new BitWriter();
        private readonly int _blockTokens;

        // A literal is its byte value (below 256); a match is (distance << 9) | length, so at least 512.
        private readonly int[] _tokens;
        private int _tokenCount;

        private readonly int[] _litFreq = new int[DeflateTables.LitLenSymbols];
        private readonly int[] _distFreq = new int[DeflateTables.DistSymbols];
        private readonly int[] _clFreq = new int[DeflateTables.CodeLengthSymbols];
        private readonly byte[] _litLengths = new byte[DeflateTables.LitLenSymbols];
        private readonly byte[] _distLengths = new byte[DeflateTables.DistSymbols];
        private readonly byte[] _clLengths = new byte[DeflateTables.CodeLengthSymbols];
        private readonly int[] _litCodes = new int[DeflateTables.LitLenSymbols];
        private readonly int[] _distCodes = new int[DeflateTables.DistSymbols];
        private readonly int[] _clCodes = new int[DeflateTables.CodeLengthSymbols];

        // The code lengths' run-length coding: symbols 0..18 and their extra bits.
        private readonly byte[] _rleSymbols = new byte[DeflateTables.LitLenSymbols + DeflateTables.DistSymbols];
        private readonly byte[] _rleExtra = new byte[DeflateTables.LitLenSymbols + DeflateTables.DistSymbols];
        private int _rleCount;

        private static readonly byte[] NoData = new byte[0];

        private byte[] _data = NoData;

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

            _matches = new MatchFinder(windowBits, hashBits, maxChain);
            _blockTokens = blockTokens;
            _tokens = new int[blockTokens];
        }

        /// <summary>Most bytes <see cref="Compress"/> can write for <paramref name="length"/> input bytes (stored blocks plus framing).</summary>
        public int MaxCompressedLength(int length)
        {
            return length + (6 * ((length / _blockTokens) + 3)) + 16;
        }

        /// <summary>
        /// Remembers the hash chains of a history that every later call starts with (data[0, dictionary.Length) holding
        /// exactly these bytes), so those calls skip hashing it again. The output is the same as without priming.
        /// </summary>
        public void PrimeDictionary(byte[] dictionary)
        {
            _matches.PrimeDictionary(dictionary);
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
            _bits.Start(output, outputOffset);
            _tokenCount = 0;
            System.Array.Clear(_litFreq, 0, DeflateTables.LitLenSymbols);
            System.Array.Clear(_distFreq, 0, DeflateTables.DistSymbols);
            _matches.Begin(data, dictionaryStart, start, end);
            MatchFinder matches = _matches;

            int blockStart = start;
            int pos = start;
            int curLength = 0;
            int curDistance = 0;
            if (pos < end)
            {
                curLength = matches.InsertAndFind(pos, end, out curDistance);
            }

            while (pos < end)
            {
                if (_tokenCount == _blockTokens)
                {
                    FlushBlock(blockStart, pos, false);
                    blockStart = pos;
                }

                if (curLength >= DeflateTables.MinMatch)
                {
                    int insertFrom = pos + 1;
                    if (curLength < DeflateTables.MaxMatch && pos + 1 < end)
                    {
                        int nextDistance;
                        int nextLength = matches.InsertAndFind(pos + 1, end, out nextDistance);
                        if (nextLength > curLength)
                        {
                            // Lazy matching: a longer match one byte later beats this one.
                            AddLiteral(data[pos]);
                            pos++;
                            curLength = nextLength;
                            curDistance = nextDistance;
                            continue;
                        }

                        insertFrom = pos + 2;
                    }

                    AddMatch(curLength, curDistance);
                    int matchEnd = pos + curLength;
                    int insertEnd = end - DeflateTables.MinMatch;
                    matches.InsertRange(insertFrom, matchEnd <= insertEnd ? matchEnd : insertEnd + 1);

                    pos = matchEnd;
                }
                else
                {
                    AddLiteral(data[pos]);
                    pos++;
                }

                curLength = 0;
                if (pos < end)
                {
                    curLength = matches.InsertAndFind(pos, end, out curDistance);
                }
            }

            if (final)
            {
                FlushBlock(blockStart, end, true);
                _bits.AlignToByte();
            }
            else
            {
                if (_tokenCount > 0)
                {
                    FlushBlock(blockStart, end, false);
                }

                // Sync flush: an empty stored block brings the stream to a byte boundary.
                _bits.WriteBits(0, 3);
                _bits.AlignToByte();
                _bits.PutByte(0);
                _bits.PutByte(0);
                _bits.PutByte(0xFF);
                _bits.PutByte(0xFF);
            }

            int written = _bits.Position;
            _data = NoData;
            _bits.Release();
            _matches.End();
            return written;
        }

        private void AddLiteral(byte value)
        {
            _tokens[_tokenCount++] = value;
            _litFreq[value]++;
        }

        private void AddMatch(int length, int distance)
        {
            _tokens[_tokenCount++] = (distance << 9) | length;
            _litFreq[257 + DeflateTables.LengthCodes[length - DeflateTables.MinMatch]]++;
            _distFreq[DeflateTables.DistCode(distance)]++;
        }

        /// <summary>Writes the pending symbols as one block, of whichever type is smallest, and starts a new one.</summary>
        private void FlushBlock(int blockStart, int blockEnd, bool final)
        {
            _litFreq[DeflateTables.EndOfBlock] = 1;

            long extraBits = 0;
            for (int i = 0; i < 29; i++)
            {
                extraBits += (long)_litFreq[257 + i] * DeflateTables.LengthExtra[i];
            }

            for (int i = 0; i < DeflateTables.DistSymbols; i++)
            {
                extraBits += (long)_distFreq[i] * DeflateTables.DistExtra[i];
            }

            long fixedBits = 3 + extraBits;
            for (int i = 0; i < DeflateTables.LitLenSymbols; i++)
            {
                fixedBits += (long)_litFreq[i] * DeflateTables.FixedLitLengths[i];
            }

            for (int i = 0; i < DeflateTables.DistSymbols; i++)
            {
                fixedBits += (long)_distFreq[i] * DeflateTables.FixedDistLengths[i];
            }

            _huffman.BuildLengths(_litFreq, DeflateTables.LitLenSymbols, DeflateTables.MaxBits, _litLengths);
            _huffman.BuildLengths(_distFreq, DeflateTables.DistSymbols, DeflateTables.MaxBits, _distLengths);
            int hlit = DeflateTables.LitLenSymbols;
            while (hlit > 257 && _litLengths[hlit - 1] == 0)
            {
                hlit--;
            }

            int hdist = DeflateTables.DistSymbols;
            while (hdist > 1 && _distLengths[hdist - 1] == 0)
            {
                hdist--;
            }

            RunLengthCode(hlit, hdist);
            _huffman.BuildLengths(_clFreq, DeflateTables.CodeLengthSymbols, DeflateTables.MaxCodeLengthBits, _clLengths);
            int hclen = DeflateTables.CodeLengthSymbols;
            while (hclen > 4 && _clLengths[DeflateTables.CodeLengthOrder[hclen - 1]] == 0)
            {
                hclen--;
            }

            long dynamicBits = 3 + 14 + (3 * hclen) + extraBits;
            for (int i = 0; i < DeflateTables.CodeLengthSymbols; i++)
            {
                dynamicBits += (long)_clFreq[i] * _clLengths[i];
            }

            dynamicBits += (2 * (long)_clFreq[16]) + (3 * (long)_clFreq[17]) + (7 * (long)_clFreq[18]);
            for (int i = 0; i < DeflateTables.LitLenSymbols; i++)
            {
                dynamicBits += (long)_litFreq[i] * _litLengths[i];
            }

            for (int i = 0; i < DeflateTables.DistSymbols; i++)
            {
                dynamicBits += (long)_distFreq[i] * _distLengths[i];
            }

            int pad = (8 - ((_bits.PendingBits + 3) & 7)) & 7;
            long storedBits = 3 + pad + 32 + (8L * (blockEnd - blockStart));

            if (storedBits < fixedBits && storedBits < dynamicBits)
            {
                _bits.WriteBits(final ? 1u : 0u, 1);
                _bits.WriteBits(0, 2);
                _bits.AlignToByte();
                int length = blockEnd - blockStart;
                _bits.PutByte(length & 0xFF);
                _bits.PutByte(length >> 8);
                _bits.PutByte(~length & 0xFF);
                _bits.PutByte((~length >> 8) & 0xFF);
                _bits.WriteBytes(_data, blockStart, length);
            }
            else if (fixedBits <= dynamicBits)
            {
                _bits.WriteBits(final ? 1u : 0u, 1);
                _bits.WriteBits(1, 2);
                WriteSymbols(DeflateTables.FixedLitCodes, DeflateTables.FixedLitLengths, DeflateTables.FixedDistCodes, DeflateTables.FixedDistLengths);
            }
            else
            {
                _bits.WriteBits(final ? 1u : 0u, 1);
                _bits.WriteBits(2, 2);
                _bits.WriteBits((uint)(hlit - 257), 5);
                _bits.WriteBits((uint)(hdist - 1), 5);
                _bits.WriteBits((uint)(hclen - 4), 4);
                for (int i = 0; i < hclen; i++)
                {
                    _bits.WriteBits(_clLengths[DeflateTables.CodeLengthOrder[i]], 3);
                }

                _huffman.AssignCodes(_clLengths, DeflateTables.CodeLengthSymbols, _clCodes);
                for (int i = 0; i < _rleCount; i++)
                {
                    int symbol = _rleSymbols[i];
                    _bits.WriteBits((uint)_clCodes[symbol], _clLengths[symbol]);
                    if (symbol == 16)
                    {
                        _bits.WriteBits(_rleExtra[i], 2);
                    }
                    else if (symbol == 17)
                    {
                        _bits.WriteBits(_rleExtra[i], 3);
                    }
                    else if (symbol == 18)
                    {
                        _bits.WriteBits(_rleExtra[i], 7);
                    }
                }

                _huffman.AssignCodes(_litLengths, DeflateTables.LitLenSymbols, _litCodes);
                _huffman.AssignCodes(_distLengths, DeflateTables.DistSymbols, _distCodes);
                WriteSymbols(_litCodes, _litLengths, _distCodes, _distLengths);
            }

            _tokenCount = 0;
            System.Array.Clear(_litFreq, 0, DeflateTables.LitLenSymbols);
            System.Array.Clear(_distFreq, 0, DeflateTables.DistSymbols);
        }

        private void WriteSymbols(int[] litCodes, byte[] litLengths, int[] distCodes, byte[] distLengths)
        {
            for (int i = 0; i < _tokenCount; i++)
            {
                int token = _tokens[i];
                if (token < 256)
                {
                    _bits.WriteBits((uint)litCodes[token], litLengths[token]);
                    continue;
                }

                int length = token & 511;
                int distance = token >> 9;
                int lc = DeflateTables.LengthCodes[length - DeflateTables.MinMatch];
                _bits.WriteBits((uint)litCodes[257 + lc], litLengths[257 + lc]);
                if (DeflateTables.LengthExtra[lc] > 0)
                {
                    _bits.WriteBits((uint)(length - DeflateTables.LengthBase[lc]), DeflateTables.LengthExtra[lc]);
                }

                int dc = DeflateTables.DistCode(distance);
                _bits.WriteBits((uint)distCodes[dc], distLengths[dc]);
                if (DeflateTables.DistExtra[dc] > 0)
                {
                    _bits.WriteBits((uint)(distance - DeflateTables.DistBase[dc]), DeflateTables.DistExtra[dc]);
                }
            }

            _bits.WriteBits((uint)litCodes[DeflateTables.EndOfBlock], litLengths[DeflateTables.EndOfBlock]);
        }

        /// <summary>Run-length codes the literal/length then distance code lengths (symbols 16, 17, 18) and counts the symbols.</summary>
        private void RunLengthCode(int hlit, int hdist)
        {
            System.Array.Clear(_clFreq, 0, DeflateTables.CodeLengthSymbols);
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
    }
}
