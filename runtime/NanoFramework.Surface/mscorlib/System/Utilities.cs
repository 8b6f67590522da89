// Declaration-only surface of nanoFramework's mscorlib: BitConverter, Convert, Console, GC,
// WeakReference, Random, Version.
// Absent in nanoFramework: Buffer (BlockCopy), Environment, Convert.ToString(byte[]...)/ToHexString,
// Convert.ToInt32(object)-style overloads, Random.Next(int, int), BitConverter.TryWriteBytes.
namespace System
{
    public static class BitConverter
    {
        public static bool IsLittleEndian => throw null;

        public static long DoubleToInt64Bits(double value) => throw null;
        public static double Int64BitsToDouble(long value) => throw null;

        public static byte[] GetBytes(bool value) => throw null;
        public static byte[] GetBytes(char value) => throw null;
        public static byte[] GetBytes(double value) => throw null;
        public static byte[] GetBytes(float value) => throw null;
        public static byte[] GetBytes(int value) => throw null;
        public static byte[] GetBytes(long value) => throw null;
        public static byte[] GetBytes(short value) => throw null;
        public static byte[] GetBytes(uint value) => throw null;
        public static byte[] GetBytes(ulong value) => throw null;
        public static byte[] GetBytes(ushort value) => throw null;

        public static bool ToBoolean(byte[] value, int startIndex) => throw null;
        public static char ToChar(byte[] value, int startIndex) => throw null;
        public static double ToDouble(byte[] value, int startIndex) => throw null;
        public static short ToInt16(byte[] value, int startIndex) => throw null;
        public static int ToInt32(byte[] value, int startIndex) => throw null;
        public static long ToInt64(byte[] value, int startIndex) => throw null;
        public static float ToSingle(byte[] value, int startIndex) => throw null;
        public static string ToString(byte[] value) => throw null;
        public static string ToString(byte[] value, int startIndex) => throw null;
        public static string ToString(byte[] value, int startIndex, int length) => throw null;
        public static ushort ToUInt16(byte[] value, int startIndex) => throw null;
        public static uint ToUInt32(byte[] value, int startIndex) => throw null;
        public static ulong ToUInt64(byte[] value, int startIndex) => throw null;
    }

    [Flags]
    public enum Base64FormattingOptions
    {
        None = 0,
        InsertLineBreaks = 1,
    }

    public static class Convert
    {
        public static bool ToBoolean(byte value) => throw null;
        public static char ToChar(ushort value) => throw null;
        public static sbyte ToSByte(string value, int fromBase = 10) => throw null;
        public static byte ToByte(string value, int fromBase = 10) => throw null;
        public static byte ToByte(bool value) => throw null;
        public static DateTime ToDateTime(string value) => throw null;
        public static short ToInt16(string value, int fromBase = 10) => throw null;
        public static ushort ToUInt16(string value, int fromBase = 10) => throw null;
        public static int ToInt32(string value, int fromBase = 10) => throw null;
        public static uint ToUInt32(string value, int fromBase = 10) => throw null;
        public static long ToInt64(string value, int fromBase = 10) => throw null;
        public static ulong ToUInt64(string value, int fromBase = 10) => throw null;
        public static double ToDouble(string value) => throw null;
        public static float ToSingle(string value) => throw null;

        public static string ToBase64String(byte[] inArray) => throw null;
        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options) => throw null;
        public static string ToBase64String(byte[] inArray, int offset, int length) => throw null;
        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options) => throw null;
        public static byte[] FromBase64String(string inString) => throw null;
        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length) => throw null;
    }

    public static class Console
    {
        public static void Write(string value) { }
        public static void WriteLine() { }
        public static void WriteLine(string value) { }
    }

    public static class GC
    {
        public static void WaitForPendingFinalizers() { }
        public static void SuppressFinalize(object obj) { }
        public static void ReRegisterForFinalize(object obj) { }
    }

    public class WeakReference
    {
        public WeakReference(object target) { }
        public virtual bool IsAlive => throw null;
        public virtual object Target { get => throw null; set { } }
    }

    public class Random
    {
        public Random() { }
        public Random(int seed) { }

        public virtual int Next() => throw null;
        public virtual int Next(int maxValue) => throw null;
        public virtual double NextDouble() => throw null;
        public virtual void NextBytes(byte[] buffer) { }
    }

    public sealed class Version
    {
        public Version(int major, int minor, int build, int revision) { }
        public Version(int major, int minor) { }

        public int Major => throw null;
        public int Minor => throw null;
        public int Revision => throw null;
        public int Build => throw null;

        public override bool Equals(object obj) => throw null;
        public override string ToString() => throw null;
        public override int GetHashCode() => throw null;
    }

    public struct Guid
    {
        private int[] _data;

        public static readonly Guid Empty;

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k) { _data = null; }
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k) { _data = null; }
        public Guid(byte[] b) { _data = null; }
        public Guid(string g) { _data = null; }

        public int CompareTo(object value) => throw null;
        public byte[] ToByteArray() => throw null;
        public override string ToString() => throw null;
        public override bool Equals(object o) => throw null;
        public override int GetHashCode() => throw null;
        public static Guid NewGuid() => throw null;

        [Obsolete("This will be renamed to TryParse in a future version.")]
        public static bool TryParseGuidWithDashes(string input, out Guid result) => throw null;
    }
}
