namespace BlynkWM.Compression
{
    /// <summary>
    /// Length-limited Huffman codes for DEFLATE: code lengths from symbol frequencies (Moffat and Katajainen's
    /// in-place minimum-redundancy algorithm, then miniz's adjustment to the limit) and canonical codes from lengths.
    /// Deterministic: equal weights are ordered by symbol, never by the sort. Scratch is allocated once.
    /// </summary>
    sealed partial class HuffmanCode
    {
        private readonly int[] _keys = new int[DeflateTables.LitLenSymbols];
        private readonly int[] _depths = new int[DeflateTables.LitLenSymbols];
        private readonly int[] _lengthCounts = new int[DeflateTables.LitLenSymbols + 1];
        private readonly int[] _nextCode = new int[DeflateTables.MaxBits + 2];

        /// <summary>
        /// Huffman code lengths of at most <paramref name="maxBits"/> for <paramref name="freq"/>. At least two symbols
        /// always get a length (unused ones stand in when needed), so every code is complete, as inflaters require.
        /// </summary>
        public void BuildLengths(int[] freq, int n, int maxBits, byte[] lengths)
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
        public void AssignCodes(byte[] lengths, int n, int[] codes)
        {
            FillCanonical(lengths, n, codes, _nextCode);
        }

        /// <summary>Canonical codes of a fixed set of lengths, in a new array (the fixed Huffman code's tables).</summary>
        public static int[] BuildCanonical(byte[] lengths, int n)
        {
            int[] codes = new int[n];
            FillCanonical(lengths, n, codes, new int[DeflateTables.MaxBits + 2]);
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
            for (int bits = 1; bits <= DeflateTables.MaxBits; bits++)
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
    }
}
