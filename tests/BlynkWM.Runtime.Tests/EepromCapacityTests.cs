using System;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>The run-time half of BWM0028: a store whose size is not the declared EepromCapacity is refused by name.</summary>
    public class EepromCapacityTests
    {
        private static PowerCutByteStore Store(int size) => new PowerCutByteStore(new byte[size], new PowerBudget());

        [Fact]
        public void A_store_of_another_size_is_refused_naming_both_sizes_and_the_region()
        {
            var error = Assert.Throws<ArgumentException>(() => DeviceConfig.CreateStore(Store(2048)));

            Assert.Equal("eeprom", error.ParamName);
            Assert.StartsWith("the EEPROM store has 2048 bytes, but DeviceConfig declares EepromCapacity = 4096 (its region is [0, 2048)", error.Message);
            Assert.Contains("): set EepromCapacity to the store's size", error.Message);
        }

        [Fact]
        public void The_flag_records_check_the_store_too()
        {
            Assert.Throws<ArgumentException>(() => DeviceConfig.CreateResetRecord(Store(8192)));
            Assert.Throws<ArgumentException>(() => DeviceConfig.CreatePortalFlagRecord(Store(1024)));
            Assert.Equal("eeprom", Assert.Throws<ArgumentNullException>(() => DeviceConfig.CreateStore(null!)).ParamName);
        }

        [Fact]
        public void A_store_of_the_declared_size_is_accepted()
        {
            PowerCutByteStore eeprom = Store(DeviceConfig.StorageLayout.StoreCapacity);
            DeviceConfig.CreateStore(eeprom).Save(SampleValues.DeviceA());
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, DeviceConfig.CreateStore(eeprom).Load(loaded));
            Assert.NotNull(DeviceConfig.CreatePortalFlagRecord(eeprom));
        }
    }
}
