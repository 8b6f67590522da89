namespace BlynkWM.Device.Tests
{
    /// <summary>The device tests as nanoCLR runs them (nanoCLR prints Console output and no exit code).</summary>
    public static class Program
    {
        public static void Main()
        {
            DeviceTests.RunAll();
        }
    }
}
