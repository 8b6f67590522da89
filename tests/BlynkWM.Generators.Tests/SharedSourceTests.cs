using System.Text;

namespace BlynkWM.Generators.Tests
{
    /// <summary>The generator compiles the runtime's CRC-32 and field-tag sources (portable paths); they must give the runtime's values.</summary>
    public class SharedSourceTests
    {
        [Fact]
        public void Generator_crc32_is_the_ieee_crc()
        {
            byte[] check = Encoding.ASCII.GetBytes("123456789");
            Assert.Equal(0xCBF43926u, HtmlGzip.Crc32(check, 0, check.Length));

            var random = new System.Random(7);
            for (int length = 0; length < 600; length += 13)
            {
                byte[] data = new byte[length + 2];
                random.NextBytes(data);
                Assert.Equal(BitwiseCrc32(data, 2, length), HtmlGzip.Crc32(data, 2, length));
            }
        }

        [Theory]
        [InlineData("a")]
        [InlineData("wifi1_ssid")]
        [InlineData("blynk2_port")]
        [InlineData("mqtt-server_2")]
        public void Generator_tags_equal_the_runtime_tags(string id)
        {
            Assert.Equal(BlynkWM.Storage.FieldCodec.Tag(id), ConfigParser.Tag(id));
        }

        private static uint BitwiseCrc32(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFFu;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
                }
            }

            return crc ^ 0xFFFFFFFFu;
        }
    }
}
