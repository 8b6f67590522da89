using System;
using System.Linq;

namespace BlynkWM.Runtime.Tests
{
    public class RecordFormatTests
    {
        [Fact]
        public void Round_trip_keeps_every_field()
        {
            DeviceConfig original = SampleValues.DeviceA();
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = original.Write(buffer, 0, 7);

            var copy = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 0, length));

            Assert.Equal("HomeNet", copy.PrimaryWifi.Ssid);
            Assert.Equal("correct horse battery", copy.PrimaryWifi.Password);
            Assert.Equal("Café-Gäste 5G", copy.BackupWifi.Ssid);
            Assert.Equal("p#ss%word&=+", copy.BackupWifi.Password);
            Assert.Equal(443, copy.PrimaryBlynk.Port);
            Assert.Equal("fedcba9876543210fedcba9876543210", copy.BackupBlynk.Token);
            Assert.Equal("greenhouse-01", copy.BoardName);
            Assert.Equal(8883, copy.MqttPort);
            Assert.True(copy.MqttTls);
            Assert.Equal("s3cret", copy.MqttPassword);
            Assert.Equal(7u, ConfigRecord.ReadSequence(buffer, 0));
            Assert.Equal(SampleValues.Fingerprint(original), SampleValues.Fingerprint(copy));
        }

        [Fact]
        public void Round_trip_at_an_offset_with_maximal_values()
        {
            var config = new GreenhouseConfig();
            config.Wifi.Ssid = new string('s', 32);
            config.Wifi.Password = new string('€', 21); // 63 bytes of 3-byte characters
            config.Note = "🌱" + new string('x', 60); // a surrogate pair is 4 bytes
            config.ReportIntervalSeconds = 3600;
            config.VentThreshold = -400;
            config.HasFan = false;
            byte[] buffer = new byte[GreenhouseConfig.StorageLayout.MaxRecordSize + 100];
            int length = config.Write(buffer, 100, 1);

            var copy = new GreenhouseConfig();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 100, length));
            Assert.Equal(config.Wifi.Password, copy.Wifi.Password);
            Assert.Equal(config.Note, copy.Note);
            Assert.Equal((short)-400, copy.VentThreshold);
            Assert.False(copy.HasFan);
        }

        [Fact]
        public void Long_and_byte_fields_round_trip()
        {
            var config = new SpiffsConfig { UptimeLimit = long.MaxValue - 1, Retries = 255 };
            byte[] buffer = new byte[SpiffsConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 1);
            var copy = new SpiffsConfig();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 0, length));
            Assert.Equal(long.MaxValue - 1, copy.UptimeLimit);
            Assert.Equal((byte)255, copy.Retries);
        }

        [Fact]
        public void Too_long_value_is_refused_with_the_field_named()
        {
            DeviceConfig config = SampleValues.DeviceA();
            config.PrimaryWifi.Ssid = new string('x', 33);
            var error = Assert.Throws<ArgumentException>(() => config.Write(new byte[DeviceConfig.StorageLayout.MaxRecordSize], 0, 1));
            Assert.Equal("wifi1_ssid", error.ParamName);

            config.PrimaryWifi.Ssid = new string('é', 17); // 17 chars but 34 bytes
            Assert.Throws<ArgumentException>(() => config.Write(new byte[DeviceConfig.StorageLayout.MaxRecordSize], 0, 1));
        }

        [Fact]
        public void Lone_surrogates_are_stored_as_replacement_characters()
        {
            DeviceConfig config = SampleValues.DeviceA();
            config.BoardName = "a\uD800b";
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 1);
            var copy = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 0, length));
            Assert.Equal("a\uFFFDb", copy.BoardName);
        }

        [Fact]
        public void A_small_buffer_is_refused_before_anything_is_written()
        {
            Assert.Throws<ArgumentException>(() => SampleValues.DeviceA().Write(new byte[100], 0, 1));
        }

        [Fact]
        public void Fixed_config_serializes_to_the_checked_in_golden_bytes()
        {
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = SampleValues.DeviceA().Write(buffer, 0, 0x01020304);
            string actual = Hex(buffer.AsSpan(0, length).ToArray());

            string golden = GoldenPath("DeviceConfig.v1.hex");
            if (Environment.GetEnvironmentVariable("BLYNKWM_ACCEPT_SNAPSHOTS") == "1")
            {
                File.WriteAllText(golden, actual);
            }

            string expected = File.Exists(golden) ? File.ReadAllText(golden) : "";
            if (expected != actual)
            {
                File.WriteAllText(Path.ChangeExtension(golden, ".received.txt"), actual);
            }

            Assert.True(expected == actual,
                "The stored format changed: every device in the field would lose its config on update. If this is intended, bump the format version and keep reading version 1.");
        }

        [Fact]
        public void Golden_bytes_read_back_into_the_fixed_config()
        {
            byte[] golden = Unhex(File.ReadAllText(GoldenPath("DeviceConfig.v1.hex")));
            var config = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, config.TryRead(golden, 0, golden.Length));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(config));
            Assert.Equal(0x01020304u, ConfigRecord.ReadSequence(golden, 0));
            Assert.Equal(Encoding.ASCII.GetBytes("BWMC"), golden.Take(4).ToArray());
        }

        [Fact]
        public void Every_single_bit_flip_is_detected_and_leaves_the_config_unchanged()
        {
            byte[] record = Record(SampleValues.DeviceA(), out int length);
            byte[] before = SampleValues.Fingerprint(SampleValues.DeviceB());
            int detected = 0;
            for (int bit = 0; bit < length * 8; bit++)
            {
                byte[] damaged = (byte[])record.Clone();
                damaged[bit / 8] ^= (byte)(1 << (bit % 8));
                DeviceConfig target = SampleValues.DeviceB();
                ConfigReadStatus status = target.TryRead(damaged, 0, length);
                Assert.NotEqual(ConfigReadStatus.Ok, status);
                Assert.Equal(before, SampleValues.Fingerprint(target));
                detected++;
            }

            Assert.Equal(length * 8, detected);
        }

        [Fact]
        public void Every_truncation_is_reported_as_truncated()
        {
            byte[] record = Record(SampleValues.DeviceA(), out int length);
            for (int count = 1; count < length; count++)
            {
                Assert.Equal(ConfigReadStatus.Truncated, new DeviceConfig().TryRead(record, 0, count));
            }
        }

        [Theory]
        [InlineData((byte)0xFF, ConfigReadStatus.Empty)]
        [InlineData((byte)0x00, ConfigReadStatus.Empty)]
        [InlineData((byte)0x5A, ConfigReadStatus.BadMagic)]
        public void Erased_and_foreign_bytes_are_told_apart(byte fill, ConfigReadStatus expected)
        {
            byte[] bytes = Enumerable.Repeat(fill, 200).ToArray();
            Assert.Equal(expected, new DeviceConfig().TryRead(bytes, 0, bytes.Length));
            Assert.Equal(ConfigReadStatus.Empty, new DeviceConfig().TryRead(bytes, 0, 0));
        }

        [Fact]
        public void The_seeds_header_is_bad_magic()
        {
            byte[] seed = new byte[376];
            Encoding.ASCII.GetBytes("SSL_ESP32").CopyTo(seed, 0);
            Assert.Equal(ConfigReadStatus.BadMagic, new DeviceConfig().TryRead(seed, 0, seed.Length));
        }

        [Fact]
        public void A_newer_format_version_is_too_new()
        {
            byte[] record = Record(SampleValues.DeviceA(), out int length);
            record[4] = 2;
            Assert.Equal(ConfigReadStatus.TooNew, new DeviceConfig().TryRead(record, 0, length));
        }

        [Fact]
        public void A_field_list_that_overruns_its_record_is_malformed_even_with_a_valid_crc()
        {
            byte[] buffer = new byte[64];
            int p = ConfigRecord.HeaderSize;
            p = FieldCodec.WriteBool(buffer, p, 1, true);
            buffer[p - 3] = 9; // the bool now claims 9 value bytes
            int length = ConfigRecord.Seal(buffer, 0, p, 0, 1);
            Assert.Equal(ConfigReadStatus.Malformed, new DeviceConfig().TryRead(buffer, 0, length));
        }

        [Fact]
        public void Write_allocates_nothing()
        {
            DeviceConfig config = SampleValues.DeviceA();
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            config.Write(buffer, 0, 1);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                config.Write(buffer, 0, (uint)i);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Theory]
        [InlineData(4)]
        [InlineData(3601)]
        public void Write_refuses_an_integer_outside_its_declared_range_naming_the_field(int seconds)
        {
            var config = new GreenhouseConfig { ReportIntervalSeconds = (ushort)seconds };
            byte[] buffer = new byte[GreenhouseConfig.StorageLayout.MaxRecordSize];
            var error = Assert.Throws<ArgumentException>(() => config.Write(buffer, 0, 1));
            Assert.Equal("interval_s", error.ParamName);

            // Through a store: nothing is written, the old copy stays, and the store still works.
            var files = new System.Collections.Generic.Dictionary<string, MemoryFile>();
            IConfigStore store = GreenhouseConfig.CreateStore(new PowerCutFileStore(files, new PowerBudget()));
            store.Save(new GreenhouseConfig { Note = "kept" });
            Assert.Throws<ArgumentException>(() => store.Save(config));
            var loaded = new GreenhouseConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Equal("kept", loaded.Note);
            config.ReportIntervalSeconds = 3600;
            store.Save(config);
            Assert.Equal(2u, store.CurrentSequence);
        }

        [Fact]
        public void Integers_at_the_ends_of_their_range_are_written()
        {
            var config = new GreenhouseConfig { ReportIntervalSeconds = 5, VentThreshold = 800 };
            byte[] buffer = new byte[GreenhouseConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 1);
            var copy = new GreenhouseConfig();
            Assert.Equal(ConfigReadStatus.Ok, copy.TryRead(buffer, 0, length));
            Assert.Equal((ushort)5, copy.ReportIntervalSeconds);
            Assert.Equal((short)800, copy.VentThreshold);
        }

        [Fact]
        public void Crc32_matches_the_ieee_check_value()
        {
            byte[] check = Encoding.ASCII.GetBytes("123456789");
            Assert.Equal(0xCBF43926u, Crc32.Compute(check, 0, check.Length));
        }

        [Fact]
        public void Field_tags_are_fnv1a_of_the_id()
        {
            Assert.Equal(0xE40C292Cu, FieldCodec.Tag("a"));
            Assert.Equal(Generators_Tag("wifi1_ssid"), FieldCodec.Tag("wifi1_ssid"));
        }

        private static uint Generators_Tag(string id)
        {
            uint hash = 2166136261u;
            foreach (byte b in Encoding.UTF8.GetBytes(id))
            {
                hash = unchecked((hash ^ b) * 16777619u);
            }

            return hash;
        }

        internal static byte[] Record(IStoredConfig config, out int length)
        {
            byte[] buffer = new byte[config.MaxRecordSize];
            length = config.Write(buffer, 0, 1);
            return buffer;
        }

        private static string GoldenPath(string name) =>
            BlynkWM.Tests.Shared.RepositoryRoot.Combine("tests", "BlynkWM.Runtime.Tests", "Golden", name);

        private static string Hex(byte[] bytes)
        {
            var text = new StringBuilder();
            for (int i = 0; i < bytes.Length; i += 32)
            {
                text.Append(Convert.ToHexString(bytes, i, Math.Min(32, bytes.Length - i)).ToLowerInvariant()).Append('\n');
            }

            return text.ToString();
        }

        private static byte[] Unhex(string text) => Convert.FromHexString(text.Replace("\n", "").Replace("\r", ""));
    }
}
