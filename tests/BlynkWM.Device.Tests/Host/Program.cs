namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The device tests and benchmarks on .NET: the lane compares this run's "=" lines with nanoCLR's (byte identity),
    /// the nanoclr benchmark group prints its figures beside nanoCLR's.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "bench")
            {
                DeviceBench.Run(new StopwatchTimer());
                return 0;
            }

            return DeviceTests.RunAll() == 0 ? 0 : 1;
        }
    }
}
