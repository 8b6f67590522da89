using System.Threading;
using BlynkWM.Ports;

namespace BlynkWM.Host.Time
{
    /// <summary>A clock that moves only when told, so timeouts can be tested without waiting. Thread-safe.</summary>
    public sealed class ManualClock : IClock
    {
        private long _now;

        public ManualClock(long startMilliseconds = 0)
        {
            _now = startMilliseconds;
        }

        public long NowMilliseconds => Interlocked.Read(ref _now);

        public void Advance(long milliseconds) => Interlocked.Add(ref _now, milliseconds);
    }
}
