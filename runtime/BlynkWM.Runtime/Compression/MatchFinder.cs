namespace BlynkWM.Compression
{
    /// <summary>
    /// LZ77 match search over hash chains of 3-byte prefixes. <see cref="PrimeDictionary"/> remembers the chains a
    /// fixed history (the portal's page head) produces, so each compression after it copies them instead of hashing
    /// thousands of positions again: on the interpreter that insertion would cost more than compressing the form.
    /// </summary>
#if BLYNKWM_GENERATOR
    internal
#else
    public
#endif
    sealed class MatchFinder
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
            for (int p = first > 0 ? first : 0; p <= last; p++)
            {
                Insert(p);
            }

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

            for (int p = first; p < start && p + DeflateTables.MinMatch <= end; p++)
            {
                Insert(p);
            }
        }

        /// <summary>Lets go of the data array.</summary>
        public void End()
        {
            _data = NoData;
        }

        /// <summary>Adds position <paramref name="p"/> (which has 3 bytes of data) to its chain.</summary>
        public void Insert(int p)
        {
            byte[] d = _data;
            int h = (int)(((uint)((d[p] << 16) | (d[p + 1] << 8) | d[p + 2]) * 2654435761u) >> _hashShift) & _hashMask;
            _prev[p & _windowMask] = _head[h];
            _head[h] = (ushort)(p + 1);
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

            byte[] d = _data;
            int h = (int)(((uint)((d[pos] << 16) | (d[pos + 1] << 8) | d[pos + 2]) * 2654435761u) >> _hashShift) & _hashMask;
            int candidate = _head[h] - 1;
            _prev[pos & _windowMask] = _head[h];
            _head[h] = (ushort)(pos + 1);

            int best = DeflateTables.MinMatch - 1;
            int chain = _maxChain;
            int window = _windowSize;
            while (candidate >= 0 && pos - candidate < window && chain-- > 0)
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

                int next = _prev[candidate & _windowMask] - 1;
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
