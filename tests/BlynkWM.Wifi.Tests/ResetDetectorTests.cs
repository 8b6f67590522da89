namespace BlynkWM.Wifi.Tests
{
    public class ResetDetectorTests
    {
        private const long Quick = 3000;   // a reset 3 s after boot: inside the 10 s window
        private const long Long = 60000;   // a boot that runs past its window

        [Fact]
        public void Two_resets_within_the_window_trigger_and_the_next_boot_starts_afresh()
        {
            var rig = new BootRig();
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.Equal(1, rig.Detector.ResetCount);
            Assert.True(rig.Boot(BootCause.ResetButton, Quick));
            Assert.Equal(2, rig.Detector.ResetCount);
            Assert.False(rig.Boot(BootCause.ResetButton, Quick), string.Join("\n", rig.Log));
            Assert.Equal(1, rig.Detector.ResetCount);
        }

        [Fact]
        public void A_reset_after_the_window_closed_starts_a_new_sequence()
        {
            var rig = new BootRig();
            Assert.False(rig.Boot(BootCause.ResetButton, 10100));
            Assert.False(rig.Detector.WindowOpen);
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.True(rig.Boot(BootCause.ResetButton, Quick));
        }

        [Fact]
        public void Multi_reset_needs_three_each_within_the_window_of_the_one_before()
        {
            var rig = new BootRig { Options = ResetDetectorOptions.MultiReset() };
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.False(rig.Boot(BootCause.ResetButton, 9000));
            Assert.True(rig.Boot(BootCause.ResetButton, Quick));
            Assert.Equal(3, rig.Detector.ResetCount);

            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.False(rig.Boot(BootCause.ResetButton, Long)); // the window closes before the third
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
        }

        [Fact]
        public void Cold_power_ons_never_trigger_however_close_or_however_cut()
        {
            var rig = new BootRig();
            for (int i = 0; i < 5; i++)
            {
                Assert.False(rig.Boot(BootCause.PowerOn, Quick));
                Assert.False(rig.Boot(BootCause.Brownout, 500));
            }

            // A power-on followed by a reset inside its window is a double reset: the reset is the second boot.
            Assert.True(rig.Boot(BootCause.ResetButton, Quick));

            // A reset boot cut inside its window, followed hours later by a power-on: the stale count is ignored.
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.False(rig.Boot(BootCause.PowerOn, Long));
            Assert.Equal(1, rig.Detector.ResetCount);
        }

        [Fact]
        public void Unknown_boots_count_unless_told_not_to()
        {
            var rig = new BootRig();
            Assert.False(rig.Boot(BootCause.Unknown, Quick));
            Assert.True(rig.Boot(BootCause.Unknown, Quick));

            var strict = new BootRig { Options = new ResetDetectorOptions { CountUnknownBoots = false } };
            Assert.False(strict.Boot(BootCause.Unknown, Quick));
            Assert.False(strict.Boot(BootCause.Unknown, Quick));
            Assert.True(strict.Boot(BootCause.ResetButton, Quick));
        }

        [Fact]
        public void Deep_sleep_wakes_software_reboots_and_watchdogs_are_not_resets_and_end_a_pending_sequence()
        {
            foreach (BootCause between in new[] { BootCause.DeepSleepWake, BootCause.SoftwareReboot, BootCause.Watchdog })
            {
                var rig = new BootRig();
                Assert.False(rig.Boot(BootCause.ResetButton, 2000)); // sleeps (or reboots) 2 s after a reset
                Assert.False(rig.Boot(between, Quick));
                Assert.Equal(0, rig.Detector.ResetCount);
                Assert.Equal(1, rig.Writes); // the pending count is ended
                Assert.False(rig.Boot(between, Quick));
                Assert.Equal(0, rig.Writes); // nothing pending: nothing written
                Assert.False(rig.Boot(BootCause.ResetButton, Quick));
                Assert.True(rig.Boot(BootCause.ResetButton, Quick));
            }
        }

        [Fact]
        public void A_normal_boot_writes_flash_twice_and_none_when_detection_is_off()
        {
            var rig = new BootRig();
            for (int boot = 0; boot < 5; boot++)
            {
                rig.Boot(BootCause.Unknown, Long);
                Assert.Equal(2, rig.Writes);
                Assert.Equal(2, rig.Detector.WritesThisBoot);
            }

            rig.Boot(BootCause.ResetButton, Quick);
            rig.Boot(BootCause.ResetButton, Long);
            Assert.True(rig.Detector.Triggered);
            Assert.Equal(1, rig.Writes); // a trigger clears at once; no window follows

            var off = new BootRig { Options = ResetDetectorOptions.Off() };
            byte[] before = (byte[])off.Medium.Clone();
            for (int boot = 0; boot < 5; boot++)
            {
                Assert.False(off.Boot(boot % 2 == 0 ? BootCause.ResetButton : BootCause.Unknown, Quick));
                Assert.Equal(0, off.Writes);
            }

            Assert.Equal(before, off.Medium);
        }

        [Fact]
        public void The_memo_rides_along_with_the_writes_that_happen_anyway()
        {
            var rig = new BootRig();
            rig.Boot(BootCause.Unknown, Quick);
            Assert.Equal(0, rig.Detector.Memo);
            rig.Detector.Memo = 2; // e.g. WiFi set 2 joined inside the window: no write of its own
            Assert.True(rig.Detector.WindowOpen);

            // The window closes with the memo: still 2 writes this boot.
            var clock = new BlynkWM.Host.Time.ManualClock(0);
            var store = new BlynkWM.TestSupport.CountingByteStore(rig.Medium, new BlynkWM.TestSupport.PowerBudget());
            var detector = new ResetDetector(BlynkWM.Samples.DeviceConfig.CreateResetRecord(store), clock, null);
            detector.Start(BootCause.Unknown);
            detector.Memo = 2;
            clock.Advance(10000);
            detector.Step();
            Assert.Equal(2, store.Writes);

            // The next boot reads it back; a change after the window costs one write, an unchanged value none.
            var store2 = new BlynkWM.TestSupport.CountingByteStore(rig.Medium, new BlynkWM.TestSupport.PowerBudget());
            var next = new ResetDetector(BlynkWM.Samples.DeviceConfig.CreateResetRecord(store2), clock, ResetDetectorOptions.Off());
            next.Start(BootCause.Unknown);
            Assert.Equal(2, next.Memo);
            next.Memo = 2;
            Assert.Equal(0, store2.Writes);
            next.Memo = 1;
            Assert.Equal(1, store2.Writes);
        }

        [Fact]
        public void A_record_of_other_firmware_reads_as_absent()
        {
            var rig = new BootRig();
            var store = new BlynkWM.TestSupport.PowerCutByteStore(rig.Medium, new BlynkWM.TestSupport.PowerBudget());
            BlynkWM.Samples.DeviceConfig.CreateResetRecord(store).Write(0xD0D01234); // the seed's DRD flag value
            Assert.False(rig.Boot(BootCause.ResetButton, Quick));
            Assert.False(rig.Detector.RecordFound);
            Assert.Equal(1, rig.Detector.ResetCount);
        }

        [Fact]
        public void Start_twice_and_impossible_options_are_refused()
        {
            var rig = new BootRig();
            rig.Boot(BootCause.PowerOn, 0);
            Assert.Throws<System.InvalidOperationException>(() => rig.Detector.Start(BootCause.PowerOn));
            var bad = new BootRig { Options = new ResetDetectorOptions { Resets = 1 } };
            Assert.Throws<System.ArgumentException>(() => bad.Boot(BootCause.PowerOn, 0));
        }

        // The record's value: tag 0x5244 in the high half, the memo, the count in the low byte.
        private const uint CountOne = 0x52440001;
        private const uint Cleared = 0x52440000;

        /// <summary>
        /// Boot 1 is a reset that runs past its window; boot 2 is a reset whose power is cut at every durable step of
        /// its write (setting the count); boot 3, right after, is of unknown cause (ESP32). The record is always the old
        /// value, the new one, or absent (torn); boot 3 triggers only when boot 2's write was complete.
        /// </summary>
        [Fact]
        public void A_power_cut_during_the_boot_write_never_leaves_a_trigger_behind()
        {
            int triggers = 0;
            int cut = 0;
            for (; ; cut++)
            {
                var rig = new BootRig();
                rig.Boot(BootCause.ResetButton, Long);
                Assert.Equal(Cleared, rig.Record());
                rig.Boot(BootCause.ResetButton, Quick, budget: cut);
                bool wasCut = rig.PowerCut;
                uint? left = rig.Record();
                Assert.True(left == Cleared || left == null || (left == CountOne && !wasCut), "cut " + cut + ": " + left);
                bool triggered = rig.Boot(BootCause.Unknown, Quick);
                Assert.Equal(left == CountOne, triggered);
                triggers += triggered ? 1 : 0;
                if (!wasCut)
                {
                    break;
                }
            }

            Assert.True(cut >= 4, "cut points: " + cut); // the commit's start and each changed byte
            Assert.Equal(1, triggers); // only after the uncut boot
        }

        /// <summary>
        /// Boot 1 is a reset whose power is cut at every durable step of both its writes (the count at boot, the clearing
        /// when the window closes). Then a power-on never triggers; an unknown boot triggers only when the record still
        /// holds boot 1's count (cut before the clear changed a byte: the same as a power cut inside the window), never
        /// when the record is torn.
        /// </summary>
        [Fact]
        public void A_power_cut_during_either_write_of_a_boot_never_leaves_a_trigger_behind()
        {
            int cut = 0;
            int torn = 0;
            for (; ; cut++)
            {
                bool wasCut = false;
                foreach (BootCause next in new[] { BootCause.PowerOn, BootCause.Unknown })
                {
                    var rig = new BootRig();
                    rig.Boot(BootCause.ResetButton, Long, budget: cut);
                    wasCut = rig.PowerCut;
                    uint? left = rig.Record();
                    Assert.True(left == null || left == CountOne || left == Cleared, "cut " + cut + ": " + left);
                    Assert.True(wasCut || left == Cleared);
                    torn += left == null && next == BootCause.PowerOn ? 1 : 0;
                    bool triggered = rig.Boot(next, Quick);
                    Assert.Equal(next == BootCause.Unknown && left == CountOne, triggered);
                }

                if (!wasCut)
                {
                    break;
                }
            }

            Assert.True(cut >= 8, "cut points: " + cut);
            Assert.True(torn >= 4, "torn records: " + torn);
        }

        [Fact]
        public void A_torn_record_on_a_file_store_reads_as_absent()
        {
            for (int cut = 0; cut < 9; cut++)
            {
                var medium = new System.Collections.Generic.Dictionary<string, BlynkWM.TestSupport.MemoryFile>();
                var clock = new BlynkWM.Host.Time.ManualClock(0);
                var detector = new ResetDetector(BlynkWM.Samples.GreenhouseConfig.CreateResetRecord(new BlynkWM.TestSupport.PowerCutFileStore(medium, new BlynkWM.TestSupport.PowerBudget(cut))), clock, null);
                Assert.Throws<BlynkWM.TestSupport.PowerCutException>(() => detector.Start(BootCause.ResetButton));
                var next = new ResetDetector(BlynkWM.Samples.GreenhouseConfig.CreateResetRecord(new BlynkWM.TestSupport.PowerCutFileStore(medium, new BlynkWM.TestSupport.PowerBudget())), clock, null);
                next.Start(BootCause.ResetButton);
                Assert.False(next.Triggered);
                Assert.False(next.RecordFound);
            }
        }
    }
}
