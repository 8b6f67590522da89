using System;
using System.Linq;
using BlynkWM.Host.Storage;

namespace BlynkWM.Runtime.Tests
{
    public class StoreTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "blynkwm-tests-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public void Eeprom_saves_alternate_slots_and_load_takes_the_newest()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            IConfigStore store = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            var config = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Empty, store.Load(config));

            store.Save(SampleValues.DeviceA());
            Assert.Equal((byte)'B', medium[DeviceConfig.StorageLayout.SlotAAddress]);
            Assert.Equal((byte)0xFF, medium[DeviceConfig.StorageLayout.SlotBAddress]);
            store.Save(SampleValues.DeviceB());
            Assert.Equal((byte)'B', medium[DeviceConfig.StorageLayout.SlotBAddress]);
            Assert.Equal(2u, store.CurrentSequence);

            IConfigStore rebooted = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            Assert.Equal(ConfigReadStatus.Ok, rebooted.Load(config));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceB()), SampleValues.Fingerprint(config));
            Assert.Equal(2u, rebooted.CurrentSequence);
        }

        [Fact]
        public void A_damaged_newest_slot_falls_back_to_the_previous_config()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            IConfigStore store = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            store.Save(SampleValues.DeviceA());
            store.Save(SampleValues.DeviceB());
            medium[DeviceConfig.StorageLayout.SlotBAddress + 40] ^= 0x10;

            var config = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Load(config));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(config));
        }

        [Fact]
        public void When_every_copy_is_damaged_load_reports_why_and_returns_defaults()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            IConfigStore store = DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget()));
            store.Save(SampleValues.DeviceA());
            medium[DeviceConfig.StorageLayout.SlotAAddress + 30] ^= 1;

            DeviceConfig config = SampleValues.DeviceB();
            Assert.Equal(ConfigReadStatus.BadCrc, DeviceConfig.CreateStore(new PowerCutByteStore(medium, new PowerBudget())).Load(config));
            Assert.Equal(SampleValues.Fingerprint(new DeviceConfig()), SampleValues.Fingerprint(config));
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void Erase_leaves_only_a_marker_and_the_next_save_numbers_above_it(string kind)
        {
            SimulatedStorage storage = SimulatedStorage.Named(kind);
            object medium = storage.NewMedium();
            IConfigStore store = storage.Boot(medium, new PowerBudget());
            store.Save(SampleValues.DeviceA());
            store.Save(SampleValues.DeviceB());
            store.Erase();
            Assert.Equal(3u, store.CurrentSequence);
            Assert.Equal(ConfigReadStatus.Empty, store.Load(new DeviceConfig()));

            // Nothing of either config is left on the medium: only the marker, whatever the slot or file held before.
            Assert.Equal(new uint[] { 3 }, MediumInspector.Sequences(medium, markers: true));
            Assert.Empty(MediumInspector.Sequences(medium, markers: false));
            Assert.Equal(EraseMarker.Size, MediumInspector.UsedBytes(medium));

            IConfigStore rebooted = storage.Boot(medium, new PowerBudget());
            DeviceConfig config = SampleValues.DeviceA();
            Assert.Equal(ConfigReadStatus.Empty, rebooted.Load(config));
            Assert.Equal(SampleValues.Fingerprint(new DeviceConfig()), SampleValues.Fingerprint(config));
            Assert.Equal(3u, rebooted.CurrentSequence);
            rebooted.Save(SampleValues.DeviceB());
            Assert.Equal(4u, rebooted.CurrentSequence);
            Assert.Equal(ConfigReadStatus.Ok, storage.Boot(medium, new PowerBudget()).Load(config));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceB()), SampleValues.Fingerprint(config));
        }

        [Fact]
        public void Small_records_never_touch_the_config_bytes()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var eeprom = new PowerCutByteStore(medium, new PowerBudget());
            DeviceConfig.CreateStore(eeprom).Save(SampleValues.DeviceA());
            byte[] slots = medium.Skip(DeviceConfig.StorageLayout.SlotAAddress).ToArray();

            ISmallRecord reset = DeviceConfig.CreateResetRecord(eeprom);
            ISmallRecord portal = DeviceConfig.CreatePortalFlagRecord(eeprom);
            Assert.False(reset.TryRead(out _));
            Assert.False(DeviceConfig.CreateResetRecord(new PowerCutByteStore(new byte[4096], new PowerBudget())).TryRead(out _));
            reset.Write(3);
            portal.Write(0xDEADBEEF);
            Assert.True(reset.TryRead(out uint count));
            Assert.Equal(3u, count);
            Assert.True(portal.TryRead(out uint flag));
            Assert.Equal(0xDEADBEEFu, flag);
            reset.Clear();
            Assert.False(reset.TryRead(out _));

            Assert.Equal(slots, medium.Skip(DeviceConfig.StorageLayout.SlotAAddress).ToArray());
        }

        [Fact]
        public void A_torn_small_record_reads_as_absent()
        {
            var files = new Dictionary<string, MemoryFile>();
            var record = new FileSmallRecord(new PowerCutFileStore(files, new PowerBudget()), "/flag");
            record.Write(1);
            files["/flag"].Length = 5;
            Assert.False(record.TryRead(out _));
        }

        [Fact]
        public void Littlefs_keeps_a_backup_and_never_renames_over_a_file()
        {
            var files = new Dictionary<string, MemoryFile>();
            var store = GreenhouseConfig.CreateStore(new PowerCutFileStore(files, new PowerBudget()));
            var config = new GreenhouseConfig { Note = "one" };
            store.Save(config);
            config.Note = "two";
            store.Save(config);

            Assert.Equal(new[] { "/blynkwm/greenhouse.cfg", "/blynkwm/greenhouse.cfg.bak" }, files.Keys.OrderBy(k => k, StringComparer.Ordinal));
            var loaded = new GreenhouseConfig();
            Assert.Equal(ConfigReadStatus.Ok, GreenhouseConfig.CreateStore(new PowerCutFileStore(files, new PowerBudget())).Load(loaded));
            Assert.Equal("two", loaded.Note);
        }

        [Fact]
        public void Spiffs_alternates_two_flat_files()
        {
            var files = new Dictionary<string, MemoryFile>();
            var store = SpiffsConfig.CreateStore(new PowerCutFileStore(files, new PowerBudget()));
            store.Save(new SpiffsConfig { Retries = 1 });
            store.Save(new SpiffsConfig { Retries = 2 });
            store.Save(new SpiffsConfig { Retries = 3 });
            Assert.Equal(new[] { "/wm_config.a", "/wm_config.b" }, files.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.All(files.Keys, k => Assert.True(k.Length <= 31));
            var loaded = new SpiffsConfig();
            SpiffsConfig.CreateStore(new PowerCutFileStore(files, new PowerBudget())).Load(loaded);
            Assert.Equal((byte)3, loaded.Retries);
        }

        [Fact]
        public void Spiffs_refuses_directories_and_long_names()
        {
            var files = new PowerCutFileStore(new Dictionary<string, MemoryFile>(), new PowerBudget());
            Assert.Throws<ArgumentException>(() => new SpiffsConfigStore(files, "/dir/name", 100));
            Assert.Throws<ArgumentException>(() => new SpiffsConfigStore(files, "/" + new string('n', 29), 100));
        }

        [Fact]
        public void Host_image_file_persists_across_reboots()
        {
            string image = Path.Combine(_folder, "eeprom.bin");
            using (var eeprom = new ImageFileByteStore(image, DeviceConfig.StorageLayout.StoreCapacity))
            {
                Assert.All(File.ReadAllBytes(image), b => Assert.Equal(0xFF, b));
                DeviceConfig.CreateStore(eeprom).Save(SampleValues.DeviceA());
            }

            Assert.Equal(DeviceConfig.StorageLayout.StoreCapacity, new FileInfo(image).Length);
            using (var eeprom = new ImageFileByteStore(image, DeviceConfig.StorageLayout.StoreCapacity))
            {
                var config = new DeviceConfig();
                Assert.Equal(ConfigReadStatus.Ok, DeviceConfig.CreateStore(eeprom).Load(config));
                Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(config));
            }
        }

        [Fact]
        public void Host_directory_store_has_device_semantics()
        {
            var files = new DirectoryFileStore(_folder);
            byte[] data = { 1, 2, 3 };
            files.Write("/x/a.bin", data, 0, 3);
            files.Write("/x/b.bin", data, 0, 2);
            Assert.Throws<IOException>(() => files.Move("/x/a.bin", "/x/b.bin"));
            Assert.Equal(-1, files.Read("/missing", data, 0, 3));
            Assert.Throws<ArgumentException>(() => files.Read("/../escape", data, 0, 3));
            files.Delete("/x/b.bin");
            files.Move("/x/a.bin", "/x/b.bin");
            Assert.Equal(3, files.Read("/x/b.bin", new byte[10], 0, 10));

            var store = GreenhouseConfig.CreateStore(files);
            store.Save(new GreenhouseConfig { Note = "on disk" });
            var loaded = new GreenhouseConfig();
            Assert.Equal(ConfigReadStatus.Ok, GreenhouseConfig.CreateStore(new DirectoryFileStore(_folder)).Load(loaded));
            Assert.Equal("on disk", loaded.Note);
        }
    }
}
