using BlynkWM.Host.Diagnostics;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>User text printed to a log can neither forge a line nor drive the terminal.</summary>
    public sealed class LogTextTests
    {
        [Theory]
        [InlineData("blynk.cloud", "blynk.cloud")]
        [InlineData("Café-Gäste 5G 📶", "Café-Gäste 5G 📶")]
        [InlineData("", "")]
        [InlineData(null, "")]
        [InlineData("blynk.cloud\r\nX-Injected: 1", "blynk.cloud\\r\\nX-Injected: 1")]
        [InlineData("\u001b[2J\u001b[31mred", "\\x1B[2J\\x1B[31mred")]
        [InlineData("a\tb\u0000c\u007fd", "a\\tb\\x00c\\x7Fd")]
        [InlineData("nel\u0085csi\u009b", "nel\\x85csi\\x9B")]
        [InlineData("say \"hi\" \\ bye", "say \\\"hi\\\" \\\\ bye")]
        [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
        [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
        [InlineData("line\u2028sep\u2029para", "line\\u2028sep\\u2029para")]
        [InlineData("pair\uD83D\uDCF6ok", "pair\uD83D\uDCF6ok")]
        public void Escape_keeps_printable_text_and_escapes_the_rest(string? text, string expected)
        {
            Assert.Equal(expected, LogText.Escape(text));
        }

        [Fact]
        public void Unpaired_surrogates_are_escaped_and_pairs_kept()
        {
            // Built in code: test-case attributes cannot carry a lone surrogate intact.
            Assert.Equal("lone\\uD800high", LogText.Escape("lone" + (char)0xD800 + "high"));
            Assert.Equal("lone\\uDC00low", LogText.Escape("lone" + (char)0xDC00 + "low"));
            Assert.Equal("end\\uD83D", LogText.Escape("end" + (char)0xD83D));
            Assert.Equal("\\uDCF6\\uD83D", LogText.Escape(new string(new[] { (char)0xDCF6, (char)0xD83D })));
        }

        [Fact]
        public void Plain_text_is_returned_as_is_without_a_copy()
        {
            string text = "greenhouse-01";
            Assert.Same(text, LogText.Escape(text));
        }
    }
}
