namespace BlynkWM.Runtime.Tests
{
    /// <summary>The port of the seed's Async_ESP32WM_MRD_Config example (its figures come from ./bench.sh storage).</summary>
    public class SeedExampleTests
    {
        [Fact]
        public void The_seeds_defaults_and_secrets_save_and_load_through_its_eeprom_region()
        {
            var eeprom = new PowerCutByteStore(new byte[SeedExampleConfig.StorageLayout.StoreCapacity], new PowerBudget());
            SeedExampleConfig saved = SampleValues.SeedExample();
            SeedExampleConfig.CreateStore(eeprom).Save(saved);

            var loaded = new SeedExampleConfig();
            Assert.Equal(ConfigReadStatus.Ok, SeedExampleConfig.CreateStore(eeprom).Load(loaded));

            Assert.Equal("SSID2", loaded.Wifi2.Ssid);
            Assert.Equal("password2", loaded.Wifi2.Password);
            Assert.Equal("account.duckdns.org", loaded.Blynk2.Server);
            Assert.Equal(8080, loaded.Blynk2.Port);
            Assert.Equal("token1", loaded.Blynk2.Token);
            Assert.Equal("ESP32-Async-Blynk", loaded.BoardName);
            Assert.Equal(1883, loaded.MqttPort);
            Assert.Equal("default-mqtt-password", loaded.MqttPassword);
            Assert.Equal("default-mqtt-PubTopic", loaded.MqttPublishTopic);
            Assert.Equal(0, loaded.DiscardedFieldCount);
        }

        [Fact]
        public void Its_saved_record_is_smaller_than_the_worst_case_which_fits_a_slot()
        {
            int length = SampleValues.SeedExample().Write(new byte[SeedExampleConfig.StorageLayout.MaxRecordSize], 0, 1);
            int maxRecordSize = SeedExampleConfig.StorageLayout.MaxRecordSize;
            int slotSize = SeedExampleConfig.StorageLayout.SlotSize;

            Assert.InRange(length, ConfigRecord.Overhead + 1, maxRecordSize - 1);
            Assert.InRange(maxRecordSize, ConfigRecord.Overhead, slotSize);
        }
    }
}
