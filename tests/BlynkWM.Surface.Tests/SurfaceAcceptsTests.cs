namespace BlynkWM.Surface.Tests
{
    /// <summary>What nanoFramework's CoreLibrary does support must compile, emit and pass the IL check.</summary>
    public class SurfaceAcceptsTests
    {
        private const string Program = @"
using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Device
{
    public sealed class Sample : IDisposable
    {
        private static readonly byte[] Table = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A };
        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private int _counter;
        private string _name;

        public event EventHandler Changed;

        public int Sum(byte[] data)
        {
            int sum = 0;
            foreach (byte b in data)
            {
                sum += b;
            }

            foreach (byte b in Table)
            {
                sum ^= b;
            }

            return sum;
        }

        public void Bump()
        {
            lock (_gate)
            {
                _counter++;
            }

            Interlocked.Increment(ref _counter);
            Changed?.Invoke(this, EventArgs.Empty);
        }

        public string Describe(int code, string name)
        {
            _name = name ?? throw new ArgumentNullException(nameof(name));
            return $""{_name}: {code} (0x{code:X2}) at {DateTime.UtcNow}"";
        }

        public static int Classify(string method)
        {
            switch (method)
            {
                case ""GET"": return 1;
                case ""POST"": return 2;
                case ""PUT"": return 3;
                case ""DELETE"": return 4;
                case ""HEAD"": return 5;
                case ""OPTIONS"": return 6;
                case ""PATCH"": return 7;
                case ""TRACE"": return 8;
                case ""CONNECT"": return 9;
                default: return 0;
            }
        }

        public static int Expression(string s) => s switch { ""a"" => 1, ""b"" => 2, _ => s.Length };

        public Thread Start()
        {
            int local = 5;
            Action work = () => { local++; _wake.Set(); };
            ThreadStart entry = () => work();
            var thread = new Thread(entry);
            thread.Start();
            _wake.WaitOne(1000, false);
            Timer timer = new Timer(state => Debug.WriteLine(""tick""), null, 0, 1000);
            timer.Dispose();
            return thread;
        }

        public static int Copy(byte[] source, byte[] destination)
        {
            SpanByte all = source;
            SpanByte head = all.Slice(1, 2);
            head.CopyTo(new SpanByte(destination, 0, destination.Length));
            Array.Copy(source, 0, destination, 0, 1);
            Array.Clear(destination, 0, 1);
            return head.Length + head[0];
        }

        public static string Text(object o, params object[] rest)
        {
            var sb = new StringBuilder();
            sb.Append(""x="").Append(o).AppendLine();
            if (o is int i && i > 0) { sb.Append(i.ToString(""X2"")); }
            byte[] utf8 = Encoding.UTF8.GetBytes(sb.ToString());
            return Encoding.UTF8.GetString(utf8, 0, utf8.Length) + rest.Length + string.Format(""{0}-{1}"", 1, 2);
        }

        public static int Parse(string s)
        {
            try
            {
                return int.Parse(s) + (int)float.Parse(""1.5"") + Convert.ToInt32(""ff"", 16);
            }
            catch (FormatException e) when (e.Message != null)
            {
                return -1;
            }
            finally
            {
                Debug.WriteLine(""parsed"");
            }
        }

        public static void Misc()
        {
            var random = new Random();
            var buffer = new byte[16];
            random.NextBytes(buffer);
            Guid id = Guid.NewGuid();
            TimeSpan span = TimeSpan.FromMilliseconds(250) + new TimeSpan(0, 0, 1);
            Thread.Sleep(span);
            ref byte first = ref buffer[0];
            first = (byte)(id.ToByteArray()[0] ^ (byte)Math.Max(1, 2));
            var list = new ArrayList { 1, ""two"" };
            var table = new Hashtable { { ""k"", 1 } };
            foreach (DictionaryEntry e in table) { list.Add(e.Key); }
            string base64 = Convert.ToBase64String(buffer);
            Text(base64);
            Text(list);
            static int Twice(int x) => x * 2;
            Twice(BitConverter.ToInt32(buffer, 0));
        }

        public void Dispose()
        {
            using (var other = new Sample())
            {
                other.Bump();
            }
        }
    }

    [Flags]
    public enum Options { None = 0, A = 1, B = 2 }

    public static class Extensions
    {
        public static bool Has(this Options options, Options flag) => (options & flag) == flag;
    }

    public interface IShape { int Sides { get; } }

    public readonly struct Reading
    {
        public Reading(int value) { Value = value; }
        public int Value { get; }
        public static int Twice(in Reading r) => r.Value * 2;
    }

    public ref struct Cursor
    {
        private SpanByte _bytes;
        public Cursor(byte[] bytes) { _bytes = bytes; }
        public byte Next() => _bytes[0];
    }

    public sealed class Settings
    {
        public string Host { get; init; } = """";
        public int Count(string text)
        {
            int n = 0;
            foreach (char c in text.ToCharArray()) { if (c == ',') n++; }
            return n + (typeof(Settings).Name.Length > 0 ? 1 : 0) + nameof(Host).Length + sizeof(int);
        }
    }

    public struct Point
    {
        public int X;
        public int Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() => X + "","" + Y;
    }
}
";

        [Fact]
        public void Program_using_only_supported_features_compiles_and_emits()
        {
            var compilation = NanoCompiler.CompileSource(Program);
            var errors = NanoCompiler.ErrorsIncludingEmit(compilation);

            Assert.True(errors.IsEmpty, NanoCompiler.Describe(errors));
            var findings = NanoCompiler.ILCheck(compilation);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }

        [Fact]
        public void Nullable_annotations_compile_in_a_file_that_enables_them()
        {
            const string source = @"
#nullable enable
public class Holder
{
    public string? Name;
    public string Get(string? fallback) => Name ?? fallback ?? string.Empty;
}";
            var errors = NanoCompiler.ErrorsIncludingEmit(NanoCompiler.CompileSource(source));

            Assert.True(errors.IsEmpty, NanoCompiler.Describe(errors));
        }
    }
}
