using BlynkWM.Ports;

namespace BlynkWM.Wifi
{
    /// <summary>Waits between rounds: the initial wait doubled per further failed round, capped, with random jitter.</summary>
    internal sealed class WifiBackoff
    {
        private readonly IRandomSource _random;
        private readonly byte[] _bytes = new byte[2];

        public WifiBackoff(IRandomSource random)
        {
            _random = random;
        }

        /// <summary>
        /// The wait after <paramref name="failedRounds"/> rounds in a row joined nothing (1 or more):
        /// <c>min(max, initial × 2^(failedRounds−1))</c>, moved by up to ± the jitter share, never above the maximum
        /// nor below half the initial wait.
        /// </summary>
        public long Delay(int failedRounds, WifiManagerOptions options)
        {
            long max = options.BackoffMaxMs > 0 ? options.BackoffMaxMs : 1;
            long delay = options.BackoffInitialMs > 0 ? options.BackoffInitialMs : 1;
            for (int k = 1; k < failedRounds && delay < max; k++)
            {
                delay *= 2;
            }

            if (delay > max)
            {
                delay = max;
            }

            int percent = options.BackoffJitterPercent;
            if (percent > 0)
            {
                _random.NextBytes(_bytes, 0, 2);
                long r = _bytes[0] | (_bytes[1] << 8);
                long span = delay * (percent > 100 ? 100 : percent) / 100;
                delay += (2 * span * r / 65535) - span;
            }

            long floor = options.BackoffInitialMs / 2;
            if (delay < floor)
            {
                delay = floor;
            }

            return delay > max ? max : delay;
        }
    }
}
