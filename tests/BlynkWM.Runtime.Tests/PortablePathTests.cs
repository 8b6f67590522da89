using System;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// CRC-32 and UTF-8 go through the platform on both runtimes (the nanoCLR lane proves the device's bytes equal
    /// these); the generator's table CRC is checked in the generator tests.
    /// </summary>
    public class PortablePathTests
    {
        [Fact]
        public void Crc32_is_the_ieee_crc()
        {
            // The check value of CRC-32/ISO-HDLC (zlib's), and the empty input.
            byte[] check = Encoding.ASCII.GetBytes("x123456789");
            Assert.Equal(0xCBF43926u, Crc32.Compute(check, 1, 9));
            Assert.Equal(0u, Crc32.Compute(check, 0, 0));
        }

        [Fact]
        public void Utf8_encodes_lone_surrogates_as_replacement_characters_as_nanoCLR_does()
        {
            byte[] buffer = new byte[16];
            int end = Utf8.Encode("a\uD800b\uD83D\uDE00", buffer, 1);

            Assert.Equal(new byte[] { 0x61, 0xEF, 0xBF, 0xBD, 0x62, 0xF0, 0x9F, 0x98, 0x80 }, buffer[1..end]);
            Assert.Equal(end - 1, Utf8.ByteCount("a\uD800b\uD83D\uDE00"));
        }

        [Theory]
        [InlineData("abc", 3, 3)]
        [InlineData("abcd", 3, -1)]
        [InlineData("\u20AC", 3, 3)]
        [InlineData("\u20AC", 2, -1)]
        [InlineData("\uD83D\uDE00", 4, 4)]
        [InlineData("\uD83D\uDE00", 3, -1)]
        [InlineData("", 0, 0)]
        public void TryEncode_writes_within_the_limit_or_reports_overflow(string text, int maxBytes, int expected)
        {
            // The limit is also the room left: an encoding past it runs off the buffer, which must read as overflow.
            byte[] buffer = new byte[2 + maxBytes];
            int end = Utf8.TryEncode(text, buffer, 2, maxBytes);

            Assert.Equal(expected < 0 ? -1 : 2 + expected, end);
        }

        [Fact]
        public void TryEncode_refuses_a_limit_past_the_buffer()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Utf8.TryEncode("a", new byte[4], 2, 3));
        }

        [Theory]
        [InlineData(new byte[] { 0xC0, 0x80 })]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
        [InlineData(new byte[] { 0xE2, 0x82 })]
        [InlineData(new byte[] { 0x80 })]
        public void Invalid_utf8_is_rejected(byte[] bytes)
        {
            Assert.False(Utf8.IsValid(bytes, 0, bytes.Length));
        }
    }
}
