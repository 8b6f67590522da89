using BlynkWM.Platform;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The device-neutral decisions behind the ESP32 adapters (runtime/BlynkWM.Runtime/Platform): paths on the flash
    /// drive, the EEPROM image's changed runs, scan results, the scan schedule, the soft-AP's settings and plans, the
    /// station options and the wake cause. The adapters themselves need nanoFramework's socket, WiFi and file natives,
    /// which nanoCLR for Linux lacks.
    /// </summary>
    public static class PlatformSuite
    {
        public static void Run(Check check)
        {
            check.Run("platform.drivepath", DrivePaths);
            check.Run("platform.drivepath.refused", RefusedPaths);
            check.Run("platform.image.runs", ImageRuns);
            check.Run("platform.image.cut", ImageCommitCut);
            check.Run("platform.scan.results", ScanResultValues);
            check.Run("platform.scan.schedule", ScanScheduling);
            check.Run("platform.softap.settings", SoftApSettingsChecks);
            check.Run("platform.softap.plan", SoftApPlans);
            check.Run("platform.station", StationOptionValues);
            check.Run("platform.wake", WakeCauseValues);
        }

        private static void DrivePaths(Check check)
        {
            string mapped = DrivePath.Map("I:", "/blynkwm/config.bin");
            check.Equal("a nested path", "I:\\blynkwm\\config.bin", mapped);
            check.Equal("its folder", "I:\\blynkwm", DrivePath.FolderOf(mapped));
            check.Equal("a root file", "I:\\eeprom.bin", DrivePath.Map("I:", "/eeprom.bin"));
            check.True("a root file needs no folder", DrivePath.FolderOf("I:\\eeprom.bin") == null);
            check.Equal("another drive", "D:\\a\\b\\c", DrivePath.Map("D:", "/a/b/c"));
            check.Equal("a deep folder", "D:\\a\\b", DrivePath.FolderOf("D:\\a\\b\\c"));
            string emoji = DrivePath.Map("I:", "/\U0001F4F6/n\u00E9t.bin");
            check.Value("emoji path", emoji);
            check.Equal("an emoji folder", "I:\\\U0001F4F6", DrivePath.FolderOf(emoji));
        }

        private static void RefusedPaths(Check check)
        {
            string[] bad = { null, "", "/", "name", "//a", "/a/", "/a//b", "/./a", "/a/../b", "/..", "/a\\b", "/a:b", "/a\u0001b" };
            for (int i = 0; i < bad.Length; i++)
            {
                check.True("refused #" + i.ToString(), Refuses("I:", bad[i]));
            }

            check.True("dots inside a name are fine", !Refuses("I:", "/a.b/..c/.d"));
            check.True("a drive without colon", Refuses("I", "/a"));
            check.True("a drive that is no letter", Refuses("1:", "/a"));
            check.True("no drive", Refuses(null, "/a"));
        }

        private static bool Refuses(string drive, string path)
        {
            try
            {
                DrivePath.Map(drive, path);
                return false;
            }
            catch (System.ArgumentException)
            {
                return true;
            }
        }

        private static void ImageRuns(Check check)
        {
            var image = new ByteImage(256);
            byte[] read = new byte[4];
            image.Read(0, read, 0, 4);
            check.Equal("a new image is erased", 0xFF, read[3]);
            check.True("and unchanged", !image.HasChanges);

            image.Write(10, new byte[] { 1, 2, 3 }, 0, 3);
            image.Write(20, new byte[] { 4 }, 0, 1);
            image.Write(100, new byte[] { 0xFF, 5 }, 0, 2); // 100 keeps its value
            check.Equal("runs without merging", "10+3 20+1 101+1", Runs(image, 0));
            check.Equal("runs merged across small gaps", "10+11 101+1", Runs(image, 8));

            image.MarkCommitted();
            check.True("committed", !image.HasChanges);
            image.Write(10, new byte[] { 1, 2, 3 }, 0, 3);
            check.True("rewriting the same bytes changes nothing", !image.HasChanges);

            image.Load(new byte[] { 9, 9 }, 0, 2);
            check.True("loading is not a change", !image.HasChanges);
            image.Read(0, read, 0, 2);
            check.Equal("loaded bytes read back", 9, read[1]);

            check.True("a write past the end is refused", Throws(image, 255, 2));
            check.True("a negative address is refused", Throws(image, -1, 1));
        }

        private static bool Throws(ByteImage image, int address, int count)
        {
            try
            {
                image.Write(address, new byte[count], 0, count);
                return false;
            }
            catch (System.ArgumentOutOfRangeException)
            {
                return true;
            }
        }

        private static string Runs(ByteImage image, int gap)
        {
            string text = "";
            int length;
            int start = image.NextChangedRun(0, gap, out length);
            while (start >= 0)
            {
                text += (text.Length == 0 ? "" : " ") + start.ToString() + "+" + length.ToString();
                start = image.NextChangedRun(start + length, gap, out length);
            }

            return text;
        }

        /// <summary>
        /// A commit writes the changed runs in address order: cut after any number of them, the medium holds the old
        /// bytes except a prefix of the changed ones (IByteStore's contract for a medium without atomic commits).
        /// </summary>
        private static void ImageCommitCut(Check check)
        {
            byte[] old = new byte[64];
            for (int i = 0; i < old.Length; i++)
            {
                old[i] = (byte)i;
            }

            var image = new ByteImage(64);
            image.Load(old, 0, 64);
            image.Write(3, new byte[] { 0xA0, 0xA1 }, 0, 2);
            image.Write(30, new byte[] { 0xB0 }, 0, 1);
            image.Write(60, new byte[] { 0xC0, 0xC1, 0xC2 }, 0, 3);

            bool allGood = true;
            for (int cut = 0; cut <= 3; cut++)
            {
                byte[] medium = (byte[])old.Clone();
                int written = 0;
                int length;
                int start = image.NextChangedRun(0, 0, out length);
                int lastEnd = -1;
                while (start >= 0 && written < cut)
                {
                    allGood &= start >= lastEnd;
                    System.Array.Copy(image.Bytes, start, medium, start, length);
                    lastEnd = start + length;
                    written++;
                    start = image.NextChangedRun(start + length, 0, out length);
                }

                // Every byte is old or new, and every new one lies before every old changed one.
                bool sawOldChanged = false;
                for (int i = 0; i < 64; i++)
                {
                    bool changed = image.Bytes[i] != old[i];
                    bool isNew = medium[i] == image.Bytes[i];
                    allGood &= medium[i] == old[i] || isNew;
                    if (changed && !isNew)
                    {
                        sawOldChanged = true;
                    }
                    else if (changed && sawOldChanged)
                    {
                        allGood = false;
                    }
                }
            }

            check.True("every cut leaves a prefix of the changes", allGood);
        }

        private static void ScanResultValues(Check check)
        {
            check.Equal("whole dBm", -67, ScanResults.RssiDbm(-67.0));
            check.Equal("-67.4 rounds to -67", -67, ScanResults.RssiDbm(-67.4));
            check.Equal("-67.6 rounds to -68", -68, ScanResults.RssiDbm(-67.6));
            check.Equal("NaN is the weakest", -128, ScanResults.RssiDbm(double.NaN));
            check.Equal("below range", -128, ScanResults.RssiDbm(-500));
            check.Equal("above range", 127, ScanResults.RssiDbm(300));
            WifiNetworkInfo info = ScanResults.ToInfo("Home \U0001F4F6", -42.0);
            check.Equal("the SSID", "Home \U0001F4F6", info.Ssid);
            check.Equal("the RSSI", -42, info.Rssi);
            check.True("secured, as the report cannot tell", info.Secure);
            check.Equal("a missing SSID reads empty", "", ScanResults.ToInfo(null, -50).Ssid);
        }

        private static void ScanScheduling(Check check)
        {
            var clock = new ManualClock(1000);
            var schedule = new ScanSchedule(clock, 15000);
            check.True("the first scan starts", schedule.TryStart());
            check.True("no second while it runs", !schedule.TryStart());
            clock.Advance(14999);
            check.True("still running just before the timeout", !schedule.TryStart());
            clock.Advance(1);
            check.True("an overdue scan no longer blocks", schedule.TryStart());
            schedule.Ended();
            check.True("not running after its results", !schedule.IsRunning);
            check.True("the next starts at once", schedule.TryStart());
        }

        private static void SoftApSettingsChecks(Check check)
        {
            var open = new SoftApSettings("ESP_12AB34", null, 1, 4);
            check.True("no password is an open network", open.IsOpen);
            check.Equal("stored as empty", "", open.Password);
            var secured = new SoftApSettings("ESP_12AB34", "MyESP_12AB34", 13, 15);
            check.True("a password secures it", !secured.IsOpen);

            check.True("31 characters", Accepts("0123456789012345678901234567890", "", 6, 1));
            check.True("32 characters", !Accepts("01234567890123456789012345678901", "", 6, 1));
            check.True("11 two-byte characters", Accepts("\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9", "", 6, 1));
            check.True("33 UTF-8 bytes in 11 characters", !Accepts("\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC", "", 6, 1));
            check.True("an empty SSID", !Accepts("", "", 6, 1));
            check.True("a 7-character password", !Accepts("ap", "1234567", 6, 1));
            check.True("an 8-character password", Accepts("ap", "12345678", 6, 1));
            check.True("a 63-character password", Accepts("ap", "123456789012345678901234567890123456789012345678901234567890123", 6, 1));
            check.True("a 64-character password", !Accepts("ap", "1234567890123456789012345678901234567890123456789012345678901234", 6, 1));
            check.True("a non-ASCII password", !Accepts("ap", "p\u00E4sswort", 6, 1));
            check.True("channel 0", !Accepts("ap", "", 0, 1));
            check.True("channel 14", !Accepts("ap", "", 14, 1));
            check.True("no station", !Accepts("ap", "", 6, 0));
            check.True("16 stations", !Accepts("ap", "", 6, 16));
        }

        private static bool Accepts(string ssid, string password, int channel, int stations)
        {
            try
            {
                new SoftApSettings(ssid, password, channel, stations);
                return true;
            }
            catch (System.ArgumentException)
            {
                return false;
            }
        }

        private static void SoftApPlans(Check check)
        {
            var settings = new SoftApSettings("ESP_12AB34", "MyESP_12AB34", 6, 4);
            SoftApRecord factory = Record("", "", 8, 1, 0, SoftApRecord.AuthenticationOpen);

            var fromOff = new SoftApPlanner(factory);
            bool reboot;
            SoftApRecord stored = fromOff.PlanStart(factory, settings, out reboot);
            check.True("off at boot: not running", !fromOff.RunningSinceBoot);
            check.True("off at boot: a reboot starts it", reboot);
            check.Equal("the stored SSID", "ESP_12AB34", stored.Ssid);
            check.Equal("enabled with auto start", SoftApRecord.OptionAutoStart, stored.Options);
            check.Equal("WPA2 for a password", SoftApRecord.AuthenticationWpa2, stored.Authentication);
            check.Equal("the channel", 6, stored.Channel);
            check.Equal("the stations", 4, stored.MaxConnections);
            check.True("stored already: nothing to store", fromOff.PlanStart(stored, settings, out reboot) == null);
            check.True("stored already but off at boot: still a reboot", reboot);

            var running = new SoftApPlanner(stored);
            check.True("on at boot: running", running.RunningSinceBoot);
            check.True("running as asked: nothing to store", running.PlanStart(stored, settings, out reboot) == null);
            check.True("running as asked: no reboot", !reboot);
            SoftApRecord moved = running.PlanStart(stored, new SoftApSettings("ESP_12AB34", "MyESP_12AB34", 11, 4), out reboot);
            check.Equal("another channel is stored", 11, moved == null ? -1 : moved.Channel);
            check.True("another channel needs a reboot", reboot);
            SoftApRecord opened = running.PlanStart(stored, new SoftApSettings("ESP_12AB34", "", 6, 4), out reboot);
            check.Equal("an open network", SoftApRecord.AuthenticationOpen, opened.Authentication);

            SoftApRecord off = running.PlanStop(stored, out reboot);
            check.Equal("stopping stores it disabled", SoftApRecord.OptionDisable, off.Options);
            check.True("stopping a running one needs a reboot", reboot);
            check.Equal("and keeps its settings", "MyESP_12AB34", off.Password);
            check.True("stored disabled already: nothing to store", running.PlanStop(off, out reboot) == null);
            check.True("not running: stopping needs no reboot", fromOff.PlanStop(factory, out reboot) == null && !reboot);

            SoftApRecord broken = Record(null, "short", 6, 0, SoftApRecord.OptionEnable, SoftApRecord.AuthenticationWpa2);
            SoftApRecord fixedUp = fromOff.PlanStop(broken, out reboot);
            check.True("a record nanoFramework would refuse is made storable",
                fixedUp.Ssid == "" && fixedUp.MaxConnections == 1 && fixedUp.Authentication == SoftApRecord.AuthenticationOpen && fixedUp.Password == "");

            check.True("the address is set once", SoftApPlanner.AddressNeedsSetting("0.0.0.0", "0.0.0.0", false));
            check.True("DHCP is replaced", SoftApPlanner.AddressNeedsSetting("192.168.4.1", "255.255.255.0", true));
            check.True("the right address stays", !SoftApPlanner.AddressNeedsSetting("192.168.4.1", "255.255.255.0", false));
        }

        private static SoftApRecord Record(string ssid, string password, int channel, int stations, int options, int authentication)
        {
            var record = new SoftApRecord();
            record.Ssid = ssid;
            record.Password = password;
            record.Channel = channel;
            record.MaxConnections = stations;
            record.Options = options;
            record.Authentication = authentication;
            return record;
        }

        private static void StationOptionValues(Check check)
        {
            check.Equal("nanoFramework's default loses SmartConfig, keeps AutoConnect", 6, StationOptions.ForPortal(14));
            check.Equal("SmartConfig alone becomes Enable", 2, StationOptions.ForPortal(10));
            check.Equal("a disabled station is enabled", 2, StationOptions.ForPortal(1));
            check.Equal("none becomes Enable", 2, StationOptions.ForPortal(0));
            check.True("AutoConnect is enabled", StationOptions.IsEnabled(6));
            check.True("Disable is not", !StationOptions.IsEnabled(1));
            check.True("None is not", !StationOptions.IsEnabled(0));
        }

        private static void WakeCauseValues(Check check)
        {
            check.True("Undefined: a power-on or reset", !WakeCauses.IsWakeFromDeepSleep(0));
            check.True("1 is never a cause", !WakeCauses.IsWakeFromDeepSleep(1));
            bool all = true;
            for (int cause = 2; cause <= 12; cause++)
            {
                all &= WakeCauses.IsWakeFromDeepSleep(cause);
            }

            check.True("every wake source (Ext0..Bt) is a deep-sleep wake", all);
        }
    }
}
