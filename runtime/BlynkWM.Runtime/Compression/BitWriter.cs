namespace BlynkWM.Compression
{
    /// <summary>Packs DEFLATE's bit fields, least significant bit first, into an output array.</summary>
    sealed partial class BitWriter
    {
        private static readonly byte[] None = new byte[0];

        private byte[] _out = None;
        private int _position;
        private uint _bitBuffer;
        private int _bitCount;

        /// <summary>The offset after the last whole byte written.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>Bits waiting for a whole byte (0..7).</summary>
        public int PendingBits
        {
            get { return _bitCount; }
        }

        /// <summary>Starts writing into <paramref name="output"/> at <paramref name="offset"/>, with no pending bits; the array is used, not copied.</summary>
        public void Start(byte[] output, int offset)
        {
            _out = output;
            _position = offset;
            _bitBuffer = 0;
            _bitCount = 0;
        }

        /// <summary>Lets go of the output array.</summary>
        public void Release()
        {
            _out = None;
        }

        /// <summary>Appends the low <paramref name="count"/> bits of <paramref name="value"/> (at most 25: pending bits and count share 32), least significant first; whole bytes go to the output.</summary>
        /// <exception cref="System.ArgumentException">The output array is full.</exception>
        public void WriteBits(uint value, int count)
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

        /// <summary>Flushes the pending bits as one byte padded with zeros (nothing when none are pending).</summary>
        /// <exception cref="System.ArgumentException">The output array is full.</exception>
        public void AlignToByte()
        {
            if (_bitCount > 0)
            {
                PutByte((int)(_bitBuffer & 0xFF));
            }

            _bitBuffer = 0;
            _bitCount = 0;
        }

        /// <summary>Copies bytes after <see cref="AlignToByte"/> (a stored block's content).</summary>
        public void WriteBytes(byte[] data, int offset, int count)
        {
            if (_position + count > _out.Length)
            {
                throw new System.ArgumentException("output buffer too small");
            }

            System.Array.Copy(data, offset, _out, _position, count);
            _position += count;
        }

        /// <summary>Writes the low 8 bits of <paramref name="value"/> as a whole byte, ignoring pending bits (call after <see cref="AlignToByte"/>).</summary>
        /// <exception cref="System.ArgumentException">The output array is full.</exception>
        public void PutByte(int value)
        {
            if (_position >= _out.Length)
            {
                throw new System.ArgumentException("output buffer too small");
            }

            _out[_position++] = (byte)value;
        }
    }
}
