namespace BlynkWM.Compression
{
    /// <summary>
    /// LZ77 match search over hash chains of 3-byte prefixes. <see cref="PrimeDictionary"/> remembers the chains a
    /// fixed history (the portal's page head) produces, so each compression after it copies them instead of hashing
    /// thousands of positions again: on the interpreter that insertion would cost more than compressing the form.
    /// </summary>
    sealed partial class MatchFinder
    {
        // A 3-byte match this far back costs more bits than three literals usually do (zlib's TOO_FAR).
        private const int TooFar = 4096;

        private static readonly byte[] NoData = new byte[0];

        private readonly int _windowSize;
        private readonly int _windowMask;
        private readonly int _hashShift;
        private readonly int _hashMask;
        private readonly int _maxChain;
        private readonly ushort[] _head;
        private readonly ushort[] _prev;
        private ushort[] _primedHead;
        private ushort[] _primedPrev;
        private int _primedLength = -1;
        private byte[] _data = NoData;

        /// <summary>Allocates the hash heads and chain links once.</summary>
        /// <param name="windowBits">Log2 of the window: how far back a match may start (15: 32 KiB, DEFLATE's most).</param>
        /// <param name="hashBits">Log2 of the number of hash chains.</param>
        /// <param name="maxChain">Most earlier positions tried per search: more finds longer matches, slower.</param>
        public MatchFinder(int windowBits, int hashBits, int maxChain)
        {
            _windowSize = 1 << windowBits;
            _windowMask = _windowSize - 1;
            _hashShift = 32 - hashBits;
            _hashMask = (1 << hashBits) - 1;
            _maxChain = maxChain;
            _head = new ushort[1 << hashBits];
            _prev = new ushort[_windowSize];

            // Kept only once a dictionary is primed: compressors that never prime pay nothing for them.
            _primedHead = new ushort[0];
            _primedPrev = new ushort[0];
        }

        /// <summary>How far back a match may start, in bytes (2^windowBits).</summary>
        public int WindowSize
        {
            get { return _windowSize; }
        }

        /// <summary>
        /// Hashes <paramref name="dictionary"/> (history at positions 0 to its length) once and keeps the chains. A
        /// later <see cref="Begin"/> with that history, at the same positions and with the same bytes, restores them.
        /// </summary>
        public void PrimeDictionary(byte[] dictionary)
        {
            _data = dictionary;
            System.Array.Clear(_head, 0, _head.Length);
            System.Array.Clear(_prev, 0, _prev.Length);

            // The last two positions' prefixes reach into what follows the history: Begin inserts those.
            int last = dictionary.Length - DeflateTables.MinMatch;
            int first = dictionary.Length - (_windowSize - 1);
            InsertRange(first > 0 ? first : 0, last + 1);

            _primedHead = (ushort[])_head.Clone();
            _primedPrev = (ushort[])_prev.Clone();
            _primedLength = dictionary.Length;
            _data = NoData;
        }

        /// <summary>
        /// Starts a search over <c>data[start, end)</c> with <c>data[dictionaryStart, start)</c> as history. When that
        /// history is the primed dictionary (from position 0), its bytes must be the dictionary's.
        /// </summary>
        public void Begin(byte[] data, int dictionaryStart, int start, int end)
        {
            _data = data;
            int first = start - (_windowSize - 1);
            if (first < dictionaryStart)
            {
                first = dictionaryStart;
            }

            if (dictionaryStart == 0 && start == _primedLength && start >= DeflateTables.MinMatch - 1)
            {
                System.Array.Copy(_primedHead, _head, _head.Length);
                System.Array.Copy(_primedPrev, _prev, _prev.Length);
                first = start - (DeflateTables.MinMatch - 1);
            }
            else
            {
                System.Array.Clear(_head, 0, _head.Length);
            }

            int lastWithPrefix = end - DeflateTables.MinMatch;
            InsertRange(first, start <= lastWithPrefix ? start : lastWithPrefix + 1);
        }

        /// <summary>Lets go of the data array.</summary>
        public void End()
        {
            _data = NoData;
        }

        /// <summary>Adds positions <c>[from, to)</c> (each with 3 bytes of data) to their chains, in one call: on the interpreter a call per position costs more than the hashing.</summary>
        public void InsertRange(int from, int to)
        {
            byte[] d = _data;
            ushort[] head = _head;
            ushort[] prev = _prev;
            int shift = _hashShift;
            int hashMask = _hashMask;
            int windowMask = _windowMask;
            for (int p = from; p < to; p++)
            {
                int h = (int)(((uint)((d[p] << 16) | (d[p + 1] << 8) | d[p + 2]) * 2654435761u) >> shift) & hashMask;
                prev[p & windowMask] = head[h];
                head[h] = (ushort)(p + 1);
            }
        }

        /// <summary>Inserts <paramref name="pos"/> and returns the longest earlier match (0 when shorter than 3).</summary>
        public int InsertAndFind(int pos, int end, out int distance)
        {
            distance = 0;
            int maxLength = end - pos;
            if (maxLength < DeflateTables.MinMatch)
            {
                return 0;
            }

            if (maxLength > DeflateTables.MaxMatch)
            {
                maxLength = DeflateTables.MaxMatch;
            }

            // Fields in locals: the interpreter reads a local far faster than a field.
            byte[] d = _data;
            ushort[] head = _head;
            ushort[] prev = _prev;
            int windowMask = _windowMask;
            byte first = d[pos];
            byte second = d[pos + 1];
            int h = (int)(((uint)((first << 16) | (second << 8) | d[pos + 2]) * 2654435761u) >> _hashShift) & _hashMask;
            int candidate = head[h] - 1;
            prev[pos & windowMask] = head[h];
            head[h] = (ushort)(pos + 1);

            int best = DeflateTables.MinMatch - 1;
            int chain = _maxChain;
            int oldest = pos - _windowSize;
            while (candidate > oldest && candidate >= 0 && chain-- > 0)
            {
                if (d[candidate + best] == d[pos + best] && d[candidate] == first && d[candidate + 1] == second)
                {
                    int c = candidate + 2;
                    int q = pos + 2;
                    int stop = pos + maxLength;
                    while (q < stop && d[c] == d[q])
                    {
                        c++;
                        q++;
                    }

                    int length = q - pos;
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

                int next = prev[candidate & windowMask] - 1;
                if (next >= candidate)
                {
                    break;
                }

                candidate = next;
            }

            if (best < DeflateTables.MinMatch || (best == DeflateTables.MinMatch && distance > TooFar))
            {
                distance = 0;
                return 0;
            }

            return best;
        }
    }
}
