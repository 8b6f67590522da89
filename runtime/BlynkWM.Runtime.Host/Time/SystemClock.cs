using System.Diagnostics;
using BlynkWM.Ports;

namespace BlynkWM.Host.Time
{
    /// <summary>Monotonic milliseconds from <see cref="Stopwatch"/>, counted from this object's creation like a device's uptime.</summary>
    public sealed class SystemClock : IClock
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        /// <inheritdoc/>
        public long NowMilliseconds => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
    }
}
