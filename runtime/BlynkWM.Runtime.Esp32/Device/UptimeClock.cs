using BlynkWM.Ports;

namespace BlynkWM.Esp32.Device
{
    /// <summary>
    /// Milliseconds since boot from nanoFramework's <c>System.Environment.TickCount64</c> (assembly
    /// nanoFramework.Runtime.Native; CoreLibrary's mscorlib has no Environment). Monotonic, unlike
    /// <c>DateTime.UtcNow</c>, which jumps when SNTP or Rtc.SetSystemTime sets the time.
    /// </summary>
    public sealed class UptimeClock : IClock
    {
        /// <inheritdoc/>
        /// <remarks>Environment.TickCount64: milliseconds since boot; it never goes back.</remarks>
        public long NowMilliseconds
        {
            get { return System.Environment.TickCount64; }
        }
    }
}
