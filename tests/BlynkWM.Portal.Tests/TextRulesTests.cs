namespace BlynkWM.Portal.Tests
{
    /// <summary>The byte-level rules behind the portal's "control characters" and "not a host name" messages.</summary>
    public sealed class TextRulesTests
    {
        [Theory]
        [InlineData("plain text", -1)]
        [InlineData("", -1)]
        [InlineData("Café ☕ 📶", -1)]
        [InlineData("\u00A0nbsp and \u00A9", -1)]
        [InlineData("a\u0000", 1)]
        [InlineData("\tx", 0)]
        [InlineData("ab\r\nc", 2)]
        [InlineData("\u001b[31m", 0)]
        [InlineData("x\u001f", 1)]
        [InlineData("x\u007f", 1)]
        [InlineData("é\u0080", 1)]
        [InlineData("x\u0085", 1)]
        [InlineData("x\u009f", 1)]
        [InlineData("x\u00a0\u009b", 2)]
        public void Control_characters_are_found_where_they_are(string text, int charIndex)
        {
            // Behind two bytes that are not part of the range; the answer is a byte index into the whole buffer.
            byte[] utf8 = Encoding.UTF8.GetBytes("<<" + text);
            int expected = charIndex < 0 ? -1 : 2 + Encoding.UTF8.GetByteCount(text.Substring(0, charIndex));
            Assert.Equal(expected, TextRules.IndexOfControlCharacter(utf8, 2, utf8.Length - 2));
        }

        [Fact]
        public void Only_the_given_range_is_looked_at()
        {
            byte[] utf8 = Encoding.UTF8.GetBytes("\n ok \n");
            Assert.Equal(-1, TextRules.IndexOfControlCharacter(utf8, 1, 4));
            // A C2 at the end of the range is not paired with a byte beyond it.
            byte[] split = { (byte)'a', 0xC2, 0x85 };
            Assert.Equal(-1, TextRules.IndexOfControlCharacter(split, 0, 2));
            Assert.Equal(1, TextRules.IndexOfControlCharacter(split, 0, 3));
        }

        [Theory]
        [InlineData("blynk.cloud")]
        [InlineData("a")]
        [InlineData("localhost")]
        [InlineData("A-1.b-2.C")]
        [InlineData("1.2.3.4a")]
        [InlineData("123.example")]
        [InlineData("0.0.0.0")]
        [InlineData("10.0.0.1")]
        [InlineData("255.255.255.255")]
        [InlineData("192.168.100.200")]
        [InlineData("xn--bcher-kva.example")]
        public void Host_names_and_IPv4_addresses_are_accepted(string host)
        {
            Assert.True(IsHostName(host), host);
        }

        [Theory]
        [InlineData("")]
        [InlineData(".")]
        [InlineData("blynk.cloud.")]
        [InlineData(".blynk.cloud")]
        [InlineData("blynk..cloud")]
        [InlineData("-blynk.cloud")]
        [InlineData("blynk-.cloud")]
        [InlineData("blynk.-cloud")]
        [InlineData("blynk.cloud-")]
        [InlineData("blynk_cloud")]
        [InlineData("blynk cloud")]
        [InlineData("blynk.cloud:80")]
        [InlineData("http://blynk.cloud")]
        [InlineData("user@blynk.cloud")]
        [InlineData("[::1]")]
        [InlineData("blünk.cloud")]
        [InlineData("256.1.1.1")]
        [InlineData("1.256.1.1")]
        [InlineData("1.1.256.1")]
        [InlineData("1.1.1.256")]
        [InlineData("1.1.1.1000")]
        [InlineData("1.1.1")]
        [InlineData("1.1.1.1.1")]
        [InlineData("10")]
        [InlineData("example.123")]
        [InlineData("01.1.1.1")]
        [InlineData("1.1.1.00")]
        [InlineData("0x7f.0.0.1")]
        public void Anything_else_is_not_a_host_name(string host)
        {
            Assert.False(IsHostName(host), host);
        }

        [Fact]
        public void Labels_may_have_63_bytes_and_names_253()
        {
            string label63 = new string('a', 63);
            Assert.True(IsHostName(label63 + ".b"));
            Assert.False(IsHostName(new string('a', 64) + ".b"));
            Assert.False(IsHostName("b." + new string('a', 64)));

            string name253 = string.Join(".", label63, label63, label63, new string('d', 61));
            Assert.Equal(253, name253.Length);
            Assert.True(IsHostName(name253));
            Assert.False(IsHostName(name253 + "d"));
        }

        [Fact]
        public void Only_the_given_range_is_a_host_name()
        {
            byte[] bytes = Encoding.ASCII.GetBytes("  blynk.cloud/x");
            Assert.True(TextRules.IsHostName(bytes, 2, 11));
            Assert.False(TextRules.IsHostName(bytes, 2, 12));
            Assert.False(TextRules.IsHostName(bytes, 1, 11));
        }

        private static bool IsHostName(string host)
        {
            byte[] bytes = Encoding.UTF8.GetBytes("/" + host + "/");
            return TextRules.IsHostName(bytes, 1, bytes.Length - 2);
        }
    }
}
