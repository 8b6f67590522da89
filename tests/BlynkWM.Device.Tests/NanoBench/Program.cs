namespace BlynkWM.Device.Tests
{
    /// <summary>The nanoclr benchmark group on nanoCLR: its clock and the heap nanoCLR reports.</summary>
    public static class Program
    {
        public static void Main()
        {
            DeviceBench.Run(new NanoTimer());
        }

        private sealed class NanoTimer : IBenchTimer
        {
            public long NowTicks
            {
                get { return System.DateTime.UtcNow.Ticks; }
            }

            public long FreeHeapBytes()
            {
                return nanoFramework.Runtime.Native.GC.Run(false);
            }
        }
    }
}
