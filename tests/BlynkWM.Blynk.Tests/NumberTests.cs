using System;
using System.Globalization;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    public sealed class NumberTests
    {
        [Theory]
        [InlineData(0L, "0")]
        [InlineData(42L, "42")]
        [InlineData(-7L, "-7")]
        [InlineData(long.MaxValue, "9223372036854775807")]
        [InlineData(long.MinValue, "-9223372036854775808")]
        public void Integers(long value, string expected)
        {
            var buffer = new byte[BlynkNumber.MaxInt64Bytes];
            Assert.Equal(expected, Encoding.ASCII.GetString(buffer, 0, BlynkNumber.FormatInt64(value, buffer, 0)));
        }

        [Theory]
        [InlineData(0.0, "0")]
        [InlineData(21.5, "21.5")]
        [InlineData(0.1, "0.1")]
        [InlineData(-2.0, "-2")]
        [InlineData(3.14159265358979, "3.1415927")]
        [InlineData(1e-8, "0")]
        [InlineData(-5e-8, "-0.0000001")]
        [InlineData(123456789.125, "123456789.125")]
        [InlineData(1e12, "1000000000000")]
        [InlineData(1.5e20, "1.5e+20")]
        [InlineData(double.NaN, "nan")]
        [InlineData(double.PositiveInfinity, "inf")]
        [InlineData(double.NegativeInfinity, "-inf")]
        public void Doubles_keep_seven_decimals_without_trailing_zeros(double value, string expected)
        {
            var buffer = new byte[BlynkNumber.MaxDoubleBytes];
            Assert.Equal(expected, Encoding.ASCII.GetString(buffer, 0, BlynkNumber.FormatDouble(value, buffer, 0)));
        }

        [Fact]
        public void Formatted_doubles_read_back_within_their_precision()
        {
            var random = new Random(3);
            var buffer = new byte[BlynkNumber.MaxDoubleBytes];
            for (int i = 0; i < 100_000; i++)
            {
                double value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 15));
                int length = BlynkNumber.FormatDouble(value, buffer, 0);
                Assert.True(length <= BlynkNumber.MaxDoubleBytes);
                Assert.True(BlynkNumber.TryParseDouble(buffer, 0, length, out double back));
                Assert.True(Math.Abs(back - value) <= 5e-8 + Math.Abs(value) * 1e-15, value + " -> " + back);
            }
        }

        [Theory]
        [InlineData("12.34")]
        [InlineData("-0.001")]
        [InlineData("1e3")]
        [InlineData("2.5E-3")]
        [InlineData("+7")]
        [InlineData("123456789012345")]
        [InlineData("0.30000000000000004")]
        public void Parsing_matches_dotnet_for_ordinary_numbers(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.True(BlynkNumber.TryParseDouble(bytes, 0, bytes.Length, out double value));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }

        [Theory]
        [InlineData("")]
        [InlineData("-")]
        [InlineData(".")]
        [InlineData("1x")]
        [InlineData("1e")]
        [InlineData("1e+")]
        [InlineData("1e5x")]
        [InlineData("+-1")]
        [InlineData("abc")]
        public void Non_numbers_do_not_parse(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.False(BlynkNumber.TryParseDouble(bytes, 0, bytes.Length, out _));
            Assert.False(BlynkNumber.TryParseInt32(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("2147483647", true, int.MaxValue)]
        [InlineData("-2147483648", true, int.MinValue)]
        [InlineData("2147483648", false, 0)]
        [InlineData("1.5", false, 0)]
        public void Int32_parsing_stays_in_range(string text, bool ok, int expected)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(ok, BlynkNumber.TryParseInt32(bytes, 0, bytes.Length, out int value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89")]
        [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789")]
        public void Fingerprints_parse_with_or_without_separators(string hex)
        {
            byte[] pin = StreamSecurity.ParseFingerprint(hex);
            Assert.Equal("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", Convert.ToHexString(pin));
        }

        [Theory]
        [InlineData("AB:CD", "64 hex digits; this one has 4")]
        [InlineData("zz", "hex digits and ':' only; found 'z'")]
        public void A_bad_fingerprint_says_what_is_wrong(string hex, string message)
        {
            var e = Assert.Throws<ArgumentException>(() => StreamSecurity.ParseFingerprint(hex));
            Assert.Contains(message, e.Message);
        }
    }
}
