using System;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// The edges of the record format, the field codec, the portable UTF-8 code and the stores' argument checks, each
    /// pinned where mutation testing found it unpinned (see MutationSurvivors.md).
    /// </summary>
    public class StorageEdgeTests
    {
        [Theory]
        [InlineData(new byte[] { 0xFF }, ConfigReadStatus.Empty)]
        [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00 }, ConfigReadStatus.Empty)]
        [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0x00 }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, ConfigReadStatus.Empty)]
        [InlineData(new byte[] { 0xFF, 0x00 }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { (byte)'B' }, ConfigReadStatus.Truncated)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'M' }, ConfigReadStatus.Truncated)]
        [InlineData(new byte[] { (byte)'X' }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { (byte)'B', (byte)'X' }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'X' }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'M', (byte)'X' }, ConfigReadStatus.BadMagic)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'M', (byte)'C', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, ConfigReadStatus.Truncated)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'M', (byte)'C', 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, ConfigReadStatus.TooNew)]
        [InlineData(new byte[] { (byte)'B', (byte)'W', (byte)'M', (byte)'C', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, ConfigReadStatus.BadMagic)]
        public void Short_erased_and_foreign_headers_are_told_apart(byte[] bytes, ConfigReadStatus expected)
        {
            Assert.Equal(expected, ConfigRecord.Check(bytes, 0, bytes.Length, out _, out _));
        }

        [Fact]
        public void Check_refuses_ranges_outside_the_buffer()
        {
            byte[] record = Record();
            Assert.Equal(ConfigReadStatus.Ok, ConfigRecord.Check(record, 0, record.Length, out _, out _));
            Assert.Equal(ConfigReadStatus.Empty, ConfigRecord.Check(record, 0, 0, out _, out _));
            Assert.Equal(ConfigReadStatus.Truncated, ConfigRecord.Check(record, 0, -1, out _, out _));
            Assert.Equal(ConfigReadStatus.Truncated, ConfigRecord.Check(null!, 0, 4, out _, out _));
            Assert.Equal(ConfigReadStatus.Truncated, ConfigRecord.Check(record, -1, 4, out _, out _));
            Assert.Equal(ConfigReadStatus.Truncated, ConfigRecord.Check(record, 1, record.Length, out _, out _));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(6)]
        public void A_field_list_ending_in_a_partial_field_header_is_malformed(int extra)
        {
            // A valid record with bytes of a next field header appended inside the field list, resealed.
            byte[] record = new byte[DeviceConfig.StorageLayout.MaxRecordSize + 16];
            int length = SampleValues.DeviceA().Write(record, 0, 1);
            int fieldsEnd = length - ConfigRecord.TrailerSize + extra;
            ConfigRecord.Seal(record, 0, fieldsEnd, 0, 1);

            // The buffer ends with the record: reading a field header past the list would run off its end.
            byte[] exact = record.AsSpan(0, fieldsEnd + ConfigRecord.TrailerSize).ToArray();
            Assert.Equal(ConfigReadStatus.Malformed, ConfigRecord.Check(exact, 0, exact.Length, out _, out _));
        }

        [Fact]
        public void Announced_length_needs_a_whole_header_of_a_known_format()
        {
            byte[] record = Record();
            int whole = record.Length;
            Assert.Equal(whole, ConfigRecord.AnnouncedLength(record, 0, ConfigRecord.HeaderSize));
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(record, 0, ConfigRecord.HeaderSize - 1));
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(null!, 0, ConfigRecord.HeaderSize));
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(record, -1, ConfigRecord.HeaderSize));
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(record, record.Length - ConfigRecord.HeaderSize + 1, ConfigRecord.HeaderSize));
            byte[] headerOnly = record.AsSpan(0, ConfigRecord.HeaderSize).ToArray();

            // Magic, version and length fit after offset 10, but the whole header does not: the count claims more than is there.
            byte[] cutHeader = new byte[18];
            Array.Copy(record, 0, cutHeader, 10, 8);
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(cutHeader, 10, ConfigRecord.HeaderSize));
            Assert.Equal(whole, ConfigRecord.AnnouncedLength(headerOnly, 0, ConfigRecord.HeaderSize));

            byte[] shifted = new byte[whole + 3];
            Array.Copy(record, 0, shifted, 3, whole);
            Assert.Equal(whole, ConfigRecord.AnnouncedLength(shifted, 3, ConfigRecord.HeaderSize));
            Assert.Equal(whole, ConfigRecord.AnnouncedLength(shifted, 3, shifted.Length - 3));

            foreach (byte version in new byte[] { 0, 2 })
            {
                byte[] other = (byte[])record.Clone();
                other[4] = version;
                Assert.Equal(-1, ConfigRecord.AnnouncedLength(other, 0, other.Length));
            }

            byte[] foreign = (byte[])record.Clone();
            foreign[3] = (byte)'E';
            Assert.Equal(-1, ConfigRecord.AnnouncedLength(foreign, 0, foreign.Length));
        }

        [Fact]
        public void Read_length_is_the_whole_record_its_header_announces()
        {
            byte[] record = Record();
            byte[] shifted = new byte[record.Length + 5];
            Array.Copy(record, 0, shifted, 5, record.Length);
            Assert.Equal(record.Length, ConfigRecord.ReadLength(shifted, 5));
        }

        [Fact]
        public void Require_capacity_names_the_buffer()
        {
            Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => ConfigRecord.RequireCapacity(null!, 0, 10)).ParamName);
            ArgumentException e = Assert.Throws<ArgumentException>(() => ConfigRecord.RequireCapacity(new byte[10], 1, 10));
            Assert.Equal("buffer", e.ParamName);
            Assert.Contains("smaller", e.Message);
            Assert.Throws<ArgumentException>(() => ConfigRecord.RequireCapacity(new byte[10], -1, 5));
            ConfigRecord.RequireCapacity(new byte[10], 2, 8);
        }

        [Fact]
        public void A_sequence_is_not_newer_than_itself_and_wraps()
        {
            Assert.False(ConfigRecord.IsNewer(5, 5));
            Assert.True(ConfigRecord.IsNewer(6, 5));
            Assert.False(ConfigRecord.IsNewer(5, 6));
            Assert.True(ConfigRecord.IsNewer(0, uint.MaxValue));
        }

        [Theory]
        [InlineData(0L, 1)]
        [InlineData(127L, 1)]
        [InlineData(-128L, 1)]
        [InlineData(128L, 2)]
        [InlineData(-129L, 2)]
        [InlineData(32767L, 2)]
        [InlineData(-32768L, 2)]
        [InlineData(32768L, 4)]
        [InlineData(-32769L, 4)]
        [InlineData(2147483647L, 4)]
        [InlineData(-2147483648L, 4)]
        [InlineData(2147483648L, 8)]
        [InlineData(-2147483649L, 8)]
        [InlineData(long.MinValue, 8)]
        public void An_integer_takes_the_fewest_bytes_and_reads_back(long value, int width)
        {
            byte[] buffer = new byte[FieldCodec.MaxIntegerFieldSize + 1];
            buffer[FieldCodec.FieldHeaderSize + width] = 0xAB;
            Assert.Equal(FieldCodec.FieldHeaderSize + width, FieldCodec.WriteInteger(buffer, 0, 7, value));
            Assert.Equal(width, FieldCodec.ValueLength(buffer, 0));
            Assert.Equal(0xAB, buffer[FieldCodec.FieldHeaderSize + width]);
            Assert.True(FieldCodec.TryReadInteger(buffer, 0, out long read));
            Assert.Equal(value, read);
        }

        [Fact]
        public void Fields_of_another_type_or_size_do_not_read()
        {
            byte[] buffer = new byte[32];
            FieldCodec.WriteBool(buffer, 0, 1, true);
            Assert.True(FieldCodec.TryReadBool(buffer, 0, out bool flag));
            Assert.True(flag);
            Assert.False(FieldCodec.TryReadInteger(buffer, 0, out long number));
            Assert.Equal(0, number);
            Assert.False(FieldCodec.TryReadString(buffer, 0, 10, out string text));
            Assert.Equal("", text);

            buffer[FieldCodec.FieldHeaderSize] = 2;
            Assert.False(FieldCodec.TryReadBool(buffer, 0, out flag));
            Assert.False(flag);

            FieldCodec.WriteInteger(buffer, 0, 1, 1);
            Assert.False(FieldCodec.TryReadBool(buffer, 0, out flag));
            LittleEndian.WriteUInt16(buffer, 5, 3); // an integer of 3 bytes
            Assert.False(FieldCodec.TryReadInteger(buffer, 0, out number));

            buffer[4] = FieldCodec.TypeBool;
            LittleEndian.WriteUInt16(buffer, 5, 2); // a bool of 2 bytes
            Assert.False(FieldCodec.TryReadBool(buffer, 0, out flag));

            FieldCodec.WriteString(buffer, 0, 1, "héllo", 10, "id");
            Assert.False(FieldCodec.TryReadString(buffer, 0, 5, out text));
            Assert.Equal("", text);
            Assert.True(FieldCodec.TryReadString(buffer, 0, 6, out text));
            Assert.Equal("héllo", text);
            buffer[FieldCodec.FieldHeaderSize] = 0xFF;
            Assert.False(FieldCodec.TryReadString(buffer, 0, 6, out text));
            Assert.Equal("", text);

            FieldCodec.WriteString(buffer, 0, 1, "", 10, "id");
            Assert.True(FieldCodec.TryReadString(buffer, 0, 0, out text));
            Assert.Equal("", text);

            buffer[FieldCodec.FieldHeaderSize] = 0x41;
            Assert.Equal(FieldCodec.FieldHeaderSize, FieldCodec.WriteString(buffer, 0, 1, null, 10, "id"));
            Assert.True(FieldCodec.TryReadString(buffer, 0, 10, out text));
            Assert.Equal("", text);
        }

        [Fact]
        public void Refused_values_name_their_field()
        {
            byte[] buffer = new byte[64];
            ArgumentException range = Assert.Throws<ArgumentException>(() => FieldCodec.WriteInteger(buffer, 0, 1, 11, 0, 10, "port"));
            Assert.Equal("port", range.ParamName);
            Assert.Contains("is 11; the field allows 0 to 10", range.Message);
            ArgumentException length = Assert.Throws<ArgumentException>(() => FieldCodec.WriteString(buffer, 0, 1, "ééé", 5, "name"));
            Assert.Equal("name", length.ParamName);
            Assert.Contains("is 6 bytes; the field holds 5", length.Message);

            // Exactly at the limits.
            FieldCodec.WriteInteger(buffer, 0, 1, 10, 0, 10, "port");
            FieldCodec.WriteInteger(buffer, 0, 1, 0, 0, 10, "port");
            Assert.Equal(FieldCodec.FieldHeaderSize + 6, FieldCodec.WriteString(buffer, 0, 1, "ééé", 6, "name"));
            Assert.Equal(FieldCodec.FieldHeaderSize + 2, FieldCodec.WriteString(buffer, 0, 1, "ab", 6, "name"));
        }

        [Theory]
        [InlineData(0x00)]
        [InlineData(0x7F)]
        [InlineData(0x80)]
        [InlineData(0x7FF)]
        [InlineData(0x800)]
        [InlineData(0xD7FF)]
        [InlineData(0xE000)]
        [InlineData(0xFFFF)]
        [InlineData(0x10000)]
        [InlineData(0x1F4F6)]
        [InlineData(0x10FFFF)]
        public void Scalars_at_the_utf8_boundaries_encode_within_their_limit_as_the_bcl_does(int scalar)
        {
            string text = char.ConvertFromUtf32(scalar);
            byte[] expected = Encoding.UTF8.GetBytes(text);
            byte[] buffer = new byte[8];
            Assert.Equal(expected.Length, Utf8.ByteCount(text));
            Assert.Equal(expected.Length, Utf8.TryEncode(text, buffer, 0, expected.Length));
            Assert.Equal(expected, buffer.AsSpan(0, expected.Length).ToArray());
            Assert.True(Utf8.IsValid(buffer, 0, expected.Length));
            Assert.Equal(-1, Utf8.TryEncode(text, new byte[expected.Length - 1 + 1], 1, expected.Length - 1));
        }

        [Theory]
        [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, true)]     // U+10FFFF
        [InlineData(new byte[] { 0xF0, 0x90, 0x80, 0x80 }, true)]     // U+10000
        [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 }, false)]
        [InlineData(new byte[] { 0xF8, 0x90, 0x80, 0x80 }, false)]    // no lead byte above F4, even if its low bits make a scalar
        [InlineData(new byte[] { 0x80, 0x90, 0x80, 0x80 }, false)]    // a continuation byte cannot lead
        [InlineData(new byte[] { 0xC0, 0x90, 0x80, 0x80 }, false)]
        [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, false)]    // overlong U+FFFF
        [InlineData(new byte[] { 0xED, 0xBF, 0xBF }, false)]          // U+DFFF
        [InlineData(new byte[] { 0xED, 0x9F, 0xBF }, true)]           // U+D7FF
        [InlineData(new byte[] { 0xEE, 0x80, 0x80 }, true)]           // U+E000
        [InlineData(new byte[] { 0xC1, 0xBF }, false)]                // overlong U+007F
        [InlineData(new byte[] { 0xC2, 0x80 }, true)]                 // U+0080
        [InlineData(new byte[] { 0x41, 0xE2, 0x82 }, false)]          // cut short after a first character
        [InlineData(new byte[] { 0x41, 0xE2, 0x82, 0xAC }, true)]
        [InlineData(new byte[] { 0xE2, 0x82, 0x41 }, false)]          // a continuation byte missing
        public void Portable_validation_follows_the_utf8_rules(byte[] bytes, bool valid)
        {
            Assert.Equal(valid, Utf8.IsValid(bytes, 0, bytes.Length));
            byte[] padded = new byte[bytes.Length + 2];
            Array.Copy(bytes, 0, padded, 1, bytes.Length);
            Assert.Equal(valid, Utf8.IsValid(padded, 1, bytes.Length));
        }

        [Fact]
        public void Bounded_encoding_refuses_a_limit_past_the_end_of_the_buffer()
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Utf8.TryEncode("ab", new byte[4], 2, 3));
            Assert.Equal("maxBytes", e.ParamName);
            Assert.Equal(4, Utf8.TryEncode("ab", new byte[4], 2, 2));
        }

        // Built from char codes: xunit cannot carry a lone surrogate through InlineData.
        public static TheoryData<int[], byte[]> Surrogates => new()
        {
            { new[] { 0xD800, 0xDC00 }, new byte[] { 0xF0, 0x90, 0x80, 0x80 } },
            { new[] { 0xDBFF, 0xDFFF }, new byte[] { 0xF4, 0x8F, 0xBF, 0xBF } },
            { new[] { 0xDC00, 0xD800 }, new byte[] { 0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD } },
            { new[] { 0xD800, 0x41 }, new byte[] { 0xEF, 0xBF, 0xBD, 0x41 } },
        };

        [Theory]
        [MemberData(nameof(Surrogates))]
        public void Surrogates_encode_as_one_scalar_when_paired_and_as_replacement_characters_when_not(int[] units, byte[] expected)
        {
            string text = new string(Array.ConvertAll(units, u => (char)u));
            byte[] buffer = new byte[8];
            Assert.Equal(expected.Length, Utf8.Encode(text, buffer, 0));
            Assert.Equal(expected, buffer.AsSpan(0, expected.Length).ToArray());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("cfg")]
        public void A_littlefs_path_must_be_absolute(string? path)
        {
            var files = new PowerCutFileStore(new Dictionary<string, MemoryFile>(), new PowerBudget());
            ArgumentException e = Assert.Throws<ArgumentException>(() => new LittleFsConfigStore(files, path!, 100));
            Assert.Equal("path", e.ParamName);
            Assert.Contains("absolute", e.Message);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("cfg")]
        [InlineData("/a/b")]
        public void A_spiffs_path_must_be_flat_and_absolute(string? path)
        {
            var files = new PowerCutFileStore(new Dictionary<string, MemoryFile>(), new PowerBudget());
            ArgumentException e = Assert.Throws<ArgumentException>(() => new SpiffsConfigStore(files, path!, 100));
            Assert.Equal("path", e.ParamName);
            Assert.Contains("flat", e.Message);
        }

        [Fact]
        public void A_spiffs_name_may_use_all_31_bytes()
        {
            var medium = new Dictionary<string, MemoryFile>();
            var store = new SpiffsConfigStore(new PowerCutFileStore(medium, new PowerBudget()), "/" + new string('n', 28), DeviceConfig.StorageLayout.MaxRecordSize);
            store.Save(SampleValues.DeviceA());
            Assert.Contains("/" + new string('n', 28) + ".a", medium.Keys);
        }

        [Fact]
        public void Argument_errors_name_what_is_wrong()
        {
            Assert.Equal("store", Assert.Throws<ArgumentNullException>(() => new EepromConfigStore(null!, 0, 100, 100)).ParamName);
            Assert.Equal("files", Assert.Throws<ArgumentNullException>(() => new SpiffsConfigStore(null!, "/cfg", 100)).ParamName);
            Assert.Contains("disjoint", Assert.Throws<ArgumentException>(() => new EepromConfigStore(new PowerCutByteStore(new byte[64], new PowerBudget()), 0, 10, 20)).Message);
            ArgumentException small = Assert.Throws<ArgumentException>(() => new EepromSmallRecord(new PowerCutByteStore(new byte[64], new PowerBudget()), 60));
            Assert.Equal("address", small.ParamName);
            Assert.Contains("inside", small.Message);
        }

        [Fact]
        public void A_config_that_declares_more_than_the_store_holds_is_refused_before_it_is_serialized()
        {
            var big = new HugeConfig();
            var eeprom = new EepromConfigStore(new PowerCutByteStore(new byte[256], new PowerBudget()), 0, 128, 128);
            Assert.Contains("slot", Assert.Throws<ArgumentException>(() => eeprom.Save(big)).Message);
            var files = new LittleFsConfigStore(new PowerCutFileStore(new Dictionary<string, MemoryFile>(), new PowerBudget()), "/cfg", 128);
            Assert.Contains("smaller", Assert.Throws<ArgumentException>(() => files.Save(big)).Message);
            Assert.Equal(0, big.Writes);
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_fresh_medium_loads_as_empty_and_a_failed_save_forgets_the_sequence(string kind)
        {
            SimulatedStorage storage = SimulatedStorage.Named(kind);
            object medium = storage.NewMedium();
            var budget = new PowerBudget();
            IConfigStore store = storage.Boot(medium, budget);
            Assert.Equal(ConfigReadStatus.Empty, store.Load(new DeviceConfig()));
            Assert.Equal(0u, store.CurrentSequence);
            store.Save(SampleValues.DeviceA());
            Assert.Equal(1u, store.CurrentSequence);

            budget.Schedule(3, FaultKind.IoError);
            Assert.Throws<System.IO.IOException>(() => store.Save(SampleValues.DeviceB()));
            Assert.Equal(0u, store.CurrentSequence);
            Assert.Equal(ConfigReadStatus.Ok, store.Load(new DeviceConfig()));
            Assert.Equal(1u, store.CurrentSequence);
        }

        private static byte[] Record()
        {
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = SampleValues.DeviceA().Write(buffer, 0, 1);
            return buffer.AsSpan(0, length).ToArray();
        }

        /// <summary>A config declaring a record far larger than any store here, counting its serializations.</summary>
        private sealed class HugeConfig : IStoredConfig
        {
            public int Writes { get; private set; }

            public int MaxRecordSize => 4096;

            public int Write(byte[] buffer, int offset, uint sequence)
            {
                Writes++;
                return ConfigRecord.Seal(buffer, offset, offset + ConfigRecord.HeaderSize, 0, sequence);
            }

            public ConfigReadStatus TryRead(byte[] buffer, int offset, int count) => ConfigReadStatus.Ok;

            public void ResetToDefaults()
            {
            }
        }
    }
}
