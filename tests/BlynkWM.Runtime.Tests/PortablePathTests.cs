using System;
using System.Text;
using BlynkWM.Storage;
using Xunit;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>The device runs the portable CRC and UTF-8 code; the host build the BCL's. They must agree byte for byte.</summary>
    public class PortablePathTests
    {
        [Fact]
        public void Portable_crc_equals_the_host_crc()
        {
            var random = new Random(1234);
            for (int length = 0; length < 700; length += 7)
            {
                byte[] data = new byte[length + 3];
                random.NextBytes(data);
                Assert.Equal(Crc32.Compute(data, 3, length), Crc32.ComputePortable(data, 3, length));
            }
        }

        [Fact]
        public void Portable_utf8_equals_the_host_encoder_including_lone_surrogates()
        {
            var random = new Random(99);
            char[] alphabet = { 'a', 'Z', '0', ' ', '%', 'é', 'ß', '€', '中', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF' };
            for (int round = 0; round < 2000; round++)
            {
                var text = new StringBuilder();
                int length = random.Next(0, 24);
                for (int i = 0; i < length; i++)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                string value = text.ToString();
                byte[] host = new byte[100];
                byte[] portable = new byte[100];
                int hostEnd = Utf8.Encode(value, host, 1);
                int portableEnd = Utf8.EncodePortable(value, portable, 1);

                Assert.Equal(hostEnd, portableEnd);
                Assert.Equal(host, portable);
                Assert.Equal(Utf8.ByteCount(value), Utf8.ByteCountPortable(value));
                Assert.Equal(hostEnd - 1, Utf8.ByteCountPortable(value));
                Assert.True(Utf8.IsValid(portable, 1, portableEnd - 1));
            }
        }

        [Theory]
        [InlineData(0x41)]
        [InlineData(0x7FF)]
        [InlineData(0x20AC)]
        [InlineData(0x1F600)]
        public void A_written_scalar_matches_itself_and_nothing_else(int scalar)
        {
            byte[] buffer = new byte[8];
            int end = Utf8.WriteScalar(scalar, buffer, 1);
            Assert.Equal(Utf8.ScalarLength(scalar), end - 1);
            Assert.True(Utf8.MatchesScalar(scalar, buffer, 1, end));
            Assert.False(Utf8.MatchesScalar(scalar + 1, buffer, 1, end));
            Assert.False(Utf8.MatchesScalar(scalar, buffer, 1, end - 1));
            Assert.False(Utf8.MatchesScalar(-1, buffer, 1, end));
        }

        [Fact]
        public void Lone_surrogates_read_as_minus_one_and_pairs_as_one_scalar()
        {
            Assert.Equal(-1, Utf8.ScalarAt("a\uD800", 1, out int lone));
            Assert.Equal(1, lone);
            Assert.Equal(0x1F600, Utf8.ScalarAt("\uD83D\uDE00", 0, out int pair));
            Assert.Equal(2, pair);
            Assert.Equal(-1, Utf8.ScalarAt("\uDE00\uD83D", 0, out _));
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
