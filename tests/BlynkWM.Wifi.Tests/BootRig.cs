using System.Linq;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>
    /// Boots of one device whose EEPROM (the DeviceConfig layout) survives them: each boot makes a reset detector over
    /// the generated reset record, starts it with a boot cause and runs its clock for a while, stepping it; a boot can
    /// be cut after a number of durable steps (bytes reaching flash).
    /// </summary>
    internal sealed class BootRig
    {
        public byte[] Medium { get; } = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();

        public ResetDetectorOptions Options { get; set; } = ResetDetectorOptions.DoubleReset();

        public List<string> Log { get; } = new List<string>();

        /// <summary>The detector of the latest boot.</summary>
        public ResetDetector Detector { get; private set; } = null!;

        /// <summary>Flash writes of the latest boot, counted at the medium.</summary>
        public int Writes { get; private set; }

        public bool PowerCut { get; private set; }

        /// <summary>Boots with <paramref name="cause"/>, runs <paramref name="runMs"/> ms, then the power goes (or the next reset comes).</summary>
        public bool Boot(BootCause cause, long runMs, long budget = long.MaxValue)
        {
            var clock = new ManualClock(123456);
            var store = new CountingByteStore(Medium, new PowerBudget(budget));
            Detector = new ResetDetector(DeviceConfig.CreateResetRecord(store), clock, Options);
            PowerCut = false;
            try
            {
                Detector.Start(cause);
                for (long t = 0; t < runMs; t += 100)
                {
                    clock.Advance(100);
                    Detector.Step();
                }
            }
            catch (PowerCutException)
            {
                PowerCut = true;
            }

            Writes = store.Writes;
            Log.Add(cause + (Detector.Triggered ? " TRIGGERED" : "") + " count=" + Detector.ResetCount + " writes=" + Writes + (PowerCut ? " (cut)" : ""));
            return Detector.Triggered;
        }

        /// <summary>What the record holds now: its raw value, or null when it reads as absent.</summary>
        public uint? Record()
        {
            var store = new PowerCutByteStore(Medium, new PowerBudget());
            return DeviceConfig.CreateResetRecord(store).TryRead(out uint value) ? value : null;
        }
    }
}
