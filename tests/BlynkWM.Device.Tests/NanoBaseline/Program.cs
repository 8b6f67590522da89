namespace BlynkWM.Device.Baseline
{
    /// <summary>
    /// An empty application with the same nanoFramework libraries as the benchmark: the free heap it reports is the
    /// baseline the heap figures are measured from, so they count everything BlynkWM keeps in RAM.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            System.Console.WriteLine("bench heap.baseline_free " + nanoFramework.Runtime.Native.GC.Run(false).ToString());
            System.Console.WriteLine(System.Text.Encoding.UTF8.GetBytes("x").Length == 1 ? "bench baseline ok" : "bench baseline odd");
        }
    }
}
