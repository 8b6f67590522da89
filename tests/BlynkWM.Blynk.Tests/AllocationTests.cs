using System;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>Whether steady-state traffic allocates (0 or not); the figure itself is ./bench.sh connectivity's.</summary>
    public sealed class AllocationTests
    {
        [Fact]
        public void VirtualWrite_and_Step_allocate_nothing_in_steady_state()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());
            rig.Servers[0].Record = false;
            for (int i = 0; i < 1000; i++)
            {
                Loop(rig, i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++)
            {
                Loop(rig, i);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.True(rig.Servers[0].VirtualWrites >= 11_000);
        }

        [Fact]
        public void Receiving_pin_writes_allocates_nothing_when_the_handler_reads_numbers()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            double sum = 0;
            rig.Client.OnWrite(1, (pin, value) => sum += value.AsDouble() + value.AsInt());
            Assert.True(rig.Connect());
            byte[] frame = Frame.Build(20, 7, "vw|1|21.5");
            for (int i = 0; i < 100; i++)
            {
                rig.Servers[0].SendRaw(frame);
                rig.Client.Step();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++)
            {
                rig.Servers[0].SendRaw(frame);
                rig.Client.Step();
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(10_100 * 42.5, sum);
        }

        private static void Loop(BlynkRig rig, int i)
        {
            rig.Client.VirtualWrite(1, i);
            rig.Client.Step();
            rig.Servers[0].Poll();
            rig.Clock.Advance(1);
        }
    }
}
