namespace BlynkWM.Platform
{
    /// <summary>
    /// The RAM image of an EEPROM-like store and which of its bytes changed since the last commit. An adapter fills it
    /// from its medium, serves reads and writes from it, and at commit time writes the changed runs in ascending
    /// address order (<see cref="NextChangedRun"/>) before calling <see cref="MarkCommitted"/>. A new image is erased
    /// flash (0xFF).
    /// </summary>
    public sealed class ByteImage
    {
        private readonly byte[] _bytes;
        private readonly byte[] _changed; // one bit per byte
        private int _changedCount;

        /// <summary>An image of <paramref name="size"/> bytes, all 0xFF (erased), with nothing changed.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="size"/> is 0 or negative.</exception>
        public ByteImage(int size)
        {
            if (size <= 0)
            {
                throw new System.ArgumentOutOfRangeException("size");
            }

            _bytes = new byte[size];
            _changed = new byte[(size + 7) / 8];
            for (int i = 0; i < size; i++)
            {
                _bytes[i] = 0xFF;
            }
        }

        /// <summary>Bytes in the store, addresses 0 to Size - 1.</summary>
        public int Size
        {
            get { return _bytes.Length; }
        }

        /// <summary>The image itself, for writing runs to the medium. Callers must not modify it.</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        /// <summary>True when a write changed a byte since the last commit.</summary>
        public bool HasChanges
        {
            get { return _changedCount > 0; }
        }

        /// <summary>Copies what the medium holds into the image, from address 0, as the committed state.</summary>
        public void Load(byte[] source, int offset, int count)
        {
            CheckRange(0, count);
            System.Array.Copy(source, offset, _bytes, 0, count);
        }

        /// <summary>Copies <paramref name="count"/> bytes from <paramref name="address"/> of the image (committed or not) into <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside the store.</exception>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            System.Array.Copy(_bytes, address, buffer, offset, count);
        }

        /// <summary>Writes into the image; only bytes whose value changes count as changed.</summary>
        public void Write(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            for (int i = 0; i < count; i++)
            {
                int at = address + i;
                byte value = buffer[offset + i];
                if (_bytes[at] != value)
                {
                    _bytes[at] = value;
                    int mask = 1 << (at & 7);
                    if ((_changed[at >> 3] & mask) == 0)
                    {
                        _changed[at >> 3] = (byte)(_changed[at >> 3] | mask);
                        _changedCount++;
                    }
                }
            }
        }

        /// <summary>
        /// The first changed byte at or after <paramref name="from"/>, or -1. <paramref name="length"/> receives the
        /// length of the run starting there: changed bytes separated by at most <paramref name="mergeGap"/> unchanged
        /// ones form one run (rewriting a few unchanged bytes costs less than another write to the medium).
        /// </summary>
        public int NextChangedRun(int from, int mergeGap, out int length)
        {
            length = 0;
            int start = NextChanged(from);
            if (start < 0)
            {
                return -1;
            }

            int end = start + 1; // exclusive end of the run so far
            while (true)
            {
                int next = NextChanged(end);
                if (next < 0 || next - end > mergeGap)
                {
                    break;
                }

                end = next + 1;
            }

            length = end - start;
            return start;
        }

        /// <summary>The medium now holds the image: nothing counts as changed any more.</summary>
        public void MarkCommitted()
        {
            System.Array.Clear(_changed, 0, _changed.Length);
            _changedCount = 0;
        }

        private int NextChanged(int from)
        {
            if (_changedCount == 0)
            {
                return -1;
            }

            for (int at = from < 0 ? 0 : from; at < _bytes.Length; at++)
            {
                int bits = _changed[at >> 3];
                if (bits == 0)
                {
                    at |= 7; // skip the rest of this clean group of eight
                    continue;
                }

                if ((bits & (1 << (at & 7))) != 0)
                {
                    return at;
                }
            }

            return -1;
        }

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > _bytes.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("address", "The range lies outside the store.");
            }
        }
    }
}
