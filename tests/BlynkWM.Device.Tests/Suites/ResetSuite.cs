using BlynkWM.Reset;
using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The reset detector and the forced-portal flag on the device over simulated flash (the DeviceConfig layout's
    /// records): a double reset among cold boots, a multi reset, flash writes per boot, and a power cut at every
    /// durable step of a boot's writes. Sequences print as "=" lines the lane compares with .NET.
    /// </summary>
    public static class ResetSuite
    {
        private const long Quick = 3000;
        private const long Long = 60000;

        public static void Run(Check check)
        {
            check.Run("reset.sequence", Sequence);
            check.Run("reset.writes", Writes);
            check.Run("reset.power-cuts", PowerCuts);
            check.Run("reset.forced-portal", ForcedPortal);
        }

        private static void Sequence(Check check)
        {
            var device = new Device(ResetDetectorOptions.DoubleReset());
            check.True("power-on", !device.Boot(BootCause.PowerOn, Quick));
            check.True("power-on again", !device.Boot(BootCause.PowerOn, Quick));
            check.True("a reset inside the power-on's window is the second", device.Boot(BootCause.ResetButton, Quick));
            check.True("the next reset starts afresh", !device.Boot(BootCause.ResetButton, Long));
            check.True("unknown (ESP32)", !device.Boot(BootCause.Unknown, Quick));
            check.True("deep-sleep wake ends the pending sequence", !device.Boot(BootCause.DeepSleepWake, Quick));
            check.True("so this unknown boot is a first", !device.Boot(BootCause.Unknown, Quick));
            check.True("and this one the second", device.Boot(BootCause.Unknown, Quick));
            check.Value("double", device.Log);

            var multi = new Device(ResetDetectorOptions.MultiReset());
            check.True("1 of 3", !multi.Boot(BootCause.ResetButton, Quick));
            check.True("2 of 3", !multi.Boot(BootCause.ResetButton, Quick));
            check.True("3 of 3", multi.Boot(BootCause.ResetButton, Quick));
            check.Value("multi", multi.Log);
        }

        private static void Writes(Check check)
        {
            var on = new Device(ResetDetectorOptions.DoubleReset());
            var off = new Device(ResetDetectorOptions.Off());
            int maxOn = 0;
            int maxOff = 0;
            for (int boot = 0; boot < 6; boot++)
            {
                on.Boot(BootCause.Unknown, Long);
                off.Boot(BootCause.Unknown, Long);
                maxOn = on.Writes > maxOn ? on.Writes : maxOn;
                maxOff = off.Writes > maxOff ? off.Writes : maxOff;
            }

            check.Equal("writes per boot, detection on", 2, maxOn);
            check.Equal("writes per boot, detection off", 0, maxOff);
        }

        private static void PowerCuts(Check check)
        {
            string outcomes = "";
            int cuts = 0;
            int falseTriggers = 0;
            for (int cut = 0; ; cut++)
            {
                var device = new Device(ResetDetectorOptions.DoubleReset());
                device.Boot(BootCause.ResetButton, Long);
                device.Budget = cut;
                device.Boot(BootCause.ResetButton, Long);
                bool wasCut = device.WasCut;
                uint left;
                bool valid = device.Record().TryRead(out left);
                device.Budget = -1;
                bool powerOn = device.Boot(BootCause.PowerOn, Quick);
                var again = new Device(ResetDetectorOptions.DoubleReset());
                again.Boot(BootCause.ResetButton, Long);
                again.Budget = cut;
                again.Boot(BootCause.ResetButton, Long);
                again.Budget = -1;
                bool unknown = again.Boot(BootCause.Unknown, Quick);
                if (powerOn || (unknown && !(valid && (left & 0xFF) == 1)))
                {
                    falseTriggers++;
                }

                outcomes += (valid ? Hex.Of(left) : "absent") + (unknown ? "!" : "") + " ";
                if (!wasCut)
                {
                    break;
                }

                cuts++;
            }

            check.True("cut points cover both writes", cuts >= 8);
            check.Equal("false triggers", 0, falseTriggers);
            check.Value("records left", outcomes);
        }

        private static void ForcedPortal(Check check)
        {
            byte[] durable = SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity);
            new ForcedPortalFlag(DeviceConfig.CreatePortalFlagRecord(new SimulatedFlash(durable, new PowerBudget()))).Request(ForcedPortalMode.OneShot);
            check.True("one-shot at the next boot", Flag(durable).TakeAtBoot() == ForcedPortalMode.OneShot);
            check.True("and not after", Flag(durable).TakeAtBoot() == ForcedPortalMode.None);
            Flag(durable).Request(ForcedPortalMode.Persistent);
            check.True("persistent", Flag(durable).TakeAtBoot() == ForcedPortalMode.Persistent);
            check.True("still", Flag(durable).TakeAtBoot() == ForcedPortalMode.Persistent);
            Flag(durable).ConfigSaved();
            check.True("until a save", Flag(durable).TakeAtBoot() == ForcedPortalMode.None);
        }

        private static ForcedPortalFlag Flag(byte[] durable)
        {
            return new ForcedPortalFlag(DeviceConfig.CreatePortalFlagRecord(new SimulatedFlash(durable, new PowerBudget())));
        }

        /// <summary>One device's EEPROM across boots; each boot runs a detector for a while, stepping it every 100 ms.</summary>
        private sealed class Device
        {
            private readonly byte[] _durable = SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity);
            private readonly ResetDetectorOptions _options;

            public Device(ResetDetectorOptions options)
            {
                _options = options;
                Budget = -1;
            }

            public string Log = "";
            public int Writes;
            public bool WasCut;
            public int Budget;

            public bool Boot(BootCause cause, long runMs)
            {
                var power = new PowerBudget();
                power.Remaining = Budget;
                var clock = new ManualClock(5000);
                var detector = new ResetDetector(DeviceConfig.CreateResetRecord(new SimulatedFlash(_durable, power)), clock, _options);
                WasCut = false;
                try
                {
                    detector.Start(cause);
                    for (long t = 0; t < runMs; t += 100)
                    {
                        clock.Advance(100);
                        detector.Step();
                    }
                }
                catch (PowerCutException)
                {
                    WasCut = true;
                }

                Writes = detector.WritesThisBoot;

                // nanoCLR has no enum names (ToString gives the number): print the number on both runtimes.
                Log += ((int)cause).ToString() + ":" + detector.ResetCount.ToString() + (detector.Triggered ? "!" : "") + ":" + Writes.ToString() + "w ";
                return detector.Triggered;
            }

            public ISmallRecord Record()
            {
                return DeviceConfig.CreateResetRecord(new SimulatedFlash(_durable, new PowerBudget()));
            }
        }
    }
}
