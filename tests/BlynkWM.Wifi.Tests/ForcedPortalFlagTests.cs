using System.Linq;

namespace BlynkWM.Wifi.Tests
{
    public class ForcedPortalFlagTests
    {
        private readonly byte[] _medium = Enumerable.Repeat((byte)0xFF, DeviceConfig.StorageLayout.StoreCapacity).ToArray();

        private ForcedPortalFlag Boot(out CountingByteStore store, long budget = long.MaxValue)
        {
            store = new CountingByteStore(_medium, new PowerBudget(budget));
            return new ForcedPortalFlag(DeviceConfig.CreatePortalFlagRecord(store));
        }

        [Fact]
        public void A_one_shot_request_opens_the_portal_at_the_next_boot_only()
        {
            Boot(out _).Request(ForcedPortalMode.OneShot);
            Assert.Equal(ForcedPortalMode.OneShot, Boot(out CountingByteStore first).TakeAtBoot());
            Assert.Equal(1, first.Writes);
            Assert.Equal(ForcedPortalMode.None, Boot(out CountingByteStore second).TakeAtBoot());
            Assert.Equal(0, second.Writes);
        }

        [Fact]
        public void A_fallback_request_is_taken_once_and_reads_as_fallback()
        {
            Boot(out _).Request(ForcedPortalMode.Fallback);
            Assert.Equal(ForcedPortalMode.Fallback, Boot(out _).Stored);
            Assert.Equal(ForcedPortalMode.Fallback, Boot(out CountingByteStore first).TakeAtBoot());
            Assert.Equal(1, first.Writes);
            Assert.Equal(ForcedPortalMode.None, Boot(out _).TakeAtBoot());
        }

        [Fact]
        public void A_persistent_request_lasts_until_a_save_and_costs_no_write_per_boot()
        {
            Boot(out _).Request(ForcedPortalMode.Persistent);
            for (int boot = 0; boot < 3; boot++)
            {
                Assert.Equal(ForcedPortalMode.Persistent, Boot(out CountingByteStore store).TakeAtBoot());
                Assert.Equal(0, store.Writes);
            }

            ForcedPortalFlag flag = Boot(out CountingByteStore saving);
            flag.ConfigSaved();
            Assert.Equal(1, saving.Writes);
            flag.ConfigSaved();
            Assert.Equal(1, saving.Writes);
            Assert.Equal(ForcedPortalMode.None, Boot(out _).TakeAtBoot());
        }

        [Fact]
        public void Requesting_what_is_stored_writes_nothing_and_the_reset_record_is_untouched()
        {
            ForcedPortalFlag flag = Boot(out CountingByteStore store);
            flag.Request(ForcedPortalMode.None);
            Assert.Equal(0, store.Writes);
            flag.Request(ForcedPortalMode.OneShot);
            flag.Request(ForcedPortalMode.OneShot);
            Assert.Equal(1, store.Writes);
            Assert.False(DeviceConfig.CreateResetRecord(new PowerCutByteStore(_medium, new PowerBudget())).TryRead(out _));
        }

        [Fact]
        public void A_request_torn_by_a_power_cut_reads_as_none()
        {
            for (int cut = 0; ; cut++)
            {
                System.Array.Fill(_medium, (byte)0xFF);
                bool wasCut = false;
                try
                {
                    Boot(out _, cut).Request(ForcedPortalMode.Persistent);
                }
                catch (PowerCutException)
                {
                    wasCut = true;
                }

                ForcedPortalMode mode = Boot(out _).TakeAtBoot();
                Assert.Equal(wasCut ? ForcedPortalMode.None : ForcedPortalMode.Persistent, mode);
                if (!wasCut)
                {
                    Assert.True(cut >= 8);
                    break;
                }
            }
        }
    }
}
