using System;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>The byte-level helpers the page and the handler are built from.</summary>
    public sealed class HelperTests
    {
        private static string Html(Action<HtmlWriter> write)
        {
            var w = new HtmlWriter(1);
            write(w);
            return Encoding.UTF8.GetString(w.Buffer, 0, w.Length);
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")]
        [InlineData("é😀\u2028", "é😀\u2028")]
        [InlineData("nul\0", "nul\uFFFD")]
        public void Text_is_escaped_for_html_and_encoded_as_utf8(string input, string expected)
        {
            Assert.Equal(expected, Html(w => w.Text(input)));
        }

        [Fact]
        public void Unpaired_surrogates_become_replacement_characters()
        {
            // Not as attribute data: attribute blobs store strings as UTF-8, which cannot carry a lone surrogate.
            Assert.Equal("lone\uFFFDhigh", Html(w => w.Text("lone" + (char)0xD800 + "high")));
            Assert.Equal("lone\uFFFDlow", Html(w => w.Text("lone" + (char)0xDC00 + "low")));
            Assert.Equal("end\uFFFD", Html(w => w.Text("end" + (char)0xD83D)));
            Assert.Equal("\"\uFFFD\"", Html(w => w.JsonString(((char)0xDFFF).ToString())));
        }

        [Theory]
        [InlineData(0L)]
        [InlineData(-1L)]
        [InlineData(65535L)]
        [InlineData(long.MaxValue)]
        [InlineData(long.MinValue)]
        public void Numbers_are_written_in_decimal(long value)
        {
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Html(w => w.Number(value)));
        }

        [Fact]
        public void Utf8_matches_dotnet_for_valid_text_and_replaces_lone_surrogates()
        {
            string text = "ASCII é € 😀 \u07FF \u0800 \uFFFF";
            Assert.Equal(Encoding.UTF8.GetBytes(text), HtmlWriter.Utf8(text));
            Assert.Equal(Encoding.UTF8.GetBytes("a\uFFFDb"), HtmlWriter.Utf8("a" + (char)0xDFFF + "b"));
        }

        [Theory]
        [InlineData("0", true, 0L)]
        [InlineData("-0", true, 0L)]
        [InlineData("0042", true, 42L)]
        [InlineData("9223372036854775807", true, long.MaxValue)]
        [InlineData("-9223372036854775808", true, long.MinValue)]
        [InlineData("9223372036854775808", false, 0L)]
        [InlineData("-9223372036854775809", false, 0L)]
        [InlineData("99999999999999999999", false, 0L)]
        [InlineData("", false, 0L)]
        [InlineData("-", false, 0L)]
        [InlineData("+1", false, 0L)]
        [InlineData(" 1", false, 0L)]
        [InlineData("1e3", false, 0L)]
        [InlineData("١", false, 0L)]
        public void Integers_parse_strictly(string text, bool ok, long expected)
        {
            // The one integer parser (form fields and Content-Length), also at an offset inside a bigger buffer.
            byte[] bytes = Encoding.UTF8.GetBytes("x" + text + "9");
            int length = bytes.Length - 2;
            Assert.Equal(ok, AsciiBytes.TryParseDecimal(bytes, 1, length, out long value));
            if (ok)
            {
                Assert.Equal(expected, value);
            }
        }

        [Theory]
        [InlineData("")]
        [InlineData("abc")]
        [InlineData("Café-Gäste 5G")]
        [InlineData("📶 Hotspot")]
        [InlineData("\u0800\uFFFF")]
        public void Utf8_comparison_agrees_with_encoding(string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            var state = new PortalFormState(1);
            Assert.True(state.EqualsUtf8(bytes, bytes.Length, text));
            Assert.False(state.EqualsUtf8(bytes, bytes.Length, text + "x"));
            Assert.False(state.EqualsUtf8(Encoding.UTF8.GetBytes(text + "x"), bytes.Length + 1, text));
            Assert.False(state.EqualsUtf8(bytes, bytes.Length, null));
            if (text.Length > 0)
            {
                Assert.False(state.EqualsUtf8(bytes, bytes.Length, text.Substring(0, text.Length - 1) + "?"));
            }
        }
    }
}
