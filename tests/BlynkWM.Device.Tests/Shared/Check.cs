using System;

namespace BlynkWM.Device.Tests
{
    /// <summary>A test body: runs its checks through <paramref name="check"/>.</summary>
    public delegate void TestBody(Check check);

    /// <summary>
    /// The device tests' whole framework, written for nanoCLR (which reports no exceptions and no exit code): one line
    /// per check ("ok name" or "FAIL name: why"), "= name value" lines the lane compares between nanoCLR and .NET for
    /// byte identity, and a closing "N passed, N failed" verdict.
    /// </summary>
    public sealed class Check
    {
        private int _passed;
        private int _failed;
        private string _test = "";

        public int Passed
        {
            get { return _passed; }
        }

        public int Failed
        {
            get { return _failed; }
        }

        /// <summary>Runs one test; an exception it lets escape fails it.</summary>
        public void Run(string name, TestBody body)
        {
            _test = name;
            try
            {
                body(this);
            }
            catch (Exception e)
            {
                Fail("threw " + e.GetType().FullName + ": " + e.Message);
            }

            _test = "";
        }

        public void True(string what, bool condition)
        {
            if (condition)
            {
                Pass(what);
            }
            else
            {
                Fail(what);
            }
        }

        public void Equal(string what, long expected, long actual)
        {
            if (expected == actual)
            {
                Pass(what);
            }
            else
            {
                Fail(what + ": expected " + expected.ToString() + ", got " + actual.ToString());
            }
        }

        public void Equal(string what, string expected, string actual)
        {
            if (expected == actual)
            {
                Pass(what);
            }
            else
            {
                Fail(what + ": expected \"" + Printable(expected) + "\", got \"" + Printable(actual) + "\"");
            }
        }

        public void Bytes(string what, byte[] expected, byte[] actual, int offset, int count)
        {
            bool same = expected.Length == count;
            for (int i = 0; same && i < count; i++)
            {
                same = expected[i] == actual[offset + i];
            }

            if (same)
            {
                Pass(what);
            }
            else
            {
                Fail(what + ": expected " + Hex.Of(expected, 0, expected.Length) + ", got " + Hex.Of(actual, offset, count));
            }
        }

        /// <summary>
        /// Prints "= name length crc" for bytes the lane compares with the .NET run: equal lines mean equal bytes.
        /// </summary>
        public void Digest(string name, byte[] data, int offset, int count)
        {
            Console.WriteLine("= " + _test + "/" + name + " " + count.ToString() + " " + Hex.Of(BlynkWM.Storage.Crc32.Compute(data, offset, count)));
        }

        /// <summary>Prints "= name value" for a value the lane compares with the .NET run.</summary>
        public void Value(string name, string value)
        {
            Console.WriteLine("= " + _test + "/" + name + " " + Printable(value));
        }

        public void Summary()
        {
            Console.WriteLine(_passed.ToString() + " passed, " + _failed.ToString() + " failed");
        }

        private void Pass(string what)
        {
            _passed++;
            Console.WriteLine("ok " + _test + ": " + what);
        }

        private void Fail(string what)
        {
            _failed++;
            Console.WriteLine("FAIL " + _test + ": " + what);
        }

        /// <summary>The text with anything outside printable ASCII as \uXXXX, so a log line stays one line.</summary>
        public static string Printable(string text)
        {
            if (text == null)
            {
                return "(null)";
            }

            char[] chars = text.ToCharArray();
            string result = "";
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                result += c >= ' ' && c <= '~' ? c.ToString() : "\\u" + Hex.Of((uint)c).Substring(4);
            }

            return result;
        }
    }

    /// <summary>Hex text, written out by hand so both runtimes format it the same.</summary>
    public static class Hex
    {
        private static readonly char[] Digits = "0123456789abcdef".ToCharArray();

        public static string Of(uint value)
        {
            char[] chars = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                chars[i] = Digits[(int)(value & 0xF)];
                value >>= 4;
            }

            return new string(chars);
        }

        public static string Of(byte[] data, int offset, int count)
        {
            char[] chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                chars[2 * i] = Digits[data[offset + i] >> 4];
                chars[2 * i + 1] = Digits[data[offset + i] & 0xF];
            }

            return new string(chars);
        }

        public static byte[] Parse(string hex)
        {
            char[] chars = hex.ToCharArray();
            int digits = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                if (Value(chars[i]) >= 0)
                {
                    digits++;
                }
            }

            byte[] bytes = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < chars.Length; i++)
            {
                int v = Value(chars[i]);
                if (v < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    bytes[n++] = (byte)((high << 4) | v);
                    high = -1;
                }
            }

            return bytes;
        }

        private static int Value(char c)
        {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
