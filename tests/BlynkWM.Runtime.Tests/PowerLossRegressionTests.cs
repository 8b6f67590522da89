using System.Linq;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// The four ways an independent fault campaign broke the power-loss promise (issue 7), each reproduced at its
    /// fixed step. The campaigns in <see cref="PowerCutTests"/> and <see cref="FailedSaveTests"/> cover the class.
    /// </summary>
    public class PowerLossRegressionTests
    {
        [Fact]
        public void An_erased_eeprom_config_does_not_come_back_when_a_later_save_is_cut_after_its_header()
        {
            byte[] medium = ErasedEeprom();
            IConfigStore store = BootEeprom(medium, new PowerBudget());
            store.Save(Board("one"));
            store.Save(Board("two"));
            store.Erase();

            BootEeprom(medium, new PowerBudget()).Save(Board("new"));

            // "twx" has the length of "two": the cut leaves the header of a record as long as the erased one.
            Assert.Throws<PowerCutException>(() => BootEeprom(medium, new PowerBudget(1 + ConfigRecord.HeaderSize)).Save(Board("twx")));

            Assert.Equal("new", LoadBoard(BootEeprom(medium, new PowerBudget())));
        }

        [Fact]
        public void A_survived_eeprom_io_error_followed_by_a_cut_still_leaves_the_last_good_config()
        {
            byte[] medium = ErasedEeprom();
            var budget = new PowerBudget();
            IConfigStore store = BootEeprom(medium, budget);
            store.Save(Board("one"));

            budget.Schedule(1 + 50, FaultKind.IoError);
            Assert.Throws<IOException>(() => store.Save(Board("two")));

            // The device carries on with the same store; the next save is cut as far in.
            budget.Schedule(1 + 50, FaultKind.Cut);
            Assert.Throws<PowerCutException>(() => store.Save(Board("three")));

            Assert.Equal("one", LoadBoard(BootEeprom(medium, new PowerBudget())));
        }

        [Theory]
        [InlineData("eeprom", 1 + ConfigRecord.HeaderSize)]
        [InlineData("littlefs", 1)]
        [InlineData("spiffs", 1)]
        public void An_erase_cut_after_its_first_step_leaves_the_newest_config_not_an_older_one(string kind, int steps)
        {
            SimulatedStorage storage = SimulatedStorage.Named(kind);
            object medium = storage.NewMedium();
            IConfigStore store = storage.Boot(medium, new PowerBudget());
            store.Save(Board("one"));
            store.Save(Board("two"));
            store.Save(Board("three"));

            Assert.Throws<PowerCutException>(() => storage.Boot(medium, new PowerBudget(steps)).Erase());

            // The erase happened or it did not: "Empty" or "three", never "two".
            Assert.Contains(LoadBoard(storage.Boot(medium, new PowerBudget())), new[] { "three", nameof(ConfigReadStatus.Empty) });
        }

        private static DeviceConfig Board(string name) => new DeviceConfig { BoardName = name };

        private static byte[] ErasedEeprom() => Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();

        private static IConfigStore BootEeprom(byte[] medium, PowerBudget budget) => DeviceConfig.CreateStore(new PowerCutByteStore(medium, budget));

        /// <summary>The board name of the config a store loads, or its status when none loads.</summary>
        private static string LoadBoard(IConfigStore store)
        {
            var config = new DeviceConfig();
            ConfigReadStatus status = store.Load(config);
            return status == ConfigReadStatus.Ok ? config.BoardName : status.ToString();
        }
    }
}
