// Declaration-only surface of System.IO.Streams (nanoframework/System.IO.Streams).
// Absent in nanoFramework: the one-argument Read(byte[]) and Write(byte[]), every *Async member, Stream.Null.
// Read(SpanByte) is abstract beside Read(byte[], int, int): a Stream subclass overrides both.
namespace System.IO
{
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        protected Stream() { }

        public abstract bool CanRead { get; }

        public abstract bool CanSeek { get; }

        public virtual bool CanTimeout => throw null;

        public abstract bool CanWrite { get; }

        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public virtual int ReadTimeout { get => throw null; set { } }

        public virtual int WriteTimeout { get => throw null; set { } }

        public virtual void Close() { }

        public void CopyTo(Stream destination) { }

        public void Dispose() { }

        protected virtual void Dispose(bool disposing) { }

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract void SetLength(long value);

        public abstract int Read(SpanByte buffer);

        public abstract int Read(byte[] buffer, int offset, int count);

        public virtual int ReadByte() => throw null;

        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual void WriteByte(byte value) { }
    }

    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }
}
