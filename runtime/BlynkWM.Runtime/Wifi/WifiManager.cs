using BlynkWM.Ports;

namespace BlynkWM.Wifi
{
    /// <summary>
    /// Keeps the station joined to one of the stored networks, over an <see cref="IWifiRadio"/>, without ever blocking:
    /// the owner calls <see cref="Step"/> from its loop and reads the state, or listens to the events.
    /// <para>
    /// A round scans, then tries the usable networks one by one, strongest first (the last good network counts
    /// <see cref="WifiManagerOptions.HysteresisDb"/> more, so a slightly stronger one does not take over), visible ones
    /// before unseen (hidden) ones. At start the last good network is tried at once, before any scan (the fast path).
    /// A round that joins nothing waits (exponential backoff with jitter, capped), scanning in the background: a saved
    /// network appearing in a scan starts the next round at once. A lost link starts a round at once. A refused
    /// passphrase skips that network until its credentials change, it vanishes and comes back, or a cool-down ends.
    /// Stored credentials are never changed or erased here, whatever fails.
    /// </para>
    /// <para>
    /// Not thread-safe: call <see cref="Start"/>, <see cref="Step"/>, <see cref="Configure"/> and the other commands
    /// from one thread (the lifecycle's); events run on it, inside <see cref="Step"/> or the command. Getters read single
    /// fields and may be read from elsewhere. <see cref="Step"/> allocates nothing (the radio allocates its scan results).
    /// </para>
    /// </summary>
    public sealed partial class WifiManager
    {
        /// <summary>Signal reported for a network the latest scan did not show.</summary>
        public const int NotSeen = WifiNetworkTable.NotSeen;

        private const int EventConnected = 1;
        private const int EventDisconnected = 2;
        private const int EventAttemptFailed = 4;
        private const int EventNetworkInRange = 8;
        private const int EventLastGoodChanged = 16;

        private readonly IWifiRadio _radio;
        private readonly IClock _clock;
        private readonly WifiManagerOptions _options;
        private readonly WifiNetworkTable _networks = new WifiNetworkTable();
        private readonly WifiBackoff _backoff;

        private WifiState _state = WifiState.Stopped;
        private int _current = -1;
        private int _lastGood = -1;
        private string _ipAddress = "";
        private int _scanSeen;
        private bool _scanPending;
        private long _scanRequestedAt;
        private long _scanTakenAt = long.MinValue;
        private long _attemptStartedAt;
        private long _roundStartedAt;
        private long _nextRoundAt;
        private long _nextBackgroundScanAt;
        private int _attemptsThisRound;
        private int _failedRounds;
        private int _rounds;
        private int _attempts;
        private long _connectedSince = -1;
        private long _disconnectedSince;
        private WifiFailure _lastFailure;
        private int _lastFailureNetwork = -1;
        private string _lastFailureDetail = "";
        private bool _portalOpen;
        private bool _joinedDuringPortal;
        private bool _inRangeReported;
        private int _pendingEvents;
        private int _handlerFailures;
        private int _lastAppeared;
        private bool _fastPath;

        /// <param name="radio">The station side of the radio.</param>
        /// <param name="clock">All timing (attempt timeouts, backoff, scans).</param>
        /// <param name="random">Jitter of the backoff.</param>
        /// <param name="options">Timing and choices; null for the defaults.</param>
        public WifiManager(IWifiRadio radio, IClock clock, IRandomSource random, WifiManagerOptions options)
        {
            if (radio == null || clock == null || random == null)
            {
                throw new System.ArgumentNullException(radio == null ? "radio" : clock == null ? "clock" : "random");
            }

            _radio = radio;
            _clock = clock;
            _options = options == null ? new WifiManagerOptions() : options;
            _backoff = new WifiBackoff(random);
            _scanSeen = radio.ScanCount;
        }

        /// <summary>Joined a network: <see cref="CurrentNetwork"/>, <see cref="IpAddress"/>.</summary>
        public event WifiEventHandler Connected;

        /// <summary>An established link ended (lost, left for a stronger network, or <see cref="Stop"/>).</summary>
        public event WifiEventHandler Disconnected;

        /// <summary>One attempt failed: <see cref="LastFailure"/>, <see cref="LastFailureNetwork"/>.</summary>
        public event WifiEventHandler AttemptFailed;

        /// <summary>
        /// While the fallback portal is open and not connected: a scan shows a saved network that may be joined (raised
        /// once per portal opening until that changes). The manager tries it by itself; <see cref="Connected"/> follows
        /// when it works.
        /// </summary>
        public event WifiEventHandler NetworkInRange;

        /// <summary><see cref="LastGoodNetwork"/> changed: persist it if the next boot should take the fast path.</summary>
        public event WifiEventHandler LastGoodChanged;

        /// <summary>Starts joining: the last good network at once if there is one, else a round with a scan. Returns at once.</summary>
        public void Start()
        {
            if (_state != WifiState.Stopped)
            {
                return;
            }

            long now = _clock.NowMilliseconds;
            _disconnectedSince = now;
            _failedRounds = 0;
            if (!_networks.AnySet)
            {
                _state = WifiState.Unconfigured;
                return;
            }

            if (_lastGood >= 0 && !_networks.IsSkipped(_lastGood, now))
            {
                NewRound(now);
                _fastPath = true;
                Attempt(_lastGood, now);
            }
            else
            {
                BeginRound(now);
            }

            RaiseEvents();
        }

        /// <summary>Leaves the network (or abandons the attempt) and stops; <see cref="Start"/> begins again.</summary>
        public void Stop()
        {
            Leave(_clock.NowMilliseconds);
            _state = WifiState.Stopped;
            _scanPending = false;
            RaiseEvents();
        }

        /// <summary>
        /// The owner opened (true) or closed (false) the config portal because no network could be joined. While open,
        /// background scans are rarer and rounds at most <see cref="WifiManagerOptions.PortalBackoffMaxMs"/> apart;
        /// joining a network sets <see cref="JoinedDuringPortal"/> and raises <see cref="Connected"/>, and a saved network
        /// seen in range raises <see cref="NetworkInRange"/>.
        /// </summary>
        public void SetFallbackPortal(bool open)
        {
            if (open == _portalOpen)
            {
                return;
            }

            _portalOpen = open;
            _joinedDuringPortal = false;
            _inRangeReported = false;
            if (open && _state == WifiState.Waiting)
            {
                long now = _clock.NowMilliseconds;
                if (_nextRoundAt > now + _options.PortalBackoffMaxMs)
                {
                    _nextRoundAt = now + _options.PortalBackoffMaxMs;
                }
            }
        }

        /// <summary>Moves the state machine on; never waits. Returns true when something happened (a scan taken, an attempt began or ended).</summary>
        public bool Step()
        {
            long now = _clock.NowMilliseconds;
            bool busy;
            switch (_state)
            {
                case WifiState.Scanning:
                    busy = StepScanning(now);
                    break;
                case WifiState.Connecting:
                    busy = StepConnecting(now);
                    break;
                case WifiState.Connected:
                    busy = StepConnected(now);
                    break;
                case WifiState.Waiting:
                    busy = StepWaiting(now);
                    break;
                default:
                    busy = false;
                    break;
            }

            RaiseEvents();
            return busy;
        }

        private bool StepScanning(long now)
        {
            if (TakeScan(now))
            {
                NextAttempt(now);
                return true;
            }

            if (now - _scanRequestedAt >= _options.ScanTimeoutMs)
            {
                _scanPending = false;
                _networks.ForgetVisibility();
                NextAttempt(now);
                return true;
            }

            return false;
        }

        private bool StepConnecting(long now)
        {
            switch (_radio.State)
            {
                case WifiLinkState.Connected:
                    Joined(now);
                    return true;
                case WifiLinkState.Failed:
                    Failed(now, _radio.Failure, _radio.FailureDetail);
                    return true;
                case WifiLinkState.Idle:
                    Failed(now, WifiFailure.Other, "the radio dropped the attempt");
                    return true;
                default:
                    if (now - _attemptStartedAt < _options.ConnectTimeoutMs)
                    {
                        return false;
                    }

                    _radio.Disconnect();
                    Failed(now, WifiFailure.Timeout, "");
                    return true;
            }
        }

        private bool StepConnected(long now)
        {
            if (_radio.State != WifiLinkState.Connected)
            {
                WifiFailure failure = _radio.State == WifiLinkState.Failed && _radio.Failure != WifiFailure.None ? _radio.Failure : WifiFailure.LinkLost;
                string detail = _radio.FailureDetail;
                int lost = _current;
                _radio.Disconnect();
                LinkEnded(now);
                Record(lost, failure, detail, now);
                BeginRound(now);
                return true;
            }

            if (_options.RoamScanIntervalMs <= 0)
            {
                return false;
            }

            if (_scanPending)
            {
                if (!TakeScan(now))
                {
                    _scanPending = now - _scanRequestedAt < _options.ScanTimeoutMs;
                    return false;
                }

                int stronger = _networks.StrongerThan(_current, _options.HysteresisDb, now);
                if (stronger >= 0)
                {
                    Leave(now);
                    NewRound(now);
                    Attempt(stronger, now);
                }

                return true;
            }

            if (now >= _nextBackgroundScanAt)
            {
                RequestScan(now);
                _nextBackgroundScanAt = now + _options.RoamScanIntervalMs;
                return true;
            }

            return false;
        }

        private bool StepWaiting(long now)
        {
            // Any finished scan counts, also one the portal asked for (its list and the manager share the radio).
            bool busy = false;
            if (TakeScan(now))
            {
                busy = true;
                if (_lastAppeared > 0 && now - _roundStartedAt >= _options.BackoffInitialMs)
                {
                    BeginRound(now);
                    return true;
                }
            }
            else if (_scanPending && now - _scanRequestedAt >= _options.ScanTimeoutMs)
            {
                _scanPending = false;
            }

            if (now >= _nextRoundAt)
            {
                BeginRound(now);
                return true;
            }

            int interval = _portalOpen ? _options.PortalScanIntervalMs : _options.IdleScanIntervalMs;
            if (!_scanPending && interval > 0 && now >= _nextBackgroundScanAt)
            {
                RequestScan(now);
                _nextBackgroundScanAt = now + interval;
                busy = true;
            }

            return busy;
        }

        /// <summary>Takes a finished scan if there is one: how many usable networks appeared goes to _lastAppeared.</summary>
        private bool TakeScan(long now)
        {
            int count = _radio.ScanCount;
            if (count == _scanSeen)
            {
                return false;
            }

            _scanSeen = count;
            _scanPending = false;
            _scanTakenAt = now;
            WifiNetworkInfo[] scan = _radio.LatestNetworks;
            _lastAppeared = _networks.TakeScan(scan == null ? new WifiNetworkInfo[0] : scan, now);
            if (_portalOpen && _state != WifiState.Connected)
            {
                bool inRange = _networks.AnyUsableInRange(now);
                if (inRange && !_inRangeReported)
                {
                    _pendingEvents |= EventNetworkInRange;
                }

                _inRangeReported = inRange;
            }

            return true;
        }

        private void RequestScan(long now)
        {
            _scanPending = true;
            _scanRequestedAt = now;
            _radio.RequestScan();
        }

        /// <summary>A round: with the latest scan if it is fresh, else after a new one.</summary>
        private void BeginRound(long now)
        {
            NewRound(now);
            if (_scanTakenAt != long.MinValue && now - _scanTakenAt <= _options.ScanMaxAgeMs && !_scanPending)
            {
                NextAttempt(now);
                return;
            }

            _state = WifiState.Scanning;
            if (!_scanPending)
            {
                RequestScan(now);
            }
        }

        private void NewRound(long now)
        {
            _fastPath = false;
            _rounds++;
            _roundStartedAt = now;
            _attemptsThisRound = 0;
            _current = -1;
            _networks.BeginRound();
        }

        private void NextAttempt(long now)
        {
            int next = _networks.PickNext(_lastGood, _options.HysteresisDb, _options.TryUnseenNetworks, now);
            if (next >= 0)
            {
                Attempt(next, now);
                return;
            }

            // The round is over without a link.
            if (_attemptsThisRound == 0)
            {
                Record(-1, _networks.AllSkipped(now) ? WifiFailure.WrongPassword : WifiFailure.NetworkNotFound, "", now);
            }

            _failedRounds++;
            long delay = _backoff.Delay(_failedRounds, _options);
            if (_portalOpen && delay > _options.PortalBackoffMaxMs)
            {
                delay = _options.PortalBackoffMaxMs;
            }

            _current = -1;
            _state = WifiState.Waiting;
            _nextRoundAt = now + delay;
            int interval = _portalOpen ? _options.PortalScanIntervalMs : _options.IdleScanIntervalMs;
            _nextBackgroundScanAt = now + interval;
        }

        private void Attempt(int index, long now)
        {
            _current = index;
            _attempts++;
            _attemptsThisRound++;
            _attemptStartedAt = now;
            _networks.MarkTrying(index);
            _state = WifiState.Connecting;
            StaticIpConfig staticIp = _networks.StaticIp(index);
            _radio.Connect(_networks.Ssid(index), _networks.Password(index), staticIp != null ? staticIp : _options.StaticIp, _options.Hostname);
        }

        private void Joined(long now)
        {
            _fastPath = false;
            _state = WifiState.Connected;
            _ipAddress = _radio.IpAddress;
            _networks.MarkConnected(_current);
            _failedRounds = 0;
            _connectedSince = now;
            _nextBackgroundScanAt = now + _options.RoamScanIntervalMs;
            if (_portalOpen)
            {
                _joinedDuringPortal = true;
            }

            if (_lastGood != _current)
            {
                _lastGood = _current;
                _pendingEvents |= EventLastGoodChanged;
            }

            _pendingEvents |= EventConnected;
        }

        private void Failed(long now, WifiFailure failure, string detail)
        {
            Record(_current, failure == WifiFailure.None ? WifiFailure.Other : failure, detail, now);
            _pendingEvents |= EventAttemptFailed;
            if (_fastPath)
            {
                // The unscanned first try failed: a full round with a scan follows, not a guess among the rest.
                _fastPath = false;
                _current = -1;
                BeginRound(now);
                return;
            }

            NextAttempt(now);
        }

        private void Record(int network, WifiFailure failure, string detail, long now)
        {
            _lastFailure = failure;
            _lastFailureNetwork = network;
            _lastFailureDetail = detail == null ? "" : detail;
            if (network >= 0)
            {
                long skipUntil = _options.WrongPasswordCooldownMs > 0 ? now + _options.WrongPasswordCooldownMs : 0;
                _networks.MarkFailed(network, failure, skipUntil);
            }
        }

        /// <summary>Ends an attempt or a link the manager is leaving by itself.</summary>
        private void Leave(long now)
        {
            _fastPath = false;
            if (_state == WifiState.Connecting || _state == WifiState.Connected)
            {
                _radio.Disconnect();
                if (_current >= 0 && _current < _networks.Count)
                {
                    _networks.MarkLeft(_current);
                }

                if (_state == WifiState.Connected)
                {
                    LinkEnded(now);
                }
            }

            _current = -1;
        }

        private void LinkEnded(long now)
        {
            _connectedSince = -1;
            _disconnectedSince = now;
            _ipAddress = "";
            _pendingEvents |= EventDisconnected;
        }

        private void RaiseEvents()
        {
            while (_pendingEvents != 0)
            {
                int events = _pendingEvents;
                _pendingEvents = 0;
                if ((events & EventDisconnected) != 0)
                {
                    Raise(Disconnected);
                }

                if ((events & EventAttemptFailed) != 0)
                {
                    Raise(AttemptFailed);
                }

                if ((events & EventLastGoodChanged) != 0)
                {
                    Raise(LastGoodChanged);
                }

                if ((events & EventConnected) != 0)
                {
                    Raise(Connected);
                }

                if ((events & EventNetworkInRange) != 0)
                {
                    Raise(NetworkInRange);
                }
            }
        }

        private void Raise(WifiEventHandler handler)
        {
            if (handler == null)
            {
                return;
            }

            try
            {
                handler(this);
            }
            catch (System.Exception)
            {
                _handlerFailures++;
            }
        }
    }
}
