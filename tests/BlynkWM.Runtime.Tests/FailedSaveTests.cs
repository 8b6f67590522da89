using System;
using System.Linq;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// A save that fails part-way and a device that carries on with the same store instance (no reboot): a flash
    /// write error, or a brown-out the device survives. The store must not trust what it remembered of the medium.
    /// </summary>
    public class FailedSaveTests
    {
        private readonly ITestOutputHelper _output;

        public FailedSaveTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void After_an_io_error_at_any_step_the_same_store_behaves_as_a_rebooted_one_through_further_saves_and_cuts(string kind)
        {
            CampaignAssert.Clean(_output, kind, FaultCampaign.Run(SimulatedStorage.Named(kind), CampaignDensity.Dense, new[] { FaultKind.IoError, FaultKind.TornIoError }), morePointsThan: 5000);
        }

        [Fact]
        public void A_littlefs_copy_moved_away_by_a_failed_save_is_found_again_not_replaced_by_defaults()
        {
            // Cut right after the primary was moved to the backup: the newest copy is the complete temporary file.
            var files = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            var budget = new PowerBudget();
            var fileStore = new PowerCutFileStore(files, budget);
            var store = new LittleFsConfigStore(fileStore, "/cfg", DeviceConfig.StorageLayout.MaxRecordSize);
            store.Save(SampleValues.DeviceA());
            store.Save(SampleValues.DeviceA());
            Assert.Equal(ConfigReadStatus.Ok, store.Load(new DeviceConfig()));
            uint before = store.CurrentSequence;

            long steps = StepsToMove(SampleValues.DeviceB());
            var cutBudget = new PowerBudget(steps);
            var cutStore = new LittleFsConfigStore(new PowerCutFileStore(files, cutBudget), "/cfg", DeviceConfig.StorageLayout.MaxRecordSize);
            Assert.Equal(ConfigReadStatus.Ok, cutStore.Load(new DeviceConfig()));
            Assert.Throws<PowerCutException>(() => cutStore.Save(SampleValues.DeviceB()));
            cutBudget.Restore();
            Assert.False(files.ContainsKey("/cfg"));
            Assert.True(files.ContainsKey("/cfg.tmp"));

            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, cutStore.Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceB()), SampleValues.Fingerprint(loaded));
            Assert.Equal(before + 1, cutStore.CurrentSequence);

            cutStore.Save(SampleValues.DeviceA());
            Assert.Equal(before + 2, cutStore.CurrentSequence);
        }

        [Fact]
        public void Load_scans_again_when_the_file_it_chose_has_vanished()
        {
            var files = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            var fileStore = new PowerCutFileStore(files, new PowerBudget());
            var store = new LittleFsConfigStore(fileStore, "/cfg", DeviceConfig.StorageLayout.MaxRecordSize);
            store.Save(SampleValues.DeviceA());
            store.Save(SampleValues.DeviceB());

            // Something outside the store (another process, a recovery tool) removes the primary copy.
            fileStore.Delete("/cfg");
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(loaded));
            Assert.Equal(1u, store.CurrentSequence);
        }

        [Fact]
        public void An_eeprom_commit_error_leaves_the_store_consistent()
        {
            byte[] medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();
            var eeprom = new FailingByteStore(new PowerCutByteStore(medium, new PowerBudget()));
            IConfigStore store = DeviceConfig.CreateStore(eeprom);
            store.Save(SampleValues.DeviceA());

            eeprom.FailNextCommit = true;
            Assert.Throws<System.IO.IOException>(() => store.Save(SampleValues.DeviceB()));
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, store.Load(loaded));
            Assert.Contains(SampleValues.Fingerprint(loaded), new[] { SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(SampleValues.DeviceB()) });

            store.Save(SampleValues.DeviceB());
            Assert.Equal(MediumInspector.NewestSequence(medium), store.CurrentSequence);
            Assert.True(ConfigRecord.IsNewer(store.CurrentSequence, 1));
        }

        /// <summary>LittleFS steps of a save over two existing copies up to and including moving the primary to the backup.</summary>
        private static long StepsToMove(DeviceConfig config)
        {
            // Create .tmp (1) and its bytes, delete .bak (1), move primary to .bak (1).
            return 1 + SampleValues.Fingerprint(config).Length + 1 + 1;
        }

        /// <summary>An EEPROM port whose commit can be made to fail once, before anything reaches the medium.</summary>
        private sealed class FailingByteStore : IByteStore
        {
            private readonly IByteStore _inner;

            public FailingByteStore(IByteStore inner)
            {
                _inner = inner;
            }

            public bool FailNextCommit { get; set; }

            public int Size => _inner.Size;

            public void Read(int address, byte[] buffer, int offset, int count) => _inner.Read(address, buffer, offset, count);

            public void Write(int address, byte[] buffer, int offset, int count) => _inner.Write(address, buffer, offset, count);

            public void Commit()
            {
                if (FailNextCommit)
                {
                    FailNextCommit = false;
                    throw new System.IO.IOException("flash write failed");
                }

                _inner.Commit();
            }

            public void Reload() => _inner.Reload();
        }
    }
}
