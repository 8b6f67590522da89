using System.Collections.Generic;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Esp32.Tests
{
    /// <summary>The decisions behind the ESP32 adapters, on .NET (the nanoCLR lane's PlatformSuite runs them on the device's interpreter).</summary>
    public class PlatformTests
    {
        [Theory]
        [InlineData("I:", "/blynkwm/config.bin", "I:\\blynkwm\\config.bin", "I:\\blynkwm")]
        [InlineData("I:", "/eeprom.bin", "I:\\eeprom.bin", null)]
        [InlineData("d:", "/a/b/c.d", "d:\\a\\b\\c.d", "d:\\a\\b")]
        [InlineData("I:", "/\U0001F4F6/x", "I:\\\U0001F4F6\\x", "I:\\\U0001F4F6")]
        [InlineData("I:", "/..a/b..", "I:\\..a\\b..", "I:\\..a")]
        public void Paths_map_onto_the_drive(string drive, string path, string mapped, string? folder)
        {
            Assert.Equal(mapped, DrivePath.Map(drive, path));
            Assert.Equal(folder, DrivePath.FolderOf(mapped));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("/")]
        [InlineData("config.bin")]
        [InlineData("//config.bin")]
        [InlineData("/blynkwm/")]
        [InlineData("/a/./b")]
        [InlineData("/a/../b")]
        [InlineData("/a\\b")]
        [InlineData("/I:/b")]
        [InlineData("/a\nb")]
        [InlineData("/a\u007Fb")]
        public void Bad_paths_are_refused_with_the_reason(string? path)
        {
            var e = Assert.Throws<ArgumentException>(() => DrivePath.Map("I:", path!));
            Assert.Equal("path", e.ParamName);
            Assert.StartsWith("Bad file path", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("I")]
        [InlineData("I:\\")]
        [InlineData("1:")]
        [InlineData("II:")]
        public void Bad_drives_are_refused(string? drive)
        {
            var e = Assert.Throws<ArgumentException>(() => DrivePath.Map(drive!, "/a"));
            Assert.Equal("drive", e.ParamName);
        }

        [Fact]
        public void The_image_reports_exactly_the_changed_bytes_in_address_order()
        {
            var random = new Random(1234);
            for (int round = 0; round < 200; round++)
            {
                int size = 1 + random.Next(600);
                byte[] medium = new byte[size];
                random.NextBytes(medium);
                var image = new ByteImage(size);
                image.Load(medium, 0, size);
                byte[] model = (byte[])medium.Clone();
                for (int w = random.Next(8); w > 0; w--)
                {
                    int address = random.Next(size);
                    int count = random.Next(Math.Min(40, size - address) + 1);
                    byte[] data = new byte[count];
                    random.NextBytes(data);
                    if (random.Next(3) == 0)
                    {
                        Array.Copy(model, address, data, 0, count); // rewriting the same bytes
                    }

                    image.Write(address, data, 0, count);
                    Array.Copy(data, 0, model, address, count);
                }

                int gap = random.Next(3) == 0 ? 0 : random.Next(40);
                var runs = Runs(image, gap);
                var covered = new bool[size];
                int lastEnd = 0;
                foreach ((int start, int length) in runs)
                {
                    Assert.True(start >= lastEnd, "runs ascend and do not overlap");
                    Assert.True(length > 0);
                    Assert.NotEqual(medium[start], model[start]); // a run starts and ends on a changed byte
                    Assert.NotEqual(medium[start + length - 1], model[start + length - 1]);
                    for (int i = start; i < start + length; i++)
                    {
                        covered[i] = true;
                    }

                    lastEnd = start + length;
                }

                for (int i = 0; i < size; i++)
                {
                    if (medium[i] != model[i])
                    {
                        Assert.True(covered[i], "every changed byte lies in a run");
                    }
                }

                Assert.Equal(runs.Count > 0, image.HasChanges);
                byte[] read = new byte[size];
                image.Read(0, read, 0, size);
                Assert.Equal(model, read);

                // A commit cut after any number of runs leaves the old medium plus a prefix of the changes.
                for (int cut = 0; cut <= runs.Count; cut++)
                {
                    byte[] afterCut = (byte[])medium.Clone();
                    for (int r = 0; r < cut; r++)
                    {
                        Array.Copy(image.Bytes, runs[r].Start, afterCut, runs[r].Start, runs[r].Length);
                    }

                    bool oldSeen = false;
                    for (int i = 0; i < size; i++)
                    {
                        if (medium[i] == model[i])
                        {
                            Assert.Equal(medium[i], afterCut[i]);
                        }
                        else if (afterCut[i] == model[i])
                        {
                            Assert.False(oldSeen, "a new byte after an old changed one");
                        }
                        else
                        {
                            Assert.Equal(medium[i], afterCut[i]);
                            oldSeen = true;
                        }
                    }
                }

                image.MarkCommitted();
                Assert.False(image.HasChanges);
                Assert.Empty(Runs(image, gap));
            }
        }

        [Fact]
        public void The_image_refuses_ranges_outside_it()
        {
            var image = new ByteImage(16);
            Assert.Throws<ArgumentOutOfRangeException>(() => image.Write(15, new byte[2], 0, 2));
            Assert.Throws<ArgumentOutOfRangeException>(() => image.Read(-1, new byte[1], 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => image.Load(new byte[17], 0, 17));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ByteImage(0));
            byte[] erased = new byte[16];
            image.Read(0, erased, 0, 16);
            Assert.All(erased, b => Assert.Equal(0xFF, b));
        }

        private static List<(int Start, int Length)> Runs(ByteImage image, int gap)
        {
            var runs = new List<(int, int)>();
            int start = image.NextChangedRun(0, gap, out int length);
            while (start >= 0)
            {
                runs.Add((start, length));
                start = image.NextChangedRun(start + length, gap, out length);
            }

            return runs;
        }

        [Theory]
        [InlineData(-67.0, -67)]
        [InlineData(-67.49, -67)]
        [InlineData(-67.5, -68)]
        [InlineData(0.0, 0)]
        [InlineData(-128.0, -128)]
        [InlineData(-128.4, -128)]
        [InlineData(-1000.0, -128)]
        [InlineData(double.NegativeInfinity, -128)]
        [InlineData(double.NaN, -128)]
        [InlineData(double.PositiveInfinity, 127)]
        [InlineData(5.6, 6)]
        public void Rssi_becomes_whole_dbm(double reported, int expected)
        {
            Assert.Equal(expected, ScanResults.RssiDbm(reported));
        }

        [Fact]
        public void A_scan_result_counts_as_secured()
        {
            WifiNetworkInfo info = ScanResults.ToInfo("Cafe", -71);
            Assert.Equal("Cafe", info.Ssid);
            Assert.Equal(-71, info.Rssi);
            Assert.True(info.Secure);
            Assert.Equal("", ScanResults.ToInfo(null!, -71).Ssid);
        }

        [Fact]
        public void One_scan_runs_at_a_time_until_it_reports_or_is_overdue()
        {
            var clock = new Clock();
            var schedule = new ScanSchedule(clock, 1000);
            Assert.True(schedule.TryStart());
            Assert.True(schedule.IsRunning);
            Assert.False(schedule.TryStart());
            clock.Now += 999;
            Assert.False(schedule.TryStart());
            schedule.Ended();
            Assert.False(schedule.IsRunning);
            Assert.True(schedule.TryStart());
            clock.Now += 1000;
            Assert.False(schedule.IsRunning);
            Assert.True(schedule.TryStart());
            Assert.Throws<ArgumentNullException>(() => new ScanSchedule(null!, 10));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ScanSchedule(clock, 0));
        }

        [Theory]
        [InlineData("ESP_12AB34", "", 1, 1, true)]
        [InlineData("ESP_12AB34", null, 13, 15, true)]
        [InlineData("ESP_12AB34", "MyESP_12AB34", 6, 4, true)]
        [InlineData("0123456789012345678901234567890", "", 6, 1, true)] // 31 characters
        [InlineData("01234567890123456789012345678901", "", 6, 1, false)] // 32: nanoFramework refuses
        [InlineData("\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6", "", 6, 1, true)] // 32 bytes
        [InlineData("\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6\U0001F4F6x", "", 6, 1, false)] // 33 bytes
        [InlineData("", "", 6, 1, false)]
        [InlineData(null, "", 6, 1, false)]
        [InlineData("ap", "1234567", 6, 1, false)]
        [InlineData("ap", "123456789012345678901234567890123456789012345678901234567890123", 6, 1, true)]
        [InlineData("ap", "1234567890123456789012345678901234567890123456789012345678901234", 6, 1, false)]
        [InlineData("ap", "tab\there!", 6, 1, false)]
        [InlineData("ap", "caf\u00E9caf\u00E9", 6, 1, false)]
        [InlineData("ap", "", 0, 1, false)]
        [InlineData("ap", "", 14, 1, false)]
        [InlineData("ap", "", 6, 0, false)]
        [InlineData("ap", "", 6, 16, false)]
        public void Access_point_settings_are_checked(string? ssid, string? password, int channel, int stations, bool valid)
        {
            if (valid)
            {
                var settings = new SoftApSettings(ssid!, password!, channel, stations);
                Assert.Equal(string.IsNullOrEmpty(password), settings.IsOpen);
                Assert.Equal(password ?? "", settings.Password);
            }
            else
            {
                var e = Assert.ThrowsAny<ArgumentException>(() => new SoftApSettings(ssid!, password!, channel, stations));
                Assert.False(string.IsNullOrEmpty(e.Message));
            }
        }

        [Fact]
        public void The_access_point_starts_after_one_reboot_and_stays_off_after_stop()
        {
            var device = new ApDevice(Stored(null, null, 8, 1, 0, SoftApRecord.AuthenticationOpen));
            var settings = new SoftApSettings("ESP_12AB34", "MyESP_12AB34", 6, 4);

            device.Boot();
            Assert.False(device.Running);
            Assert.True(device.Start(settings), "off at boot: a reboot must follow");
            Assert.Equal(1, device.Saves);
            Assert.True(device.Start(settings), "asking again before the reboot");
            Assert.Equal(1, device.Saves); // nothing stored twice: flash wear

            device.Boot();
            Assert.True(device.Running);
            Assert.Equal("ESP_12AB34", device.Stored.Ssid);
            Assert.False(device.Start(settings), "running as asked: no reboot");
            Assert.Equal(1, device.Saves);

            Assert.True(device.Stop(), "running: only a reboot stops it");
            Assert.Equal(2, device.Saves);
            device.Boot();
            Assert.False(device.Running);
            Assert.False(device.Stop());
            Assert.Equal(2, device.Saves);
            device.Boot();
            Assert.False(device.Running, "no stale access point at a later boot");
        }

        [Fact]
        public void New_settings_for_a_running_access_point_need_a_reboot()
        {
            var device = new ApDevice(Stored("ESP_12AB34", "", 6, 4, SoftApRecord.OptionAutoStart, SoftApRecord.AuthenticationOpen));
            device.Boot();
            Assert.True(device.Running);
            Assert.False(device.Start(new SoftApSettings("ESP_12AB34", "", 6, 4)));
            Assert.True(device.Start(new SoftApSettings("ESP_12AB34", "secret-42", 6, 4)));
            Assert.Equal(SoftApRecord.AuthenticationWpa2, device.Stored.Authentication);
            Assert.False(device.Start(new SoftApSettings("ESP_12AB34", "", 6, 4)), "back to what runs since boot: stored again, no reboot");
            Assert.Equal(2, device.Saves);
            Assert.Equal(SoftApRecord.AuthenticationOpen, device.Stored.Authentication);
        }

        [Fact]
        public void A_hidden_or_disabled_record_is_replaced_by_a_visible_enabled_one()
        {
            var device = new ApDevice(Stored("ESP_12AB34", "", 6, 4, SoftApRecord.OptionAutoStart | SoftApRecord.OptionHiddenSsid, SoftApRecord.AuthenticationOpen));
            device.Boot();
            Assert.True(device.Start(new SoftApSettings("ESP_12AB34", "", 6, 4)));
            Assert.Equal(SoftApRecord.OptionAutoStart, device.Stored.Options);
        }

        [Fact]
        public void Stopping_makes_a_record_nanoFramework_would_refuse_storable()
        {
            var device = new ApDevice(Stored(null, null, 6, 0, SoftApRecord.OptionEnable, SoftApRecord.AuthenticationWpa2));
            device.Boot();
            Assert.True(device.Stop());
            SoftApRecord stored = device.Stored;
            Assert.Equal(SoftApRecord.OptionDisable, stored.Options);
            Assert.Equal("", stored.Ssid);
            Assert.Equal("", stored.Password);
            Assert.Equal(1, stored.MaxConnections);
            Assert.Equal(SoftApRecord.AuthenticationOpen, stored.Authentication);
        }

        [Theory]
        [InlineData("192.168.4.1", "255.255.255.0", false, false)]
        [InlineData("192.168.4.1", "255.255.255.0", true, true)]
        [InlineData("0.0.0.0", "0.0.0.0", false, true)]
        [InlineData("192.168.4.1", "255.255.0.0", false, true)]
        [InlineData(null, null, false, true)]
        public void The_access_point_address_is_set_when_it_differs(string? address, string? mask, bool dhcp, bool needed)
        {
            Assert.Equal(needed, SoftApPlanner.AddressNeedsSetting(address!, mask!, dhcp));
        }

        [Fact]
        public void Portal_station_options_keep_the_station_enabled_without_SmartConfig()
        {
            for (int options = 0; options < 16; options++)
            {
                int portal = StationOptions.ForPortal(options);
                Assert.True(StationOptions.IsEnabled(portal));
                Assert.Equal(0, portal & StationOptions.SmartConfigBit);
                Assert.Equal(options & StationOptions.AutoConnectBit, portal & StationOptions.AutoConnectBit);
            }

            Assert.Equal(6, StationOptions.ForPortal(6 | 10)); // nanoFramework's default: AutoConnect | SmartConfig
        }

        [Fact]
        public void Only_Undefined_is_a_power_on_or_reset()
        {
            Assert.False(WakeCauses.IsWakeFromDeepSleep(0));
            Assert.False(WakeCauses.IsWakeFromDeepSleep(1));
            for (int cause = 2; cause <= 12; cause++)
            {
                Assert.True(WakeCauses.IsWakeFromDeepSleep(cause));
            }
        }

        private static SoftApRecord Stored(string? ssid, string? password, int channel, int stations, int options, int authentication)
        {
            return new SoftApRecord { Ssid = ssid!, Password = password!, Channel = channel, MaxConnections = stations, Options = options, Authentication = authentication };
        }

        /// <summary>The stored soft-AP record across boots, as nanoFramework's firmware keeps it, with SoftAccessPoint's steps.</summary>
        private sealed class ApDevice
        {
            private SoftApPlanner _planner = new SoftApPlanner(null);

            public ApDevice(SoftApRecord stored)
            {
                Stored = stored;
            }

            public SoftApRecord Stored { get; private set; }

            public int Saves { get; private set; }

            public bool Running { get; private set; }

            public void Boot()
            {
                Running = Stored.StartsAtBoot;
                _planner = new SoftApPlanner(Stored);
            }

            public bool Start(SoftApSettings settings)
            {
                SoftApRecord? toStore = _planner.PlanStart(Stored.Copy(), settings, out bool reboot);
                Save(toStore);
                return reboot;
            }

            public bool Stop()
            {
                SoftApRecord? toStore = _planner.PlanStop(Stored.Copy(), out bool reboot);
                Save(toStore);
                return reboot;
            }

            private void Save(SoftApRecord? record)
            {
                if (record != null)
                {
                    Stored = record.Copy();
                    Saves++;
                }
            }
        }

        private sealed class Clock : IClock
        {
            public long Now;

            public long NowMilliseconds => Now;
        }
    }
}
