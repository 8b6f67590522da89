// Declaration-only surface of nanoFramework.System.IO.Hashing (nanoframework/System.IO.Hashing).
namespace System.IO.Hashing
{
    public class Crc32
    {
        public Crc32() { }

        public void Append(SpanByte source) { }

        public void Append(byte[] source) { }

        public void Append(byte value) { }

        public void Reset() { }

        public uint GetCurrentHashAsUInt32() => throw null;

        public static uint HashToUInt32(SpanByte source) => throw null;
    }
}
