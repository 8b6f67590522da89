using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>The record format on the device: golden bytes both ways, an emoji round trip, damage detection.</summary>
    public static class RecordSuite
    {
        public static void Run(Check check)
        {
            check.Run("record.golden-write", GoldenWrite);
            check.Run("record.golden-read", GoldenRead);
            check.Run("record.emoji-round-trip", EmojiRoundTrip);
            check.Run("record.bit-flips", BitFlips);
            check.Run("record.samples", SampleDigests);
        }

        private static void GoldenWrite(Check check)
        {
            byte[] golden = Hex.Parse(Golden.DeviceConfigV1);
            DeviceConfig config = Samples.DeviceA();
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 0x01020304u);
            check.Bytes("DeviceA with sequence 0x01020304 writes the golden bytes", golden, buffer, 0, length);
        }

        private static void GoldenRead(Check check)
        {
            byte[] golden = Hex.Parse(Golden.DeviceConfigV1);
            var config = new DeviceConfig();
            check.Equal("golden bytes read Ok", (long)ConfigReadStatus.Ok, (long)config.TryRead(golden, 0, golden.Length));
            check.True("golden bytes read back into DeviceA", Samples.Same(Samples.Fingerprint(Samples.DeviceA()), Samples.Fingerprint(config)));
            check.Equal("accented SSID read back", "Caf\u00e9-G\u00e4ste 5G", config.BackupWifi.Ssid);
        }

        private static void EmojiRoundTrip(Check check)
        {
            DeviceConfig written = Samples.DeviceB();
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = written.Write(buffer, 0, 7);
            check.Digest("DeviceB record", buffer, 0, length);
            var read = new DeviceConfig();
            check.Equal("read Ok", (long)ConfigReadStatus.Ok, (long)read.TryRead(buffer, 0, length));
            check.Equal("emoji SSID survives", Samples.EmojiSsid, read.BackupWifi.Ssid);
            check.Equal("emoji SSID keeps its two UTF-16 units", 10, read.BackupWifi.Ssid.Length);
            check.True("every field survives", Samples.Same(Samples.Fingerprint(written), Samples.Fingerprint(read)));
        }

        private static void BitFlips(Check check)
        {
            DeviceConfig source = Samples.DeviceA();
            byte[] record = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = source.Write(record, 0, 1);
            byte[] before = Samples.Fingerprint(Samples.DeviceB());
            int undetected = 0;
            int changed = 0;
            for (int bit = 0; bit < length * 8; bit++)
            {
                record[bit / 8] ^= (byte)(1 << (bit % 8));
                DeviceConfig target = Samples.DeviceB();
                if (target.TryRead(record, 0, length) == ConfigReadStatus.Ok)
                {
                    undetected++;
                }

                if (!Samples.Same(before, Samples.Fingerprint(target)))
                {
                    changed++;
                }

                record[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            check.Equal("every single-bit flip is detected", 0, undetected);
            check.Equal("a damaged record changes nothing", 0, changed);
        }

        private static void SampleDigests(Check check)
        {
            Digest(check, "DeviceConfig defaults", new DeviceConfig());
            Digest(check, "GreenhouseConfig defaults", new GreenhouseConfig());
            Digest(check, "SpiffsConfig defaults", new SpiffsConfig());
            var greenhouse = new GreenhouseConfig();
            greenhouse.Wifi.Ssid = Samples.EmojiSsid;
            greenhouse.VentThreshold = -400;
            greenhouse.ReportIntervalSeconds = 3600;
            greenhouse.Note = "\u00c4rger mit \u20ac und \U0001F331";
            Digest(check, "GreenhouseConfig set", greenhouse);
            check.True("digests printed", true);
        }

        private static void Digest(Check check, string name, IStoredConfig config)
        {
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 3);
            check.Digest(name, buffer, 0, length);
        }
    }
}
