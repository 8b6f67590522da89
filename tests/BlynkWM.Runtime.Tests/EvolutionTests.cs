using System;
using System.Linq;

// Two firmware versions of one schema share a store on purpose: the type change that BWM0007 reports across classes
// is what these tests exercise (the analyzers run wherever the generator does).
#pragma warning disable BWM0007

namespace BlynkWM.Runtime.Tests
{
    /// <summary>Firmware 1 of a device.</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/evolution.cfg")]
    public partial class SchemaV1
    {
        [WifiCredential("wifi1")] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk1")] public BlynkCredential Blynk = new BlynkCredential();
        [DynamicParam("mqtt_server", MaxLength = 40)] public string MqttServer = "v1-default";
        [DynamicParam("mqtt_port")] public int MqttPort = 1883;
        [DynamicParam("legacy", MaxLength = 10)] public string Legacy = "";
        [DynamicParam("level")] public int Level = 5;
        [DynamicParam("note", MaxLength = 20)] public string Note = "";
        [DynamicParam("speed", Max = 1000)] public int Speed = 10;
    }

    /// <summary>
    /// Firmware 2: fields reordered and members renamed (ids kept), "legacy" removed, "timezone" and "dst" added,
    /// "level" widened to long, "note" shortened, "speed" range narrowed.
    /// </summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/evolution.cfg")]
    public partial class SchemaV2
    {
        [DynamicParam("mqtt_port")] public int Port = 1883;
        [DynamicParam("timezone", MaxLength = 32)] public string TimeZone = "UTC";
        [BlynkCredential("blynk1")] public BlynkCredential Cloud = new BlynkCredential();
        [WifiCredential("wifi1")] public WifiCredential Network = new WifiCredential();
        [DynamicParam("level")] public long Level = 1;
        [DynamicParam("mqtt_server", MaxLength = 40)] public string Broker = "v2-default";
        [DynamicParam("note", MaxLength = 5)] public string Note = "none";
        [DynamicParam("speed", Max = 100)] public int Speed = 50;
        [DynamicParam("dst")] public bool DaylightSaving = true;
    }

    /// <summary>
    /// Another firmware of the same device with a much larger schema (long MaxLengths): its records are longer than
    /// the largest record <see cref="SchemaV2"/> can write, so they do not fit the read buffer V2's stores size for
    /// themselves. Reached by a downgrade from it, or an upgrade that dropped its long fields.
    /// </summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/evolution.cfg")]
    public partial class SchemaWide
    {
        [WifiCredential("wifi1")] public WifiCredential Network = new WifiCredential();
        [BlynkCredential("blynk1")] public BlynkCredential Cloud = new BlynkCredential();
        [DynamicParam("mqtt_server", MaxLength = 40)] public string Broker = "wide-default";
        [DynamicParam("mqtt_port")] public int Port = 1883;
        [DynamicParam("timezone", MaxLength = 32)] public string TimeZone = "UTC";
        [DynamicParam("history", MaxLength = 1024)] public string History = "";
        [DynamicParam("certificate", MaxLength = 1024)] public string Certificate = "";
    }

    public class EvolutionTests
    {
        private static SchemaV1 StoredByV1()
        {
            var v1 = new SchemaV1();
            v1.Wifi.Ssid = "HomeNet";
            v1.Wifi.Password = "secret-pass";
            v1.Blynk.Server = "blynk.local";
            v1.Blynk.Port = 8080;
            v1.Blynk.Token = "tok";
            v1.MqttServer = "broker.lan";
            v1.MqttPort = 1884;
            v1.Legacy = "gone";
            v1.Level = 7;
            v1.Note = "this is too long";
            v1.Speed = 500;
            return v1;
        }

        [Fact]
        public void Newer_schema_keeps_surviving_fields_and_defaults_new_ones()
        {
            byte[] bytes = RecordFormatTests.Record(StoredByV1(), out int length);

            var v2 = new SchemaV2();
            Assert.Equal(ConfigReadStatus.Ok, v2.TryRead(bytes, 0, length));

            Assert.Equal("HomeNet", v2.Network.Ssid);
            Assert.Equal("secret-pass", v2.Network.Password);
            Assert.Equal("blynk.local", v2.Cloud.Server);
            Assert.Equal(8080, v2.Cloud.Port);
            Assert.Equal("tok", v2.Cloud.Token);
            Assert.Equal("broker.lan", v2.Broker);
            Assert.Equal(1884, v2.Port);
            Assert.Equal(7L, v2.Level);
            Assert.Equal("UTC", v2.TimeZone);
            Assert.True(v2.DaylightSaving);
        }

        [Fact]
        public void Values_the_new_schema_no_longer_allows_fall_back_to_their_defaults()
        {
            byte[] bytes = RecordFormatTests.Record(StoredByV1(), out int length);
            var v2 = new SchemaV2 { Note = "x", Speed = 1 };
            Assert.Equal(ConfigReadStatus.Ok, v2.TryRead(bytes, 0, length));
            Assert.Equal("none", v2.Note);
            Assert.Equal(50, v2.Speed);
        }

        [Fact]
        public void Older_firmware_reads_a_newer_record_and_skips_unknown_fields()
        {
            var v2 = new SchemaV2 { Broker = "new.broker", Level = 3, TimeZone = "CET" };
            v2.Network.Ssid = "Net2";
            byte[] bytes = RecordFormatTests.Record(v2, out int length);

            var v1 = new SchemaV1();
            Assert.Equal(ConfigReadStatus.Ok, v1.TryRead(bytes, 0, length));
            Assert.Equal("Net2", v1.Wifi.Ssid);
            Assert.Equal("new.broker", v1.MqttServer);
            Assert.Equal(3, v1.Level);
            Assert.Equal("", v1.Legacy);
        }

        [Fact]
        public void A_widened_value_that_no_longer_fits_the_narrow_type_falls_back_to_the_default()
        {
            var v2 = new SchemaV2 { Level = 5_000_000_000 };
            byte[] bytes = RecordFormatTests.Record(v2, out int length);
            var v1 = new SchemaV1 { Level = 99 };
            Assert.Equal(ConfigReadStatus.Ok, v1.TryRead(bytes, 0, length));
            Assert.Equal(5, v1.Level);
        }

        [Fact]
        public void Schemas_have_different_fingerprints()
        {
            Assert.NotEqual(SchemaV1.StorageLayout.SchemaFingerprint, SchemaV2.StorageLayout.SchemaFingerprint);
        }

        // ---- through the stores: a record longer than this firmware's largest -------------------------------------

        public static TheoryData<string> Kinds => new() { "littlefs", "spiffs", "eeprom" };

        private static SchemaWide StoredByWide()
        {
            var wide = new SchemaWide { Broker = "broker.wide", Port = 2883, TimeZone = "Europe/Vienna" };
            wide.Network.Ssid = "WideNet";
            wide.Network.Password = "wide-pass";
            wide.Cloud.Server = "blynk.wide";
            wide.Cloud.Port = 9443;
            wide.Cloud.Token = "wide-token";
            wide.History = new string('h', 1000);
            wide.Certificate = new string('c', 1000);
            return wide;
        }

        /// <summary>The same medium as each firmware version's store sees it: file stores sized to their own schema, EEPROM slots shared.</summary>
        private sealed class Device
        {
            private const int SlotSize = SchemaWide.StorageLayout.MaxRecordSize;
            private readonly string _kind;
            private readonly Dictionary<string, MemoryFile> _files = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            private readonly byte[] _eeprom = Enumerable.Repeat((byte)0xFF, 16 + (2 * SlotSize)).ToArray();

            public Device(string kind)
            {
                _kind = kind;
            }

            public Dictionary<string, MemoryFile> Files => _files;

            public IConfigStore Boot(int maxRecordSize)
            {
                var files = new PowerCutFileStore(_files, new PowerBudget());
                return _kind switch
                {
                    "littlefs" => new LittleFsConfigStore(files, "/evolution.cfg", maxRecordSize),
                    "spiffs" => new SpiffsConfigStore(files, "/evolution", maxRecordSize),
                    // Both firmware versions declare the same EEPROM region, so their slots coincide.
                    _ => new EepromConfigStore(new PowerCutByteStore(_eeprom, new PowerBudget()), 16, 16 + SlotSize, SlotSize),
                };
            }
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_longer_record_from_another_firmware_loads_and_survives_the_next_save(string kind)
        {
            var device = new Device(kind);
            SchemaWide wide = StoredByWide();
            device.Boot(SchemaWide.StorageLayout.MaxRecordSize).Save(wide);
            device.Boot(SchemaWide.StorageLayout.MaxRecordSize).Save(wide);
            RecordFormatTests.Record(wide, out int wideLength);
            Assert.True(wideLength > SchemaV2.StorageLayout.MaxRecordSize, "the wide record must be longer than V2's largest: " + wideLength);

            // Firmware V2 boots: its store's buffer holds at most SchemaV2.StorageLayout.MaxRecordSize bytes.
            IConfigStore v2Store = device.Boot(SchemaV2.StorageLayout.MaxRecordSize);
            var v2 = new SchemaV2();
            Assert.Equal(ConfigReadStatus.Ok, v2Store.Load(v2));
            Assert.Equal("WideNet", v2.Network.Ssid);
            Assert.Equal("wide-pass", v2.Network.Password);
            Assert.Equal("blynk.wide", v2.Cloud.Server);
            Assert.Equal(9443, v2.Cloud.Port);
            Assert.Equal("wide-token", v2.Cloud.Token);
            Assert.Equal("broker.wide", v2.Broker);
            Assert.Equal(2883, v2.Port);
            Assert.Equal("Europe/Vienna", v2.TimeZone);
            Assert.Equal(1L, v2.Level); // not in the wide schema: its default
            Assert.Equal(2u, v2Store.CurrentSequence);

            // The next save keeps every surviving field, and the result loads after a reboot.
            v2.Note = "v2";
            v2Store.Save(v2);
            Assert.Equal(3u, v2Store.CurrentSequence);
            var reloaded = new SchemaV2();
            Assert.Equal(ConfigReadStatus.Ok, device.Boot(SchemaV2.StorageLayout.MaxRecordSize).Load(reloaded));
            Assert.Equal("WideNet", reloaded.Network.Ssid);
            Assert.Equal("wide-token", reloaded.Cloud.Token);
            Assert.Equal("broker.wide", reloaded.Broker);
            Assert.Equal("Europe/Vienna", reloaded.TimeZone);
            Assert.Equal("v2", reloaded.Note);

            // And going back to the wide firmware finds V2's copy, the newest, with the shared fields intact.
            var back = new SchemaWide { History = "stale" };
            IConfigStore wideStore = device.Boot(SchemaWide.StorageLayout.MaxRecordSize);
            Assert.Equal(ConfigReadStatus.Ok, wideStore.Load(back));
            Assert.Equal("WideNet", back.Network.Ssid);
            Assert.Equal("broker.wide", back.Broker);
            Assert.Equal("", back.History);
            Assert.Equal(3u, wideStore.CurrentSequence);
        }

        [Theory]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_longer_record_cut_short_is_still_truncated_and_the_older_copy_wins(string kind)
        {
            var device = new Device(kind);
            var older = StoredByWide();
            older.History = "";
            older.Certificate = "";
            older.Broker = "older";
            device.Boot(SchemaWide.StorageLayout.MaxRecordSize).Save(older);
            device.Boot(SchemaWide.StorageLayout.MaxRecordSize).Save(StoredByWide());

            // Tear the newest (long) copy past V2's buffer size but before its end.
            MemoryFile newest = device.Files[kind == "littlefs" ? "/evolution.cfg" : "/evolution.b"];
            Assert.True(newest.Length > SchemaV2.StorageLayout.MaxRecordSize + 100);
            newest.Length = SchemaV2.StorageLayout.MaxRecordSize + 100;

            var v2 = new SchemaV2();
            Assert.Equal(ConfigReadStatus.Ok, device.Boot(SchemaV2.StorageLayout.MaxRecordSize).Load(v2));
            Assert.Equal("older", v2.Broker);
        }

        [Fact]
        public void A_longer_record_alone_and_cut_short_reads_as_truncated()
        {
            var device = new Device("spiffs");
            device.Boot(SchemaWide.StorageLayout.MaxRecordSize).Save(StoredByWide());
            MemoryFile only = device.Files["/evolution.a"];
            only.Length -= 1;

            var v2 = new SchemaV2 { Broker = "kept?" };
            Assert.Equal(ConfigReadStatus.Truncated, device.Boot(SchemaV2.StorageLayout.MaxRecordSize).Load(v2));
            Assert.Equal("v2-default", v2.Broker);
        }
    }
}
