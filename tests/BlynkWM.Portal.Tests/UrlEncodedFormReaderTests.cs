using System.Collections.Generic;
using BlynkWM.Http;

namespace BlynkWM.Portal.Tests
{
    public sealed class UrlEncodedFormReaderTests
    {
        private static List<(string Key, string Value, FormFieldError Error)> Read(string body, int maxKey = 32, int maxValue = 64)
        {
            var reader = new UrlEncodedFormReader(maxKey, maxValue);
            byte[] bytes = Encoding.Latin1.GetBytes(body);
            reader.Reset(bytes, 0, bytes.Length);
            var pairs = new List<(string, string, FormFieldError)>();
            while (reader.MoveNext())
            {
                pairs.Add((Encoding.Latin1.GetString(reader.KeyBuffer, 0, reader.KeyLength),
                    Encoding.Latin1.GetString(reader.ValueBuffer, 0, reader.ValueLength), reader.Error));
            }
            return pairs;
        }

        [Fact]
        public void Plain_pairs_are_read_in_order()
        {
            Assert.Equal(new[] { ("ssid", "Home", FormFieldError.None), ("port", "8080", FormFieldError.None) }, Read("ssid=Home&port=8080"));
        }

        [Theory]
        [InlineData("a=b+c", "b c")]
        [InlineData("a=%2B", "+")]
        [InlineData("a=%26%3D%25", "&=%")]
        [InlineData("a=p%40ss%23word", "p@ss#word")]
        [InlineData("a=%4a%4A", "JJ")]
        [InlineData("a=%20+%20", "   ")]
        public void Escapes_and_plus_are_decoded(string body, string value)
        {
            var pairs = Read(body);
            Assert.Single(pairs);
            Assert.Equal(FormFieldError.None, pairs[0].Error);
            Assert.Equal(value, pairs[0].Value);
        }

        [Fact]
        public void Keys_are_decoded_too()
        {
            Assert.Equal(("my key", "v", FormFieldError.None), Read("my+key=v")[0]);
            Assert.Equal(("a&b", "v", FormFieldError.None), Read("a%26b=v")[0]);
        }

        [Fact]
        public void Multibyte_utf8_is_kept_as_bytes_and_converts_to_a_string()
        {
            var reader = new UrlEncodedFormReader(8, 32);
            byte[] body = Encoding.ASCII.GetBytes("n=%C3%A9t%C3%A9+%E2%82%AC%F0%9F%98%80");
            reader.Reset(body, 0, body.Length);
            Assert.True(reader.MoveNext());
            Assert.Equal(FormFieldError.None, reader.Error);
            Assert.Equal("été €😀", reader.ValueToString());
            Assert.Equal("n", reader.KeyToString());
        }

        [Theory]
        [InlineData("a=%", "percent at end")]
        [InlineData("a=%4", "one hex digit at end")]
        [InlineData("a=%zz", "non-hex")]
        [InlineData("a=%G1", "non-hex first")]
        [InlineData("a=%1G", "non-hex second")]
        [InlineData("a=50%", "percent literal")]
        [InlineData("%=b", "in the key")]
        public void Malformed_escapes_are_reported_for_the_pair(string body, string why)
        {
            var pairs = Read(body);
            Assert.Single(pairs);
            Assert.True(pairs[0].Error == FormFieldError.MalformedEscape, why);
        }

        [Theory]
        [InlineData("a=%C3", "truncated two-byte")]
        [InlineData("a=%E2%82", "truncated three-byte")]
        [InlineData("a=%80", "lone continuation")]
        [InlineData("a=%C0%AF", "overlong two-byte")]
        [InlineData("a=%C1%BF", "overlong two-byte C1")]
        [InlineData("a=%E0%80%AF", "overlong three-byte")]
        [InlineData("a=%F0%80%80%AF", "overlong four-byte")]
        [InlineData("a=%ED%A0%80", "UTF-16 surrogate")]
        [InlineData("a=%F4%90%80%80", "above U+10FFFF")]
        [InlineData("a=%F5%80%80%80", "F5 lead byte")]
        [InlineData("a=%FF", "FF byte")]
        [InlineData("a=%C3%28", "bad continuation")]
        [InlineData("a=\u00e9", "raw Latin-1 byte")]
        public void Invalid_utf8_is_reported_for_the_pair(string body, string why)
        {
            var pairs = Read(body);
            Assert.Single(pairs);
            Assert.True(pairs[0].Error == FormFieldError.InvalidUtf8, why + ": " + pairs[0].Error);
        }

        [Fact]
        public void An_error_in_one_pair_does_not_affect_the_next()
        {
            var pairs = Read("a=%zz&b=%C0%AF&c=ok");
            Assert.Equal(FormFieldError.MalformedEscape, pairs[0].Error);
            Assert.Equal(FormFieldError.InvalidUtf8, pairs[1].Error);
            Assert.Equal(("c", "ok", FormFieldError.None), pairs[2]);
        }

        [Fact]
        public void Empty_keys_values_and_segments()
        {
            var pairs = Read("&a=&=b&&c&=&");
            Assert.Equal(new[]
            {
                ("a", "", FormFieldError.None),
                ("", "b", FormFieldError.None),
                ("c", "", FormFieldError.None),
                ("", "", FormFieldError.None),
            }, pairs);
            Assert.Empty(Read(""));
            Assert.Empty(Read("&&&"));
        }

        [Fact]
        public void Pair_without_equals_is_distinguished_from_an_empty_value()
        {
            var reader = new UrlEncodedFormReader(8, 8);
            byte[] body = Encoding.ASCII.GetBytes("flag&x=");
            reader.Reset(body, 0, body.Length);
            Assert.True(reader.MoveNext());
            Assert.False(reader.HasEquals);
            Assert.True(reader.MoveNext());
            Assert.True(reader.HasEquals);
            Assert.False(reader.MoveNext());
        }

        [Fact]
        public void Only_the_first_equals_separates_key_and_value()
        {
            Assert.Equal(("a", "b=c", FormFieldError.None), Read("a=b=c")[0]);
        }

        [Fact]
        public void Duplicate_keys_are_all_returned_in_order()
        {
            var pairs = Read("ssid=one&ssid=two&ssid=three");
            Assert.Equal(new[] { "one", "two", "three" }, pairs.ConvertAll(p => p.Value));
        }

        [Fact]
        public void Over_long_values_and_keys_are_reported_and_truncated()
        {
            var pairs = Read("k=123456789&longkey=1&x=1234%C3%A9", maxKey: 4, maxValue: 5);
            Assert.Equal(("k", "12345", FormFieldError.ValueTooLong), pairs[0]);
            Assert.Equal(("long", "1", FormFieldError.KeyTooLong), pairs[1]);
            Assert.Equal(FormFieldError.ValueTooLong, pairs[2].Error);
        }

        [Fact]
        public void Value_that_exactly_fills_the_scratch_is_fine()
        {
            Assert.Equal(("k", "12345", FormFieldError.None), Read("k=12345", maxValue: 5)[0]);
        }

        [Fact]
        public void Reader_respects_the_given_range_of_a_larger_buffer()
        {
            byte[] buffer = Encoding.ASCII.GetBytes("GARBAGE&a=1&b=2&MORE");
            var reader = new UrlEncodedFormReader(8, 8);
            reader.Reset(buffer, 8, 7);
            Assert.True(reader.MoveNext());
            Assert.Equal("a", reader.KeyToString());
            Assert.Equal(8, reader.RawOffset);
            Assert.Equal(3, reader.RawLength);
            Assert.True(reader.MoveNext());
            Assert.Equal("2", reader.ValueToString());
            Assert.False(reader.MoveNext());
        }

        [Fact]
        public void Key_comparison_against_byte_constants()
        {
            byte[] ssid = AsciiBytes.From("ssid0");
            var reader = new UrlEncodedFormReader(8, 8);
            byte[] body = Encoding.ASCII.GetBytes("ssid%30=x&ssid=y&ssid00=z");
            reader.Reset(body, 0, body.Length);
            reader.MoveNext();
            Assert.True(reader.KeyEquals(ssid));
            reader.MoveNext();
            Assert.False(reader.KeyEquals(ssid));
            reader.MoveNext();
            Assert.False(reader.KeyEquals(ssid));
        }

        [Fact]
        public void A_key_or_value_with_an_error_never_equals_a_constant_even_when_its_kept_bytes_do()
        {
            // Truncated to the scratch size, the kept start would match: "on" from "onion", "ssid" from "ssid0".
            var reader = new UrlEncodedFormReader(4, 2);
            byte[] body = Encoding.ASCII.GetBytes("ssid0=onion&ssid=on&b=o%6E&c=o%F0");
            reader.Reset(body, 0, body.Length);
            byte[] on = AsciiBytes.From("on");
            byte[] ssid = AsciiBytes.From("ssid");

            Assert.True(reader.MoveNext());
            Assert.Equal(FormFieldError.KeyTooLong, reader.KeyError);
            Assert.Equal(FormFieldError.ValueTooLong, reader.ValueError);
            Assert.Equal("on", reader.ValueToString());
            Assert.False(reader.ValueEquals(on));
            Assert.False(reader.KeyEquals(ssid));

            Assert.True(reader.MoveNext());
            Assert.True(reader.ValueEquals(on));
            Assert.True(reader.KeyEquals(ssid));

            Assert.True(reader.MoveNext());
            Assert.True(reader.ValueEquals(on));

            // "o" plus a lone UTF-8 lead byte: the value error alone must make the difference.
            Assert.True(reader.MoveNext());
            Assert.Equal(FormFieldError.InvalidUtf8, reader.ValueError);
            Assert.False(reader.ValueEquals(new byte[] { (byte)'o', 0xF0 }));
        }

        [Theory]
        [InlineData(-1, 2)]
        [InlineData(0, -1)]
        [InlineData(3, 2)]
        [InlineData(0, 5)]
        public void A_range_outside_the_source_is_refused(int offset, int count)
        {
            var reader = new UrlEncodedFormReader(4, 4);
            Assert.Throws<System.ArgumentOutOfRangeException>(() => reader.Reset(new byte[4], offset, count));
            reader.Reset(new byte[4], 2, 2);
        }

        [Fact]
        public void An_absent_request_range_reads_as_empty()
        {
            byte[] buffer = Encoding.ASCII.GetBytes("a=1&b=2");
            var request = new HttpRequest(buffer);
            var reader = new UrlEncodedFormReader(4, 4);
            reader.Reset(request, ByteRange.None);
            Assert.False(reader.MoveNext());
            reader.Reset(request, new ByteRange(4, 3));
            Assert.True(reader.MoveNext());
            Assert.Equal("b", reader.KeyToString());
            Assert.Equal("2", reader.ValueToString());
        }

        [Fact]
        public void Before_the_first_pair_and_after_the_last_nothing_is_left_over()
        {
            var reader = new UrlEncodedFormReader(4, 4);
            byte[] body = Encoding.ASCII.GetBytes("k=%zz");
            reader.Reset(body, 0, body.Length);
            Assert.False(reader.HasEquals);
            Assert.Equal(FormFieldError.None, reader.Error);
            Assert.True(reader.MoveNext());
            Assert.True(reader.HasEquals);
            Assert.Equal(FormFieldError.MalformedEscape, reader.Error);
            Assert.False(reader.MoveNext());
            Assert.False(reader.HasEquals);
            Assert.Equal(0, reader.KeyLength);
            Assert.Equal(0, reader.ValueLength);
            Assert.Equal(FormFieldError.None, reader.Error);
        }

        [Fact]
        public void Reading_allocates_nothing()
        {
            var reader = new UrlEncodedFormReader(16, 64);
            byte[] body = Encoding.ASCII.GetBytes("_csrf=0123456789abcdef&ssid=My+Home+%C3%A9&pass=%25%26%3D&bad=%zz&port=8080");
            byte[] key = AsciiBytes.From("port");
            int found = 0;
            for (int i = 0; i < 10; i++)
            {
                reader.Reset(body, 0, body.Length);
                while (reader.MoveNext())
                {
                    found += reader.KeyEquals(key) ? 1 : 0;
                }
            }
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                reader.Reset(body, 0, body.Length);
                while (reader.MoveNext())
                {
                    found += reader.KeyEquals(key) && AsciiBytes.TryParseDecimal(reader.ValueBuffer, 0, reader.ValueLength, out long port) && port == 8080 ? 1 : 0;
                }
            }
            Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(1010, found);
        }
    }
}
