using System;
using System.Collections.Generic;
using System.Linq;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.TestSupport;
using Xunit;
using Xunit.Abstractions;

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
        public void After_a_failed_save_the_same_store_loads_the_old_or_new_config_and_saves_above_every_sequence(string kind)
        {
            SimulatedStorage storage = Array.Find(SimulatedStorage.All, s => s.Name == kind)!;
            byte[] a = SampleValues.Fingerprint(SampleValues.DeviceA());
            byte[] b = SampleValues.Fingerprint(SampleValues.DeviceB());

            // Two earlier saves, so that both copies exist and the sequence numbers mean something.
            object withA = storage.NewMedium();
            IConfigStore setup = storage.Boot(withA, new PowerBudget());
            setup.Save(SampleValues.DeviceA());
            setup.Save(SampleValues.DeviceA());
            long steps = StepsToSave(storage, withA, SampleValues.DeviceB());

            var failures = new List<string>();
            for (long cut = 0; cut <= steps; cut++)
            {
                object medium = storage.Clone(withA);
                var budget = new PowerBudget(cut);
                IConfigStore store = storage.Boot(medium, budget);

                // The device loaded its config at boot, so the store has scanned the medium before the save.
                Assert.Equal(ConfigReadStatus.Ok, store.Load(new DeviceConfig()));
                bool completed = TrySave(store, SampleValues.DeviceB());
                budget.Restore();

                string where = kind + " save failed after step " + cut + " of " + steps;
                var loaded = new DeviceConfig();
                ConfigReadStatus status = store.Load(loaded);
                byte[] loadedBytes = SampleValues.Fingerprint(loaded);
                if (status != ConfigReadStatus.Ok)
                {
                    failures.Add(where + ": the same store loaded nothing (" + status + ")");
                    continue;
                }

                bool isA = loadedBytes.AsSpan().SequenceEqual(a);
                bool isB = loadedBytes.AsSpan().SequenceEqual(b);
                if (!(isA || isB) || (completed && !isB))
                {
                    failures.Add(where + ": the same store loaded " + (isA ? "the old config after a completed save" : "neither the old nor the new config"));
                    continue;
                }

                CheckNextSave(storage, store, medium, where, failures);
            }

            _output.WriteLine(kind + ": " + (steps + 1) + " failure points, " + failures.Count + " failures");
            Assert.True(steps > 100, "too few steps: " + steps);
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void After_a_failed_first_save_the_same_store_loads_the_new_config_or_what_a_reboot_would(string kind)
        {
            // The EEPROM image in RAM may be ahead of the medium (a commit cut short), so the same store can load the
            // new config where a rebooted device finds nothing; it must never find nothing where a reboot would find it.
            SimulatedStorage storage = Array.Find(SimulatedStorage.All, s => s.Name == kind)!;
            byte[] b = SampleValues.Fingerprint(SampleValues.DeviceB());
            object empty = storage.NewMedium();
            long steps = StepsToSave(storage, empty, SampleValues.DeviceB());

            var failures = new List<string>();
            for (long cut = 0; cut <= steps; cut++)
            {
                object medium = storage.Clone(empty);
                var budget = new PowerBudget(cut);
                IConfigStore store = storage.Boot(medium, budget);
                Assert.Equal(ConfigReadStatus.Empty, store.Load(new DeviceConfig()));
                TrySave(store, SampleValues.DeviceB());
                budget.Restore();

                string where = kind + " first save failed after step " + cut + " of " + steps;
                var sameStore = new DeviceConfig();
                ConfigReadStatus sameStatus = store.Load(sameStore);
                var rebooted = new DeviceConfig();
                ConfigReadStatus rebootedStatus = storage.Boot(storage.Clone(medium), new PowerBudget()).Load(rebooted);
                if (sameStatus == ConfigReadStatus.Ok ? !SampleValues.Fingerprint(sameStore).AsSpan().SequenceEqual(b) : rebootedStatus == ConfigReadStatus.Ok)
                {
                    failures.Add(where + ": the same store loaded " + sameStatus + ", a rebooted one " + rebootedStatus);
                    continue;
                }

                CheckNextSave(storage, store, medium, where, failures);
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
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
            Assert.Equal(MaxSequence(medium), store.CurrentSequence);
            Assert.True(ConfigRecord.IsNewer(store.CurrentSequence, 1));
        }

        private static void CheckNextSave(SimulatedStorage storage, IConfigStore store, object medium, string where, List<string> failures)
        {
            uint? newestBefore = MaxSequence(medium);
            var c = SampleValues.DeviceA();
            c.BoardName = "after-the-failure";
            try
            {
                store.Save(c);
            }
            catch (Exception e)
            {
                failures.Add(where + ": the next save threw " + e.GetType().Name + ": " + e.Message);
                return;
            }

            uint saved = store.CurrentSequence;
            if (newestBefore is uint n && !ConfigRecord.IsNewer(saved, n))
            {
                failures.Add(where + ": the next save got sequence " + saved + " but the medium already held " + n);
                return;
            }

            if (Sequences(medium).Count(s => s == saved) != 1 || MaxSequence(medium) != saved)
            {
                failures.Add(where + ": after the next save its sequence " + saved + " is not the unique newest on the medium");
                return;
            }

            var rebooted = new DeviceConfig();
            ConfigReadStatus status = storage.Boot(storage.Clone(medium), new PowerBudget()).Load(rebooted);
            if (status != ConfigReadStatus.Ok || !SampleValues.Fingerprint(rebooted).AsSpan().SequenceEqual(SampleValues.Fingerprint(c)))
            {
                failures.Add(where + ": after the next save a reboot loaded " + status + " and not the saved config");
            }
        }

        /// <summary>The sequence numbers of every intact record on the medium (EEPROM slots or files).</summary>
        private static List<uint> Sequences(object medium)
        {
            var sequences = new List<uint>();
            if (medium is byte[] bytes)
            {
                foreach (int address in new[] { DeviceConfig.StorageLayout.SlotAAddress, DeviceConfig.StorageLayout.SlotBAddress })
                {
                    byte[] slot = bytes.AsSpan(address, DeviceConfig.StorageLayout.SlotSize).ToArray();
                    if (ConfigRecord.Check(slot, 0, slot.Length, out _, out _) == ConfigReadStatus.Ok)
                    {
                        sequences.Add(ConfigRecord.ReadSequence(slot, 0));
                    }
                }
            }
            else
            {
                foreach (MemoryFile file in ((Dictionary<string, MemoryFile>)medium).Values)
                {
                    byte[] data = file.Data.AsSpan(0, file.Length).ToArray();
                    if (ConfigRecord.Check(data, 0, data.Length, out _, out _) == ConfigReadStatus.Ok)
                    {
                        sequences.Add(ConfigRecord.ReadSequence(data, 0));
                    }
                }
            }

            return sequences;
        }

        private static uint? MaxSequence(object medium)
        {
            uint? newest = null;
            foreach (uint s in Sequences(medium))
            {
                if (newest is not uint n || ConfigRecord.IsNewer(s, n))
                {
                    newest = s;
                }
            }

            return newest;
        }

        private static bool TrySave(IConfigStore store, DeviceConfig config)
        {
            try
            {
                store.Save(config);
                return true;
            }
            catch (PowerCutException)
            {
                return false;
            }
        }

        private static long StepsToSave(SimulatedStorage storage, object medium, DeviceConfig config)
        {
            var budget = new PowerBudget();
            storage.Boot(storage.Clone(medium), budget).Save(config);
            return budget.Spent;
        }

        /// <summary>LittleFS steps of a save over two existing copies up to and including moving the primary to the backup.</summary>
        private static long StepsToMove(DeviceConfig config)
        {
            // Delete .tmp (absent: free), create .tmp (1) and its bytes, delete .bak (1), move primary to .bak (1).
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
        }
    }
}
