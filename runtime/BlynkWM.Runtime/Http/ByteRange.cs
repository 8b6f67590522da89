namespace BlynkWM.Http
{
    /// <summary>A slice of a request buffer. Absent values have a negative offset, so an empty header differs from a missing one.</summary>
    public struct ByteRange
    {
        /// <summary>Index of the first byte in the request buffer; negative when the value is absent.</summary>
        public int Offset;
        /// <summary>Number of bytes; 0 for an empty or absent value.</summary>
        public int Length;

        /// <summary>A slice of <paramref name="length"/> bytes from <paramref name="offset"/> (negative: absent).</summary>
        public ByteRange(int offset, int length)
        {
            Offset = offset;
            Length = length;
        }

        /// <summary>True when the value was sent (possibly empty).</summary>
        public bool IsPresent
        {
            get { return Offset >= 0; }
        }

        /// <summary>An absent value: offset -1, length 0.</summary>
        public static ByteRange None
        {
            get { return new ByteRange(-1, 0); }
        }
    }
}
