using BlynkWM.Storage;
using Xunit;

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
    }
}
