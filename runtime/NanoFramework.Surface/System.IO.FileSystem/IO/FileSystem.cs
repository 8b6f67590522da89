// Declaration-only surface of System.IO.FileSystem (nanoframework/System.IO.FileSystem).
// Paths name a drive: on ESP32 the internal flash is I:\ (LittleFS), an SD card D:\.
// Absent in nanoFramework: File.Move(string, string, bool) and any rename that replaces (Move throws IOException when
// the destination exists), File.ReadAllLines, Directory.Enumerate*, search patterns, FileStream.Flush(bool).
// Not declared here (not used by BlynkWM): FileInfo, DriveInfo, Path, FileAttributes, SD card support.
namespace System.IO
{
    public static class File
    {
        public static bool Exists(string path) => throw null;

        public static void Delete(string path) { }

        public static void Move(string sourceFileName, string destFileName) { }

        public static FileStream Create(string path) => throw null;

        public static FileStream Open(string path, FileMode mode) => throw null;

        public static FileStream Open(string path, FileMode mode, FileAccess access) => throw null;

        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => throw null;

        public static FileStream OpenRead(string path) => throw null;

        public static FileStream OpenWrite(string path) => throw null;

        public static byte[] ReadAllBytes(string path) => throw null;

        public static void WriteAllBytes(string path, byte[] bytes) { }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { }

        public FileStream(string path, FileMode mode, FileAccess access) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) { }

        public override bool CanRead => throw null;

        public override bool CanSeek => throw null;

        public override bool CanWrite => throw null;

        public override long Length => throw null;

        public override long Position { get => throw null; set { } }

        public string Name => throw null;

        public override void Close() { }

        protected override void Dispose(bool disposing) { }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw null;

        public override int Read(SpanByte buffer) => throw null;

        public override int ReadByte() => throw null;

        public override long Seek(long offset, SeekOrigin origin) => throw null;

        public override void SetLength(long value) { }

        public override void Write(byte[] buffer, int offset, int count) { }

        public override void WriteByte(byte value) { }
    }

    public static class Directory
    {
        public static DirectoryInfo CreateDirectory(string path) => throw null;

        public static void Delete(string path) { }

        public static void Delete(string path, bool recursive) { }

        public static bool Exists(string path) => throw null;

        public static string[] GetFiles(string path) => throw null;

        public static string[] GetDirectories(string path) => throw null;
    }

    public abstract class FileSystemInfo : MarshalByRefObject
    {
        protected FileSystemInfo() { }

        public abstract bool Exists { get; }

        public abstract string Name { get; }

        public virtual string FullName => throw null;

        public abstract void Delete();

        protected abstract void HandleRefreshError();
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) { }

        public override bool Exists => throw null;

        public override string Name => throw null;

        public override void Delete() { }

        protected override void HandleRefreshError() { }
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    [Flags]
    public enum FileShare
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}
