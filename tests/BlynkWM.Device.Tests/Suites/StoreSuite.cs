using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// Every store kind over simulated media on the device: a save cut at every durable step leaves the old or the new
    /// config loadable after a reboot, and the next save works; the 8-byte records read back what was written.
    /// </summary>
    public static class StoreSuite
    {
        /// <summary>A storage kind under test: a fresh medium, a reboot of it, and a store over the current one.</summary>
        private interface IMedium
        {
            void Reset();

            void Reboot(int budget);

            IConfigStore Store();

            ISmallRecord ResetRecord();

            IStoredConfig NewConfig();
        }

        public static void Run(Check check)
        {
            check.Run("store.eeprom", c => Campaign(c, new EepromMedium()));
            check.Run("store.littlefs", c => Campaign(c, new LittleFsMedium()));
            check.Run("store.spiffs", c => Campaign(c, new SpiffsMedium()));
            check.Run("store.small-records", SmallRecords);
        }

        /// <summary>Saves A, B; then cuts the save of C at every step, reboots, loads, saves D.</summary>
        private static void Campaign(Check check, IMedium medium)
        {
            IStoredConfig a = Variant(medium, "a");
            IStoredConfig b = Variant(medium, "b");
            IStoredConfig c = Variant(medium, "c");
            IStoredConfig d = Variant(medium, "d");
            byte[] printB = Samples.Fingerprint(b);
            byte[] printC = Samples.Fingerprint(c);
            byte[] printD = Samples.Fingerprint(d);

            int points = 0;
            int failures = 0;
            for (int cut = 0; ; cut++)
            {
                medium.Reset();
                medium.Store().Save(a);
                medium.Store().Save(b);
                medium.Reboot(cut);
                bool completed = true;
                try
                {
                    medium.Store().Save(c);
                }
                catch (PowerCutException)
                {
                    completed = false;
                }

                medium.Reboot(-1);
                IStoredConfig loaded = medium.NewConfig();
                ConfigReadStatus status = medium.Store().Load(loaded);
                byte[] print = Samples.Fingerprint(loaded);
                bool old = Samples.Same(print, printB);
                bool fresh = Samples.Same(print, printC);
                if (status != ConfigReadStatus.Ok || !(old || fresh) || (completed && !fresh))
                {
                    failures++;
                }

                IConfigStore store = medium.Store();
                store.Save(d);
                medium.Reboot(-1);
                IStoredConfig after = medium.NewConfig();
                if (medium.Store().Load(after) != ConfigReadStatus.Ok || !Samples.Same(Samples.Fingerprint(after), printD))
                {
                    failures++;
                }

                points++;
                if (completed)
                {
                    break;
                }
            }

            check.True("a cut at every durable step of the save", points > 3);
            check.Value("cut points", points.ToString());
            check.Equal("cuts that lost or mixed the config", 0, failures);
        }

        private static IStoredConfig Variant(IMedium medium, string tag)
        {
            IStoredConfig config = medium.NewConfig();
            if (config is DeviceConfig device)
            {
                device.PrimaryWifi.Ssid = "net-" + tag;
                device.BackupWifi.Ssid = Samples.EmojiSsid + " " + tag;
                device.MqttServer = "mqtt-" + tag + ".example.org";
            }
            else if (config is GreenhouseConfig greenhouse)
            {
                greenhouse.Wifi.Ssid = "net-" + tag;
                greenhouse.Note = "note " + tag + " \u20ac";
            }
            else if (config is SpiffsConfig spiffs)
            {
                spiffs.Board = "board-" + tag;
            }

            return config;
        }

        private static void SmallRecords(Check check)
        {
            IMedium[] media = { new EepromMedium(), new LittleFsMedium(), new SpiffsMedium() };
            for (int i = 0; i < media.Length; i++)
            {
                media[i].Reset();
                ISmallRecord record = media[i].ResetRecord();
                uint value;
                check.True("a fresh record is absent", !record.TryRead(out value));
                record.Write(0xDEADBEEF);
                media[i].Reboot(-1);
                record = media[i].ResetRecord();
                check.True("a written record reads back after a reboot", record.TryRead(out value) && value == 0xDEADBEEF);
                record.Clear();
                media[i].Reboot(-1);
                check.True("a cleared record is absent after a reboot", !media[i].ResetRecord().TryRead(out value));
            }
        }

        private sealed class EepromMedium : IMedium
        {
            private byte[] _durable;
            private SimulatedFlash _flash;

            public void Reset()
            {
                _durable = SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity);
                _flash = new SimulatedFlash(_durable, new PowerBudget());
            }

            public void Reboot(int budget)
            {
                var power = new PowerBudget();
                power.Remaining = budget;
                _flash = new SimulatedFlash(_durable, power);
            }

            public IConfigStore Store()
            {
                return DeviceConfig.CreateStore(_flash);
            }

            public ISmallRecord ResetRecord()
            {
                return DeviceConfig.CreateResetRecord(_flash);
            }

            public IStoredConfig NewConfig()
            {
                return new DeviceConfig();
            }
        }

        /// <summary>A file medium: Reset and Reboot are the same for every file-store kind.</summary>
        private abstract class FileMedium : IMedium
        {
            protected SimulatedFiles Files;

            public void Reset()
            {
                Files = new SimulatedFiles(new PowerBudget());
            }

            public void Reboot(int budget)
            {
                var power = new PowerBudget();
                power.Remaining = budget;
                Files = Files.Reboot(power);
            }

            public abstract IConfigStore Store();

            public abstract ISmallRecord ResetRecord();

            public abstract IStoredConfig NewConfig();
        }

        private sealed class LittleFsMedium : FileMedium
        {
            public override IConfigStore Store()
            {
                return GreenhouseConfig.CreateStore(Files);
            }

            public override ISmallRecord ResetRecord()
            {
                return GreenhouseConfig.CreateResetRecord(Files);
            }

            public override IStoredConfig NewConfig()
            {
                return new GreenhouseConfig();
            }
        }

        private sealed class SpiffsMedium : FileMedium
        {
            public override IConfigStore Store()
            {
                return SpiffsConfig.CreateStore(Files);
            }

            public override ISmallRecord ResetRecord()
            {
                return SpiffsConfig.CreateResetRecord(Files);
            }

            public override IStoredConfig NewConfig()
            {
                return new SpiffsConfig();
            }
        }
    }
}
