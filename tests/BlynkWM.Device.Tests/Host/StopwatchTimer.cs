namespace BlynkWM.Device.Tests
{
    /// <summary>.NET's high-resolution clock; no heap figure (the heap figures are nanoCLR's).</summary>
    public sealed class StopwatchTimer : IBenchTimer
    {
        public long NowTicks
        {
            get { return System.Diagnostics.Stopwatch.GetTimestamp() * 10_000_000 / System.Diagnostics.Stopwatch.Frequency; }
        }

        public long FreeHeapBytes()
        {
            return -1;
        }
    }
}
