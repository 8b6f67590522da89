namespace BlynkWM.Runtime.Tests
{
    /// <summary>One integer of each width class, declared by range or by type.</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/sizing.cfg")]
    public partial class IntegerRanges
    {
        [WifiCredential("wifi", SsidMaxLength = 1, PasswordMaxLength = 1)] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk", ServerMaxLength = 1, TokenMaxLength = 1, DefaultServer = "")] public BlynkCredential Blynk = new BlynkCredential(); // port 1..65535: 4 bytes
        [DynamicParam("signed8", Min = -128, Max = 127)] public int Signed8;                            // 1
        [DynamicParam("unsigned8", Min = 0, Max = 255)] public int Unsigned8;                           // 2: 255 needs a second byte
        [DynamicParam("signed16", Min = -32768, Max = 10)] public long Signed16 = 1;                    // 2
        [DynamicParam("port", Min = 1, Max = 65535)] public int Port = 1883;                            // 4
        [DynamicParam("big", Min = 0, Max = 3000000000L)] public long Big;                              // 8
        [DynamicParam("b")] public byte B;                                                               // 2
        [DynamicParam("s")] public short S;                                                              // 2
        [DynamicParam("u16")] public ushort U16;                                                         // 4
        [DynamicParam("i")] public int I;                                                                // 4
        [DynamicParam("u32")] public uint U32;                                                           // 8
        [DynamicParam("l")] public long L;                                                               // 8
    }

    public class IntegerSizingTests
    {
        private const int StringFields = 4 * (FieldCodec.FieldHeaderSize + 1); // ssid, password, server, token: 1 byte each

        [Fact]
        public void The_worst_case_counts_each_integer_at_the_width_of_its_declared_range()
        {
            int integers = 4 + 1 + 2 + 2 + 4 + 8 + 2 + 2 + 4 + 4 + 8 + 8;
            int expected = ConfigRecord.Overhead + StringFields + (12 * FieldCodec.FieldHeaderSize) + integers;

            int generated = IntegerRanges.StorageLayout.MaxRecordSize;
            Assert.Equal(expected, generated);
        }

        [Fact]
        public void Every_integer_at_its_widest_end_fills_the_worst_case_exactly()
        {
            var config = new IntegerRanges
            {
                Signed8 = -128, Unsigned8 = 255, Signed16 = -32768, Port = 65535, Big = 3000000000L,
                B = byte.MaxValue, S = short.MinValue, U16 = ushort.MaxValue, I = int.MinValue, U32 = uint.MaxValue, L = long.MinValue,
            };
            config.Wifi.Ssid = "s";
            config.Wifi.Password = "p";
            config.Blynk.Server = "h";
            config.Blynk.Port = 65535;
            config.Blynk.Token = "t";
            byte[] buffer = new byte[IntegerRanges.StorageLayout.MaxRecordSize];

            int length = config.Write(buffer, 0, 1);

            Assert.Equal(IntegerRanges.StorageLayout.MaxRecordSize, length);
            var copy = new IntegerRanges();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 0, length));
            Assert.Equal(3000000000L, copy.Big);
            Assert.Equal(uint.MaxValue, copy.U32);
            Assert.Equal(0, copy.DiscardedFieldCount);
        }

        [Theory]
        [InlineData(0L, 0L, 1)]
        [InlineData(-128L, 127L, 1)]
        [InlineData(-129L, 0L, 2)]
        [InlineData(0L, 128L, 2)]
        [InlineData(-32768L, 32767L, 2)]
        [InlineData(0L, 32768L, 4)]
        [InlineData(-2147483648L, 2147483647L, 4)]
        [InlineData(0L, 2147483648L, 8)]
        [InlineData(long.MinValue, 0L, 8)]
        public void The_width_of_a_range_is_the_width_of_its_widest_end(long min, long max, int width)
        {
            Assert.Equal(width, IntegerWidth.OfRange(min, max));
            byte[] buffer = new byte[16];
            Assert.Equal(FieldCodec.FieldHeaderSize + width, FieldCodec.WriteInteger(buffer, 0, 1u, IntegerWidth.Of(min) >= IntegerWidth.Of(max) ? min : max));
        }
    }
}
