using System;
using System.Collections.Generic;
using System.Linq;
using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>One storage kind as the simulator drives it: a medium that survives reboots and a store over it.</summary>
    public abstract class SimulatedStorage
    {
        public abstract string Name { get; }

        /// <summary>A fresh, never-written medium.</summary>
        public abstract object NewMedium();

        public abstract object Clone(object medium);

        /// <summary>A store as a freshly booted device would create it.</summary>
        public abstract IConfigStore Boot(object medium, PowerBudget budget);

        public static SimulatedStorage[] All => new SimulatedStorage[] { new Eeprom(), new LittleFs(), new Spiffs() };

        public sealed class Eeprom : SimulatedStorage
        {
            public override string Name => "eeprom";

            public override object NewMedium() => Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();

            public override object Clone(object medium) => ((byte[])medium).Clone();

            public override IConfigStore Boot(object medium, PowerBudget budget) => DeviceConfig.CreateStore(new PowerCutByteStore((byte[])medium, budget));
        }

        public sealed class LittleFs : SimulatedStorage
        {
            public override string Name => "littlefs";

            public override object NewMedium() => new Dictionary<string, MemoryFile>(StringComparer.Ordinal);

            public override object Clone(object medium) => PowerCutFileStore.Clone((Dictionary<string, MemoryFile>)medium);

            public override IConfigStore Boot(object medium, PowerBudget budget) =>
                new LittleFsConfigStore(new PowerCutFileStore((Dictionary<string, MemoryFile>)medium, budget), "/blynkwm/device.cfg", DeviceConfig.StorageLayout.MaxRecordSize);
        }

        public sealed class Spiffs : SimulatedStorage
        {
            public override string Name => "spiffs";

            public override object NewMedium() => new Dictionary<string, MemoryFile>(StringComparer.Ordinal);

            public override object Clone(object medium) => PowerCutFileStore.Clone((Dictionary<string, MemoryFile>)medium);

            public override IConfigStore Boot(object medium, PowerBudget budget) =>
                new SpiffsConfigStore(new PowerCutFileStore((Dictionary<string, MemoryFile>)medium, budget), "/wm_device", DeviceConfig.StorageLayout.MaxRecordSize);
        }
    }

    /// <summary>What a power-cut campaign found.</summary>
    public sealed class PowerCutReport
    {
        public int Points { get; set; }
        public int Failures { get; set; }
        public List<string> FailureDescriptions { get; } = new List<string>();

        public void Fail(string description)
        {
            Failures++;
            if (FailureDescriptions.Count < 20)
            {
                FailureDescriptions.Add(description);
            }
        }
    }

    /// <summary>
    /// Cuts the power after every durable step of a save (every byte reaching flash, every file-system call),
    /// reboots, and checks that the device loads the old config or the new one: never garbage, never nothing
    /// where a config existed; then checks that the next save and load still work.
    /// </summary>
    public static class PowerCutSimulator
    {
        public static PowerCutReport Run(SimulatedStorage storage, int secondCutStride = 0)
        {
            var report = new PowerCutReport();
            byte[] a = SampleValues.Fingerprint(SampleValues.DeviceA());
            byte[] b = SampleValues.Fingerprint(SampleValues.DeviceB());

            // A save over an existing config.
            object withA = storage.NewMedium();
            storage.Boot(withA, new PowerBudget()).Save(SampleValues.DeviceA());
            long steps = StepsToSave(storage, withA, SampleValues.DeviceB());
            for (long cut = 0; cut <= steps; cut++)
            {
                object medium = storage.Clone(withA);
                bool completed = SaveWithCut(storage, medium, SampleValues.DeviceB(), cut);
                report.Points++;
                byte[]? loaded = Load(storage, medium, out ConfigReadStatus status);
                string where = storage.Name + " cut after step " + cut + " of " + steps;
                if (loaded is null)
                {
                    report.Fail(where + ": nothing loadable (" + status + ")");
                    continue;
                }

                bool isA = loaded.AsSpan().SequenceEqual(a);
                bool isB = loaded.AsSpan().SequenceEqual(b);
                if (!isA && !isB)
                {
                    report.Fail(where + ": loaded a config that is neither the old nor the new one");
                    continue;
                }

                if (completed && !isB)
                {
                    report.Fail(where + ": the save completed but the old config came back");
                    continue;
                }

                CheckNextSaveWorks(storage, medium, report, where);
                if (secondCutStride > 0 && cut % secondCutStride == 0)
                {
                    RunSecondCuts(storage, medium, loaded, report, where, secondCutStride);
                }
            }

            // The very first save: before it there was nothing, after it a config or still nothing.
            object empty = storage.NewMedium();
            long firstSteps = StepsToSave(storage, empty, SampleValues.DeviceA());
            for (long cut = 0; cut <= firstSteps; cut++)
            {
                object medium = storage.Clone(empty);
                bool completed = SaveWithCut(storage, medium, SampleValues.DeviceA(), cut);
                report.Points++;
                byte[]? loaded = Load(storage, medium, out ConfigReadStatus status);
                string where = storage.Name + " first save cut after step " + cut;
                if (loaded is null ? completed : !loaded.AsSpan().SequenceEqual(a))
                {
                    report.Fail(where + ": " + (loaded is null ? status.ToString() : "garbage"));
                }
            }

            return report;
        }

        private static void RunSecondCuts(SimulatedStorage storage, object afterFirstCut, byte[] current, PowerCutReport report, string where, int stride)
        {
            var c = SampleValues.DeviceA();
            c.BoardName = "third-config";
            byte[] cBytes = SampleValues.Fingerprint(c);
            long steps = StepsToSave(storage, afterFirstCut, c);
            for (long cut = 0; cut <= steps; cut += stride)
            {
                object medium = storage.Clone(afterFirstCut);
                SaveWithCut(storage, medium, c, cut);
                report.Points++;
                byte[]? loaded = Load(storage, medium, out ConfigReadStatus status);
                if (loaded is null || !(loaded.AsSpan().SequenceEqual(current) || loaded.AsSpan().SequenceEqual(cBytes)))
                {
                    report.Fail(where + ", then again after step " + cut + ": " + (loaded is null ? status.ToString() : "wrong config"));
                }
            }
        }

        private static void CheckNextSaveWorks(SimulatedStorage storage, object medium, PowerCutReport report, string where)
        {
            object copy = storage.Clone(medium);
            var c = SampleValues.DeviceB();
            c.MqttPort = 4242;
            storage.Boot(copy, new PowerBudget()).Save(c);
            byte[]? loaded = Load(storage, copy, out ConfigReadStatus status);
            if (loaded is null || !loaded.AsSpan().SequenceEqual(SampleValues.Fingerprint(c)))
            {
                report.Fail(where + ": the next save did not load back (" + status + ")");
            }
        }

        private static long StepsToSave(SimulatedStorage storage, object medium, DeviceConfig config)
        {
            var budget = new PowerBudget();
            storage.Boot(storage.Clone(medium), budget).Save(config);
            return budget.Spent;
        }

        private static bool SaveWithCut(SimulatedStorage storage, object medium, DeviceConfig config, long cut)
        {
            try
            {
                storage.Boot(medium, new PowerBudget(cut)).Save(config);
                return true;
            }
            catch (PowerCutException)
            {
                return false;
            }
        }

        private static byte[]? Load(SimulatedStorage storage, object medium, out ConfigReadStatus status)
        {
            var config = new DeviceConfig();
            status = storage.Boot(medium, new PowerBudget()).Load(config);
            return status == ConfigReadStatus.Ok ? SampleValues.Fingerprint(config) : null;
        }
    }
}
