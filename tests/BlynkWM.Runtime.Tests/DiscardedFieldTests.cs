using System;

// Two firmware versions of one schema share a store on purpose: the type change that BWM0007 reports across classes
// is what these tests exercise (the analyzers run wherever the generator does).
#pragma warning disable BWM0007

namespace BlynkWM.Runtime.Tests
{
    /// <summary>A firmware's schema...</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/discard.cfg")]
    public partial class StoredSchema
    {
        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk", DefaultServer = "")] public BlynkCredential Blynk = new BlynkCredential();
        [DynamicParam("mode", MaxLength = 8)] public string Mode = "";
        [DynamicParam("threshold", Max = 1000)] public int Threshold;
        [DynamicParam("label", MaxLength = 20)] public string Label = "";
        [DynamicParam("enabled")] public bool Enabled;
        [DynamicParam("gone")] public int Gone;
    }

    /// <summary>
    /// ...and the next one: "mode" became an integer, "threshold" narrower, "label" shorter; "enabled" kept, "gone" removed,
    /// "added" new.
    /// </summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/discard.cfg")]
    public partial class ReadingSchema
    {
        [DynamicParam("label", MaxLength = 4)] public string Label = "none";
        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
        [BlynkCredential("blynk", DefaultServer = "")] public BlynkCredential Blynk = new BlynkCredential();
        [DynamicParam("mode")] public int Mode = 3;
        [DynamicParam("threshold", Max = 100)] public int Threshold = 50;
        [DynamicParam("enabled")] public bool Enabled;
        [DynamicParam("added")] public int Added = 7;
    }

    public class DiscardedFieldTests
    {
        private static byte[] Record(StoredSchema stored, out int length)
        {
            byte[] buffer = new byte[StoredSchema.StorageLayout.MaxRecordSize];
            length = stored.Write(buffer, 0, 1);
            return buffer;
        }

        private static StoredSchema Old() => new StoredSchema { Mode = "eco", Threshold = 500, Label = "kitchen", Enabled = true, Gone = 9 };

        private static List<string> Ids(ReadingSchema config)
        {
            var ids = new List<string>();
            for (int i = 0; i < config.DiscardedFieldCount; i++)
            {
                ids.Add(config.GetDiscardedFieldId(i));
            }

            return ids;
        }

        [Fact]
        public void Fields_whose_stored_value_no_longer_fits_are_reported_in_declaration_order()
        {
            byte[] record = Record(Old(), out int length);
            var config = new ReadingSchema();

            Assert.Equal(ConfigReadStatus.Ok, config.TryRead(record, 0, length));

            // Added (absent from the record) and gone (absent from the schema) are no loss; enabled survived.
            Assert.Equal(new[] { "label", "mode", "threshold" }, Ids(config));
            Assert.Equal("none", config.Label);
            Assert.Equal(3, config.Mode);
            Assert.Equal(50, config.Threshold);
            Assert.True(config.Enabled);
            Assert.Equal(7, config.Added);
        }

        [Fact]
        public void A_record_that_fits_reports_nothing_and_resets_an_earlier_report()
        {
            byte[] old = Record(Old(), out int oldLength);
            var config = new ReadingSchema();
            config.TryRead(old, 0, oldLength);
            Assert.Equal(3, config.DiscardedFieldCount);

            byte[] fitting = Record(new StoredSchema { Mode = "", Threshold = 100, Label = "hall" }, out int length);
            var probe = new ReadingSchema();
            Assert.Equal(ConfigReadStatus.Ok, probe.TryRead(fitting, 0, length));
            Assert.Equal(new[] { "mode" }, Ids(probe)); // a string is never an integer, even an empty one

            var current = new ReadingSchema { Label = "hall", Threshold = 100 };
            byte[] own = new byte[ReadingSchema.StorageLayout.MaxRecordSize];
            int ownLength = current.Write(own, 0, 2);
            Assert.Equal(ConfigReadStatus.Ok, config.TryRead(own, 0, ownLength));
            Assert.Equal(0, config.DiscardedFieldCount);
            Assert.Throws<ArgumentOutOfRangeException>(() => config.GetDiscardedFieldId(0));
        }

        [Fact]
        public void A_failed_read_leaves_the_report_and_reset_to_defaults_clears_it()
        {
            byte[] record = Record(Old(), out int length);
            var config = new ReadingSchema();
            config.TryRead(record, 0, length);

            record[length - 1] ^= 1;
            Assert.Equal(ConfigReadStatus.BadCrc, config.TryRead(record, 0, length));
            Assert.Equal(3, config.DiscardedFieldCount);

            config.ResetToDefaults();
            Assert.Equal(0, config.DiscardedFieldCount);
        }

        [Fact]
        public void A_store_load_reports_the_discarded_fields()
        {
            var files = new Dictionary<string, MemoryFile>();
            StoredSchema.CreateStore(new PowerCutFileStore(files, new PowerBudget())).Save(Old());

            var config = new ReadingSchema();
            Assert.Equal(ConfigReadStatus.Ok, ReadingSchema.CreateStore(new PowerCutFileStore(files, new PowerBudget())).Load(config));

            Assert.Equal(new[] { "label", "mode", "threshold" }, Ids(config));
        }

        [Fact]
        public void Reading_and_reporting_allocate_nothing()
        {
            // Only the strings a read keeps are allocated; this record keeps none (the long label is discarded, the rest empty).
            byte[] record = Record(new StoredSchema { Mode = "", Threshold = 500, Label = "kitchen" }, out int length);
            var config = new ReadingSchema();
            config.TryRead(record, 0, length);
            int seen = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int round = 0; round < 10; round++)
            {
                config.TryRead(record, 0, length);
                for (int i = 0; i < config.DiscardedFieldCount; i++)
                {
                    seen += config.GetDiscardedFieldId(i).Length;
                }
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(10 * ("label".Length + "mode".Length + "threshold".Length), seen);
        }
    }
}
