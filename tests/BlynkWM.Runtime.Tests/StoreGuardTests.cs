using System;
using System.Linq;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// What the stores refuse and what they defend against beyond the fault model: slots that overlap or leave the
    /// store, configs too big for their slot, ports that break their contract (a short write that returns normally, a
    /// reload that fails), and the erase marker's own integrity.
    /// </summary>
    public class StoreGuardTests
    {
        private const int Capacity = 256;

        [Theory]
        [InlineData(0, 20, 20)]     // adjacent
        [InlineData(40, 0, 40)]     // B before A
        [InlineData(0, 236, 20)]    // B ends at the end of the store
        [InlineData(236, 0, 20)]    // A ends at the end of the store
        [InlineData(0, 128, 128)]   // the two slots fill the store
        public void Disjoint_slots_inside_the_store_are_accepted(int a, int b, int size)
        {
            var store = new EepromConfigStore(new PowerCutByteStore(new byte[Capacity], new PowerBudget()), a, b, size);
            Assert.Equal(0u, store.CurrentSequence);
        }

        [Theory]
        [InlineData(0, 19, 20)]     // B starts inside A
        [InlineData(19, 0, 20)]     // A starts inside B
        [InlineData(10, 10, 20)]    // the same slot
        [InlineData(0, 237, 20)]    // B runs past the end
        [InlineData(237, 0, 20)]    // A runs past the end
        [InlineData(-1, 100, 20)]
        [InlineData(100, -1, 20)]
        [InlineData(0, 100, ConfigRecord.Overhead - 1)] // too small for any record
        public void Slots_that_overlap_leave_the_store_or_hold_no_record_are_refused(int a, int b, int size)
        {
            Assert.Throws<ArgumentException>(() => new EepromConfigStore(new PowerCutByteStore(new byte[Capacity], new PowerBudget()), a, b, size));
        }

        [Fact]
        public void A_store_needs_a_port()
        {
            Assert.Throws<ArgumentNullException>(() => new EepromConfigStore(null!, 0, 100, 100));
            Assert.Throws<ArgumentNullException>(() => new LittleFsConfigStore(null!, "/cfg", 100));
        }

        [Theory]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_file_store_holds_at_least_a_header_and_crc(string kind)
        {
            var files = new PowerCutFileStore(new Dictionary<string, MemoryFile>(StringComparer.Ordinal), new PowerBudget());
            ArgumentException tooSmall = Assert.Throws<ArgumentException>(() => FileStore(kind, files, ConfigRecord.Overhead - 1));
            Assert.Equal("maxRecordSize", tooSmall.ParamName);
            Assert.Contains("header and CRC", tooSmall.Message);

            // The smallest store holds an erase marker.
            IConfigStore smallest = FileStore(kind, files, ConfigRecord.Overhead);
            smallest.Erase();
            Assert.Equal(ConfigReadStatus.Empty, smallest.Load(new DeviceConfig()));
            Assert.Equal(1u, smallest.CurrentSequence);
        }

        [Fact]
        public void A_config_larger_than_its_eeprom_slot_is_refused_and_nothing_is_written()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, Capacity * 8).ToArray();
            var budget = new PowerBudget();
            int slot = DeviceConfig.StorageLayout.MaxRecordSize - 1;
            var store = new EepromConfigStore(new PowerCutByteStore(medium, budget), 0, slot, slot);
            Assert.Throws<ArgumentException>(() => store.Save(SampleValues.DeviceA()));
            Assert.Equal(0, budget.Spent);

            // One byte more and it fits.
            var fits = new EepromConfigStore(new PowerCutByteStore(medium, budget), 0, slot + 1, slot + 1);
            fits.Save(SampleValues.DeviceA());
            Assert.Equal(1u, fits.CurrentSequence);
        }

        [Theory]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_config_larger_than_a_file_store_was_made_for_is_refused_and_nothing_is_written(string kind)
        {
            var files = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            var budget = new PowerBudget();
            IConfigStore tooSmall = FileStore(kind, new PowerCutFileStore(files, budget), DeviceConfig.StorageLayout.MaxRecordSize - 1);
            Assert.Throws<ArgumentException>(() => tooSmall.Save(SampleValues.DeviceA()));
            Assert.Equal(0, budget.Spent);

            FileStore(kind, new PowerCutFileStore(files, budget), DeviceConfig.StorageLayout.MaxRecordSize).Save(SampleValues.DeviceA());
            Assert.NotEmpty(files);
        }

        [Theory]
        [InlineData("littlefs", false)]
        [InlineData("spiffs", false)]
        [InlineData("littlefs", true)]
        [InlineData("spiffs", true)]
        public void A_write_that_returns_but_stored_less_fails_the_save_or_erase_and_keeps_the_config(string kind, bool erase)
        {
            var files = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            var port = new ShortWritingFileStore(new PowerCutFileStore(files, new PowerBudget()));
            IConfigStore store = FileStore(kind, port, DeviceConfig.StorageLayout.MaxRecordSize);
            store.Save(SampleValues.DeviceA());

            port.DropLastByte = true;
            IOException e = Assert.Throws<IOException>(() =>
            {
                if (erase)
                {
                    store.Erase();
                }
                else
                {
                    store.Save(SampleValues.DeviceB());
                }
            });
            Assert.Contains("read back", e.Message);

            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(loaded));
            Assert.Equal(1u, store.CurrentSequence);

            port.DropLastByte = false;
            store.Save(SampleValues.DeviceB());
            Assert.Equal(ConfigReadStatus.Ok, FileStore(kind, new PowerCutFileStore(files, new PowerBudget()), DeviceConfig.StorageLayout.MaxRecordSize).Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceB()), SampleValues.Fingerprint(loaded));
        }

        [Fact]
        public void After_a_failed_commit_whose_reload_also_fails_the_next_load_reloads_before_it_reads()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var budget = new PowerBudget();
            var port = new UnreliableReloads(new PowerCutByteStore(medium, budget));
            IConfigStore store = DeviceConfig.CreateStore(port);
            store.Save(SampleValues.DeviceA());

            // The commit fails before the last byte of the new copy, and so does the reload that follows it.
            budget.Schedule(StepsToSave(medium, SampleValues.DeviceB()) - 1, FaultKind.IoError);
            port.FailedReloads = 1;
            Assert.Throws<IOException>(() => store.Save(SampleValues.DeviceB()));
            Assert.Equal(1, port.Reloads);

            // The image still holds the whole new copy; the medium does not. A second failure reaches the caller.
            port.FailedReloads = 1;
            Assert.Throws<IOException>(() => store.Load(new DeviceConfig()));
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Equal(3, port.Reloads);
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(loaded));

            // Once reloaded, the store does not reload again.
            store.Load(loaded);
            Assert.Equal(3, port.Reloads);
        }

        [Fact]
        public void A_config_the_schema_refuses_touches_neither_the_store_nor_its_image()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var budget = new PowerBudget();
            var port = new UnreliableReloads(new PowerCutByteStore(medium, budget));
            IConfigStore store = DeviceConfig.CreateStore(port);
            store.Save(SampleValues.DeviceA());
            long spent = budget.Spent;

            DeviceConfig tooLong = SampleValues.DeviceB();
            tooLong.BoardName = new string('x', 25);
            Assert.Throws<ArgumentException>(() => store.Save(tooLong));
            Assert.Equal(spent, budget.Spent);
            Assert.Equal(0, port.Reloads);
            Assert.Equal(1u, store.CurrentSequence);
            store.Save(SampleValues.DeviceB());
            Assert.Equal(2u, store.CurrentSequence);
        }

        [Fact]
        public void A_small_record_whose_reload_fails_reloads_before_its_next_read()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var budget = new PowerBudget();
            var port = new UnreliableReloads(new PowerCutByteStore(medium, budget));
            ISmallRecord record = DeviceConfig.CreatePortalFlagRecord(port);
            record.Write(1);

            budget.Schedule(0, FaultKind.IoError);
            port.FailedReloads = 1;
            Assert.Throws<IOException>(() => record.Write(2));
            Assert.True(record.TryRead(out uint value));
            Assert.Equal(1u, value);
            Assert.Equal(2, port.Reloads);
            Assert.True(record.TryRead(out value));
            Assert.Equal(2, port.Reloads);

            // A failure whose reload works leaves nothing to reload later.
            budget.Schedule(0, FaultKind.IoError);
            Assert.Throws<IOException>(() => record.Clear());
            Assert.Equal(3, port.Reloads);
            Assert.True(record.TryRead(out value));
            Assert.Equal(1u, value);
            Assert.Equal(3, port.Reloads);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(Capacity - SmallRecordFormat.Size + 1)]
        public void A_small_record_outside_the_store_is_refused(int address)
        {
            Assert.Throws<ArgumentException>(() => new EepromSmallRecord(new PowerCutByteStore(new byte[Capacity], new PowerBudget()), address));
        }

        [Fact]
        public void A_small_record_may_end_at_the_end_of_the_store()
        {
            byte[] medium = new byte[Capacity];
            var record = new EepromSmallRecord(new PowerCutByteStore(medium, new PowerBudget()), Capacity - SmallRecordFormat.Size);
            record.Write(42);
            Assert.True(new EepromSmallRecord(new PowerCutByteStore(medium, new PowerBudget()), Capacity - SmallRecordFormat.Size).TryRead(out uint value));
            Assert.Equal(42u, value);
        }

        [Fact]
        public void An_erase_marker_round_trips_and_is_never_a_config()
        {
            byte[] marker = new byte[EraseMarker.Size + 4];
            Assert.Equal(EraseMarker.Size, EraseMarker.Write(marker, 2, 0x01020304));
            Assert.True(EraseMarker.Check(marker, 2, EraseMarker.Size));
            Assert.False(EraseMarker.Check(marker, 2, EraseMarker.Size - 1));
            Assert.Equal(0x01020304u, ConfigRecord.ReadSequence(marker, 2));
            Assert.Equal(ConfigReadStatus.BadMagic, ConfigRecord.Check(marker, 2, EraseMarker.Size, out _, out _));
            Assert.Equal("BWME", System.Text.Encoding.ASCII.GetString(marker, 2, 4));
        }

        [Fact]
        public void An_erase_marker_has_fixed_bytes_whatever_the_buffer_held()
        {
            byte[] marker = Enumerable.Repeat((byte)0xAA, EraseMarker.Size).ToArray();
            EraseMarker.Write(marker, 0, 0x0A0B0C0D);
            byte[] header = { (byte)'B', (byte)'W', (byte)'M', (byte)'E', 1, 0, 0, 0, 0, 0, 0, 0, 0x0D, 0x0C, 0x0B, 0x0A };
            Assert.Equal(header, marker.Take(ConfigRecord.HeaderSize));
            Assert.Equal(Crc32.Compute(header, 0, header.Length), LittleEndian.ReadUInt32(marker, ConfigRecord.HeaderSize));
        }

        [Fact]
        public void Every_single_bit_flip_of_an_erase_marker_is_detected()
        {
            byte[] marker = new byte[EraseMarker.Size];
            EraseMarker.Write(marker, 0, 7);
            for (int bit = 0; bit < marker.Length * 8; bit++)
            {
                marker[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.False(EraseMarker.Check(marker, 0, marker.Length), "bit " + bit);
                marker[bit / 8] ^= (byte)(1 << (bit % 8));
            }
        }

        [Theory]
        [InlineData(0, (byte)'X')]
        [InlineData(1, (byte)'X')]
        [InlineData(2, (byte)'X')]
        [InlineData(3, (byte)'C')]  // a config record with no fields has exactly a marker's layout
        [InlineData(4, (byte)2)]    // another format version
        [InlineData(6, (byte)1)]    // a field list
        public void A_marker_look_alike_with_a_valid_crc_is_not_a_marker(int index, byte value)
        {
            byte[] bytes = new byte[EraseMarker.Size];
            EraseMarker.Write(bytes, 0, 7);
            bytes[index] = value;
            LittleEndian.WriteUInt32(bytes, ConfigRecord.HeaderSize, Crc32.Compute(bytes, 0, ConfigRecord.HeaderSize));
            Assert.False(EraseMarker.Check(bytes, 0, bytes.Length));
        }

        [Fact]
        public void An_erase_outranks_a_torn_later_save_and_an_intact_earlier_config()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            IConfigStore store = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            store.Save(SampleValues.DeviceA());
            store.Erase();

            // A save after the erase, cut half-way: its slot is torn, the marker is the newest intact copy.
            long steps = StepsToSave(medium, SampleValues.DeviceB());
            Assert.Throws<PowerCutException>(() => DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget(steps / 2))).Save(SampleValues.DeviceB()));
            var loaded = SampleValues.DeviceB();
            IConfigStore rebooted = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            Assert.Equal(ConfigReadStatus.Empty, rebooted.Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(new DeviceConfig()), SampleValues.Fingerprint(loaded));
            Assert.Equal(2u, rebooted.CurrentSequence);

            // An older config copied back over the torn slot by something else still loses to the marker.
            byte[] older = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = SampleValues.DeviceA().Write(older, 0, 1);
            Array.Copy(older, 0, medium, DeviceConfig.StorageLayout.SlotAAddress, length);
            Assert.Equal(ConfigReadStatus.Empty, DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Load(loaded));
        }

        [Fact]
        public void An_eeprom_load_looks_again_when_the_slot_it_chose_has_changed()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var eeprom = new PowerCutByteStore(medium, new PowerBudget());
            IConfigStore store = DeviceConfig.CreateStore(eeprom);
            store.Save(SampleValues.DeviceA());
            store.Save(SampleValues.DeviceB());

            // Another user of the same port damages the newest copy.
            eeprom.Write(DeviceConfig.StorageLayout.SlotBAddress + 30, new byte[] { 0x00 }, 0, 1);
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(loaded));
            Assert.Equal(1u, store.CurrentSequence);
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_record_the_config_refuses_although_it_is_intact_loads_as_defaults(string kind)
        {
            // IStoredConfig.TryRead may refuse more than ConfigRecord.Check does (here: every record) and then leaves the
            // config as it was; IConfigStore.Load promises defaults whenever it does not return Ok.
            SimulatedStorage storage = SimulatedStorage.Named(kind);
            object medium = storage.NewMedium();
            storage.Boot(medium, new PowerBudget()).Save(new RefusingConfig());

            var config = new RefusingConfig { Value = 7 };
            Assert.Equal(ConfigReadStatus.Malformed, storage.Boot(medium, new PowerBudget()).Load(config));
            Assert.Equal(0, config.Value);
        }

        [Theory]
        [InlineData("littlefs", "/cfg")]
        [InlineData("spiffs", "/cfg.a")]
        [InlineData("littlefs", "/cfg.bak")]
        public void A_file_that_fills_the_read_buffer_with_no_known_header_reads_as_bad_magic(string kind, string path)
        {
            const int maxRecordSize = 128;
            var files = new PowerCutFileStore(new Dictionary<string, MemoryFile>(StringComparer.Ordinal), new PowerBudget());
            foreach (int length in new[] { maxRecordSize, maxRecordSize + 40 })
            {
                byte[] garbage = Enumerable.Repeat((byte)'X', length).ToArray();
                files.Write(path, garbage, 0, garbage.Length);
                var loaded = new DeviceConfig();
                Assert.Equal(ConfigReadStatus.BadMagic, FileStore(kind, files, maxRecordSize).Load(loaded));
                Assert.Equal(SampleValues.Fingerprint(new DeviceConfig()), SampleValues.Fingerprint(loaded));
            }
        }

        private static IConfigStore FileStore(string kind, IFileStore files, int maxRecordSize) =>
            kind == "littlefs" ? new LittleFsConfigStore(files, "/cfg", maxRecordSize) : new SpiffsConfigStore(files, "/cfg", maxRecordSize);

        private static long StepsToSave(byte[] medium, DeviceConfig config)
        {
            var budget = new PowerBudget();
            DeviceConfig.CreateStore(new PowerCutByteStore((byte[])medium.Clone(), budget)).Save(config);
            return budget.Spent;
        }

        /// <summary>A config with one value whose TryRead refuses every record, intact or not, as a stricter schema might.</summary>
        private sealed class RefusingConfig : IStoredConfig
        {
            public int Value { get; set; }

            public int MaxRecordSize => ConfigRecord.Overhead;

            public int Write(byte[] buffer, int offset, uint sequence) =>
                ConfigRecord.Seal(buffer, offset, offset + ConfigRecord.HeaderSize, 0, sequence);

            public ConfigReadStatus TryRead(byte[] buffer, int offset, int count)
            {
                ConfigReadStatus status = ConfigRecord.Check(buffer, offset, count, out _, out _);
                return status == ConfigReadStatus.Ok ? ConfigReadStatus.Malformed : status;
            }

            public void ResetToDefaults() => Value = 0;
        }

        /// <summary>A file port that breaks its contract: a write returns normally but stores one byte less.</summary>
        private sealed class ShortWritingFileStore : IFileStore
        {
            private readonly IFileStore _inner;

            public ShortWritingFileStore(IFileStore inner) => _inner = inner;

            public bool DropLastByte { get; set; }

            public bool Exists(string path) => _inner.Exists(path);

            public int Read(string path, byte[] buffer, int offset, int count) => _inner.Read(path, buffer, offset, count);

            public void Write(string path, byte[] buffer, int offset, int count) => _inner.Write(path, buffer, offset, DropLastByte ? count - 1 : count);

            public void Delete(string path) => _inner.Delete(path);

            public void Move(string sourcePath, string destinationPath) => _inner.Move(sourcePath, destinationPath);
        }

        /// <summary>An EEPROM port whose reloads can be made to fail, counting them.</summary>
        private sealed class UnreliableReloads : IByteStore
        {
            private readonly IByteStore _inner;

            public UnreliableReloads(IByteStore inner) => _inner = inner;

            public int FailedReloads { get; set; }

            public int Reloads { get; private set; }

            public int Size => _inner.Size;

            public void Read(int address, byte[] buffer, int offset, int count) => _inner.Read(address, buffer, offset, count);

            public void Write(int address, byte[] buffer, int offset, int count) => _inner.Write(address, buffer, offset, count);

            public void Commit() => _inner.Commit();

            public void Reload()
            {
                Reloads++;
                if (FailedReloads > 0)
                {
                    FailedReloads--;
                    throw new IOException("Simulated read error.");
                }

                _inner.Reload();
            }
        }
    }
}
