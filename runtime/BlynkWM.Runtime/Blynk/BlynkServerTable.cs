using BlynkWM.Ports;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// The servers in order of preference with what the client knows of each: failures in a row, when it may be tried
    /// again (exponential backoff with jitter), whether its token was rejected, where a redirect sent it, and its last
    /// failure. Decides which server to try next and which one to probe for a return.
    /// </summary>
    internal sealed class BlynkServerTable
    {
        private readonly BlynkServerEndpoint[] _servers;
        private readonly int[] _failures;
        private readonly long[] _retryAt;
        private readonly bool[] _disabled;
        private readonly BlynkFailure[] _lastFailure;
        private readonly StreamFailure[] _lastStreamFailure;
        private readonly string[] _redirectHost;
        private readonly int[] _redirectPort;
        private readonly BlynkClientOptions _options;
        private readonly IRandomSource _random;
        private readonly byte[] _randomBytes = new byte[2];
        private long _nextProbeAt;

        public BlynkServerTable(BlynkServerEndpoint[] servers, BlynkClientOptions options, IRandomSource random)
        {
            int n = servers == null ? 0 : servers.Length;
            _servers = new BlynkServerEndpoint[n];
            for (int i = 0; i < n; i++)
            {
                _servers[i] = servers[i];
            }

            _failures = new int[n];
            _retryAt = new long[n];
            _disabled = new bool[n];
            _lastFailure = new BlynkFailure[n];
            _lastStreamFailure = new StreamFailure[n];
            _redirectHost = new string[n];
            _redirectPort = new int[n];
            _options = options;
            _random = random;
        }

        public int Count
        {
            get { return _servers.Length; }
        }

        public BlynkServerEndpoint Get(int index)
        {
            return _servers[index];
        }

        public bool IsDisabled(int index)
        {
            return _disabled[index];
        }

        public long RetryAt(int index)
        {
            return _retryAt[index];
        }

        public BlynkFailure LastFailure(int index)
        {
            return _lastFailure[index];
        }

        public StreamFailure LastStreamFailure(int index)
        {
            return _lastStreamFailure[index];
        }

        /// <summary>Where to connect for server <paramref name="index"/>: a redirect's target while one is in force.</summary>
        public string HostOf(int index)
        {
            return _redirectHost[index] != null ? _redirectHost[index] : _servers[index].Host;
        }

        public int PortOf(int index)
        {
            return _redirectHost[index] != null ? _redirectPort[index] : _servers[index].Port;
        }

        /// <summary>True when no server can ever be tried again (none configured, or every token rejected).</summary>
        public bool NoneUsable
        {
            get
            {
                for (int i = 0; i < _servers.Length; i++)
                {
                    if (!_disabled[i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The most preferred server that may be tried at <paramref name="now"/>, or -1.</summary>
        public int PickNext(long now)
        {
            for (int i = 0; i < _servers.Length; i++)
            {
                if (!_disabled[i] && _retryAt[i] <= now)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>When the next server becomes eligible; long.MaxValue when none ever will.</summary>
        public long EarliestRetry()
        {
            long earliest = long.MaxValue;
            for (int i = 0; i < _servers.Length; i++)
            {
                if (!_disabled[i] && _retryAt[i] < earliest)
                {
                    earliest = _retryAt[i];
                }
            }

            return earliest;
        }

        /// <summary>
        /// A server more preferred than <paramref name="current"/> to probe now, or -1: one not disabled, out of its
        /// backoff, and at least <see cref="BlynkClientOptions.PreferredProbeIntervalMs"/> after the previous probe.
        /// </summary>
        public int ProbeCandidate(int current, long now)
        {
            if (now < _nextProbeAt)
            {
                return -1;
            }

            for (int i = 0; i < current; i++)
            {
                if (!_disabled[i] && _retryAt[i] <= now)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A probe was made (whatever its outcome): the next one waits a full interval.</summary>
        public void Probed(long now)
        {
            _nextProbeAt = now + _options.PreferredProbeIntervalMs;
        }

        /// <summary>Logged in: the server's record is clean again.</summary>
        public void Succeeded(int index, long now)
        {
            _failures[index] = 0;
            _retryAt[index] = 0;
            _lastFailure[index] = BlynkFailure.None;
            _lastStreamFailure[index] = StreamFailure.None;
            _nextProbeAt = now + _options.PreferredProbeIntervalMs;
        }

        /// <summary>
        /// Records a failure: an invalid token disables the server until the config changes; anything else backs it off.
        /// A redirect target that fails is forgotten, so the next attempt goes to the configured address again.
        /// </summary>
        public void Failed(int index, long now, BlynkFailure failure, StreamFailure streamFailure)
        {
            _lastFailure[index] = failure;
            _lastStreamFailure[index] = streamFailure;
            _redirectHost[index] = null;
            if (failure == BlynkFailure.InvalidToken)
            {
                _disabled[index] = true;
                return;
            }

            if (_failures[index] < 30)
            {
                _failures[index]++;
            }

            _retryAt[index] = now + Backoff(_failures[index]);
        }

        public void Redirect(int index, string host, int port)
        {
            _redirectHost[index] = host;
            _redirectPort[index] = port;
        }

        /// <summary>Every server may be tried at once (after Start: the network just came back).</summary>
        public void ClearBackoff()
        {
            for (int i = 0; i < _servers.Length; i++)
            {
                _failures[i] = 0;
                _retryAt[i] = 0;
            }

            _nextProbeAt = 0;
        }

        /// <summary>Initial × 2^(failures-1), capped, then moved by up to ±jitter%.</summary>
        public long Backoff(int failures)
        {
            long delay = _options.BackoffInitialMs;
            for (int k = 1; k < failures && delay < _options.BackoffMaxMs; k++)
            {
                delay *= 2;
            }

            if (delay > _options.BackoffMaxMs)
            {
                delay = _options.BackoffMaxMs;
            }

            long spread = delay * _options.BackoffJitterPercent / 100;
            if (spread <= 0 || _random == null)
            {
                return delay;
            }

            _random.NextBytes(_randomBytes, 0, 2);
            int r = (_randomBytes[0] << 8) | _randomBytes[1]; // 0..65535
            return delay - spread + (2 * spread * r / 65535);
        }
    }
}
