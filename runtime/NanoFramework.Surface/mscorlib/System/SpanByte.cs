// Declaration-only surface of nanoFramework's mscorlib: SpanByte, nanoFramework's non-generic
// stand-in for Span<byte> (a ref struct over a byte[]).
namespace System
{
    public readonly ref struct SpanByte
    {
        private readonly byte[] _array;
        private readonly int _start;
        private readonly int _length;

        public SpanByte(byte[] array) { _array = null; _start = 0; _length = 0; }
        public SpanByte(byte[] array, int start, int length) { _array = null; _start = 0; _length = 0; }

        public byte this[int index] { get => throw null; set { } }

        public static SpanByte Empty => throw null;
        public int Length => throw null;
        public bool IsEmpty => throw null;

        public void CopyTo(SpanByte destination) { }
        public SpanByte Slice(int start) => throw null;
        public SpanByte Slice(int start, int length) => throw null;
        public byte[] ToArray() => throw null;

        public static implicit operator SpanByte(byte[] array) => throw null;
    }
}
