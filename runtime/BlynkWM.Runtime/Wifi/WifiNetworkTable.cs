using BlynkWM.Ports;

namespace BlynkWM.Wifi
{
    /// <summary>
    /// The stored networks and what the manager knows of each: signal in the latest scan, status, last failure,
    /// attempts, whether it is skipped after a refused passphrase, and whether it was tried in the current round.
    /// Copies the credentials it is given, so a config edited elsewhere changes nothing until configured again.
    /// Allocates only when the number of networks changes.
    /// </summary>
    internal sealed class WifiNetworkTable
    {
        /// <summary>Signal of a network the latest scan did not show.</summary>
        public const int NotSeen = int.MinValue;

        private string[] _ssid = new string[0];
        private string[] _password = new string[0];
        private StaticIpConfig[] _staticIp = new StaticIpConfig[0];
        private int[] _rssi = new int[0];
        private WifiNetworkStatus[] _status = new WifiNetworkStatus[0];
        private WifiFailure[] _failure = new WifiFailure[0];
        private int[] _attempts = new int[0];
        private long[] _skipUntil = new long[0];
        private bool[] _tried = new bool[0];
        private bool _visibilityKnown;

        public int Count
        {
            get { return _ssid.Length; }
        }

        public bool IsSet(int i)
        {
            return _ssid[i].Length > 0;
        }

        public string Ssid(int i)
        {
            return _ssid[i];
        }

        public string Password(int i)
        {
            return _password[i];
        }

        public StaticIpConfig StaticIp(int i)
        {
            return _staticIp[i];
        }

        public int Rssi(int i)
        {
            return _rssi[i];
        }

        public WifiFailure Failure(int i)
        {
            return _failure[i];
        }

        public int Attempts(int i)
        {
            return _attempts[i];
        }

        public long SkipUntil(int i)
        {
            return _skipUntil[i];
        }

        public WifiNetworkStatus Status(int i, long now)
        {
            return _status[i] == WifiNetworkStatus.Failed && IsSkipped(i, now) ? WifiNetworkStatus.SkippedWrongPassword : _status[i];
        }

        public bool IsSkipped(int i, long now)
        {
            return _skipUntil[i] > now;
        }

        public bool AnySet
        {
            get
            {
                for (int i = 0; i < _ssid.Length; i++)
                {
                    if (IsSet(i))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when every set network is skipped for a refused passphrase.</summary>
        public bool AllSkipped(long now)
        {
            bool any = false;
            for (int i = 0; i < _ssid.Length; i++)
            {
                if (IsSet(i))
                {
                    if (!IsSkipped(i, now))
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any;
        }

        /// <summary>A set network, not skipped, that the latest scan shows.</summary>
        public bool AnyUsableInRange(long now)
        {
            for (int i = 0; i < _ssid.Length; i++)
            {
                if (IsSet(i) && !IsSkipped(i, now) && _rssi[i] != NotSeen)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Takes the networks; a set whose SSID or passphrase differs from before starts afresh (status, failure,
        /// attempts, skip). Returns a bit per index that changed (bit 31 for every index from 31 up), all bits when the
        /// number of sets changed.
        /// </summary>
        public int Configure(WifiCredential[] networks)
        {
            int n = networks == null ? 0 : networks.Length;
            int changed = 0;
            if (n != _ssid.Length)
            {
                Allocate(n);
                changed = ~0;
            }

            for (int i = 0; i < n; i++)
            {
                WifiCredential credential = networks[i];
                string ssid = credential == null || credential.Ssid == null ? "" : credential.Ssid;
                string password = credential == null || credential.Password == null ? "" : credential.Password;
                if (ssid != _ssid[i] || password != _password[i])
                {
                    changed |= 1 << (i < 31 ? i : 31);
                    _ssid[i] = ssid;
                    _password[i] = password;
                    Forget(i);
                }
            }

            return changed;
        }

        public void SetStaticIp(int i, StaticIpConfig staticIp)
        {
            _staticIp[i] = staticIp;
        }

        /// <summary>
        /// Takes a scan: each network's strongest entry. A skipped network that was not in the previous scan and is in
        /// this one is skipped no longer (it vanished and came back: perhaps another router). Returns how many usable
        /// networks appeared (in this scan, not in the previous one, which must have been known).
        /// </summary>
        public int TakeScan(WifiNetworkInfo[] scan, long now)
        {
            int appeared = 0;
            for (int i = 0; i < _ssid.Length; i++)
            {
                if (!IsSet(i))
                {
                    continue;
                }

                int best = NotSeen;
                for (int v = 0; v < scan.Length; v++)
                {
                    WifiNetworkInfo entry = scan[v];
                    if (entry != null && entry.Rssi > best && entry.Ssid == _ssid[i])
                    {
                        best = entry.Rssi;
                    }
                }

                bool wasSeen = _rssi[i] != NotSeen;
                _rssi[i] = best;
                if (best != NotSeen && !wasSeen && _visibilityKnown)
                {
                    _skipUntil[i] = 0;
                    appeared++;
                }
            }

            _visibilityKnown = true;
            return appeared;
        }

        /// <summary>No usable scan: every network counts as unseen, and the next scan shows no appearances.</summary>
        public void ForgetVisibility()
        {
            for (int i = 0; i < _rssi.Length; i++)
            {
                _rssi[i] = NotSeen;
            }

            _visibilityKnown = false;
        }

        public void BeginRound()
        {
            for (int i = 0; i < _tried.Length; i++)
            {
                _tried[i] = false;
            }
        }

        /// <summary>
        /// The network to try next in this round, or -1: among the set, untried, unskipped networks the strongest
        /// visible one, <paramref name="preferred"/> counting <paramref name="bonusDb"/> more; then (when allowed) the
        /// unseen ones, <paramref name="preferred"/> first, then in stored order.
        /// </summary>
        public int PickNext(int preferred, int bonusDb, bool allowUnseen, long now)
        {
            int best = -1;
            long bestScore = long.MinValue;
            for (int i = 0; i < _ssid.Length; i++)
            {
                if (!Eligible(i, now) || _rssi[i] == NotSeen)
                {
                    continue;
                }

                long score = (long)_rssi[i] + (i == preferred ? bonusDb : 0);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best >= 0 || !allowUnseen)
            {
                return best;
            }

            if (preferred >= 0 && preferred < _ssid.Length && Eligible(preferred, now))
            {
                return preferred;
            }

            for (int i = 0; i < _ssid.Length; i++)
            {
                if (Eligible(i, now))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A visible, usable network stronger than <paramref name="current"/> by more than <paramref name="marginDb"/> (the strongest such), or -1.</summary>
        public int StrongerThan(int current, int marginDb, long now)
        {
            if (_rssi[current] == NotSeen)
            {
                return -1;
            }

            long threshold = (long)_rssi[current] + marginDb;
            int best = -1;
            for (int i = 0; i < _ssid.Length; i++)
            {
                if (i != current && IsSet(i) && !IsSkipped(i, now) && _rssi[i] != NotSeen && _rssi[i] > threshold && (best < 0 || _rssi[i] > _rssi[best]))
                {
                    best = i;
                }
            }

            return best;
        }

        public void MarkTrying(int i)
        {
            _tried[i] = true;
            _attempts[i]++;
            _status[i] = WifiNetworkStatus.Connecting;
        }

        public void MarkConnected(int i)
        {
            _status[i] = WifiNetworkStatus.Connected;
            _failure[i] = WifiFailure.None;
            _skipUntil[i] = 0;
        }

        /// <summary>The manager left the network or abandoned the attempt by itself.</summary>
        public void MarkLeft(int i)
        {
            _status[i] = _failure[i] == WifiFailure.None ? WifiNetworkStatus.Idle : WifiNetworkStatus.Failed;
        }

        /// <summary>Records a failed attempt or a lost link; a refused passphrase skips the network until <paramref name="skipUntil"/>.</summary>
        public void MarkFailed(int i, WifiFailure failure, long skipUntil)
        {
            _status[i] = WifiNetworkStatus.Failed;
            _failure[i] = failure;
            if (failure == WifiFailure.WrongPassword)
            {
                _skipUntil[i] = skipUntil;
            }
        }

        private bool Eligible(int i, long now)
        {
            return IsSet(i) && !_tried[i] && !IsSkipped(i, now);
        }

        private void Forget(int i)
        {
            _status[i] = _ssid[i].Length > 0 ? WifiNetworkStatus.Idle : WifiNetworkStatus.Unused;
            _failure[i] = WifiFailure.None;
            _attempts[i] = 0;
            _skipUntil[i] = 0;
            _tried[i] = false;
        }

        private void Allocate(int n)
        {
            _ssid = new string[n];
            _password = new string[n];
            _staticIp = new StaticIpConfig[n];
            _rssi = new int[n];
            _status = new WifiNetworkStatus[n];
            _failure = new WifiFailure[n];
            _attempts = new int[n];
            _skipUntil = new long[n];
            _tried = new bool[n];
            for (int i = 0; i < n; i++)
            {
                _ssid[i] = "";
                _password[i] = "";
                _rssi[i] = NotSeen;
            }

            _visibilityKnown = false;
        }
    }
}
