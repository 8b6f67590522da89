namespace BlynkWM.Http
{
    /// <summary>A slice of a request buffer. Absent values have a negative offset, so an empty header differs from a missing one.</summary>
    public struct ByteRange
    {
        public int Offset;
        public int Length;

        public ByteRange(int offset, int length)
        {
            Offset = offset;
            Length = length;
        }

        public bool IsPresent
        {
            get { return Offset >= 0; }
        }

        public static ByteRange None
        {
            get { return new ByteRange(-1, 0); }
        }
    }
}
