using BlynkWM.Ports;

namespace BlynkWM.Platform
{
    /// <summary>
    /// When an asynchronous radio scan may start: not while one is running, unless its result is overdue (a scan that
    /// never reports, for instance because the radio was busy connecting, must not block scanning for good). Not
    /// thread-safe: the scanner adapter calls it under its lock, from the run loop and from the radio's event thread.
    /// </summary>
    public sealed class ScanSchedule
    {
        private readonly IClock _clock;
        private readonly int _timeoutMilliseconds;
        private bool _running;
        private long _startedAt;

        /// <param name="clock">The clock the timeout is measured on.</param>
        /// <param name="timeoutMilliseconds">How long a scan may run before another may start regardless.</param>
        public ScanSchedule(IClock clock, int timeoutMilliseconds)
        {
            if (clock == null)
            {
                throw new System.ArgumentNullException("clock");
            }

            if (timeoutMilliseconds <= 0)
            {
                throw new System.ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            _clock = clock;
            _timeoutMilliseconds = timeoutMilliseconds;
        }

        public bool IsRunning
        {
            get { return _running && _clock.NowMilliseconds - _startedAt < _timeoutMilliseconds; }
        }

        /// <summary>True (and the scan counts as running from now) when no scan is running or the running one is overdue.</summary>
        public bool TryStart()
        {
            if (IsRunning)
            {
                return false;
            }

            _running = true;
            _startedAt = _clock.NowMilliseconds;
            return true;
        }

        /// <summary>The scan reported its results, or could not start: another may start at once.</summary>
        public void Ended()
        {
            _running = false;
        }
    }
}
