using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>What a freshly booted device creates over one medium: the config store and the two small records.</summary>
    public sealed class BootedDevice
    {
        public BootedDevice(IConfigStore store, ISmallRecord resetRecord, ISmallRecord portalFlag)
        {
            Store = store;
            ResetRecord = resetRecord;
            PortalFlag = portalFlag;
        }

        public IConfigStore Store { get; }

        public ISmallRecord ResetRecord { get; }

        public ISmallRecord PortalFlag { get; }
    }

    /// <summary>One storage kind as the simulator drives it: a medium that survives reboots and a device over it.</summary>
    public abstract class SimulatedStorage
    {
        public abstract string Name { get; }

        /// <summary>A fresh, never-written medium.</summary>
        public abstract object NewMedium();

        public abstract object Clone(object medium);

        /// <summary>The store, the reset record and the portal flag as a freshly booted device creates them, sharing one port.</summary>
        public abstract BootedDevice BootDevice(object medium, PowerBudget budget);

        /// <summary>A store as a freshly booted device would create it.</summary>
        public IConfigStore Boot(object medium, PowerBudget budget) => BootDevice(medium, budget).Store;

        public static SimulatedStorage[] All => new SimulatedStorage[] { new Eeprom(), FileStorage.LittleFs, FileStorage.Spiffs };

        public static SimulatedStorage Named(string name) => Array.Find(All, s => s.Name == name) ?? throw new ArgumentException("no storage kind " + name);

        public sealed class Eeprom : SimulatedStorage
        {
            public override string Name => "eeprom";

            public override object NewMedium() => Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();

            public override object Clone(object medium) => ((byte[])medium).Clone();

            public override BootedDevice BootDevice(object medium, PowerBudget budget)
            {
                var eeprom = new PowerCutByteStore((byte[])medium, budget);
                return new BootedDevice(DeviceConfig.CreateStore(eeprom), DeviceConfig.CreateResetRecord(eeprom), DeviceConfig.CreatePortalFlagRecord(eeprom));
            }
        }

        /// <summary>
        /// A file medium: the same files and cuts for both file-store kinds, which differ in the config store they boot
        /// and in the names of its file and of the two small records' files beside it.
        /// </summary>
        public sealed class FileStorage : SimulatedStorage
        {
            private readonly string _path;
            private readonly string _resetSuffix;
            private readonly string _portalSuffix;
            private readonly Func<PowerCutFileStore, string, IConfigStore> _createStore;

            public FileStorage(string name, string path, string resetSuffix, string portalSuffix, Func<PowerCutFileStore, string, IConfigStore> createStore)
            {
                Name = name;
                _path = path;
                _resetSuffix = resetSuffix;
                _portalSuffix = portalSuffix;
                _createStore = createStore;
            }

            public static FileStorage LittleFs => new FileStorage(
                "littlefs", "/blynkwm/device.cfg", ".reset", ".portal", (files, path) => new LittleFsConfigStore(files, path, DeviceConfig.StorageLayout.MaxRecordSize));

            public static FileStorage Spiffs => new FileStorage(
                "spiffs", "/wm_device", ".r", ".p", (files, path) => new SpiffsConfigStore(files, path, DeviceConfig.StorageLayout.MaxRecordSize));

            public override string Name { get; }

            public override object NewMedium() => new Dictionary<string, MemoryFile>(StringComparer.Ordinal);

            public override object Clone(object medium) => PowerCutFileStore.Clone((Dictionary<string, MemoryFile>)medium);

            public override BootedDevice BootDevice(object medium, PowerBudget budget)
            {
                var files = new PowerCutFileStore((Dictionary<string, MemoryFile>)medium, budget);
                return new BootedDevice(
                    _createStore(files, _path),
                    new FileSmallRecord(files, _path + _resetSuffix),
                    new FileSmallRecord(files, _path + _portalSuffix));
            }
        }
    }

    /// <summary>What a fault campaign found.</summary>
    public sealed class PowerCutReport
    {
        public const int MaxDescriptions = 20;

        /// <summary>Whether a campaign stops once <see cref="MaxDescriptions"/> failures are described: the first ones tell what is wrong.</summary>
        public bool StopEarly { get; set; } = true;

        public int Points { get; set; }
        public int Failures { get; set; }
        public List<string> FailureDescriptions { get; } = new List<string>();

        public bool Enough => StopEarly && FailureDescriptions.Count >= MaxDescriptions;

        public void Fail(string description)
        {
            Failures++;
            if (FailureDescriptions.Count < MaxDescriptions)
            {
                FailureDescriptions.Add(description);
            }
        }

        public void Add(PowerCutReport other)
        {
            Points += other.Points;
            Failures += other.Failures;
            foreach (string description in other.FailureDescriptions)
            {
                if (FailureDescriptions.Count < MaxDescriptions)
                {
                    FailureDescriptions.Add(description);
                }
            }
        }

        public override string ToString() => Points + " points, " + Failures + " failures" + (Failures == 0 ? "" : ":\n" + string.Join("\n", FailureDescriptions));
    }
}
