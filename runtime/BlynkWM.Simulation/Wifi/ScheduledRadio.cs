// Device-safe (nullable off, C# 9, no generics): the nanoCLR lane's FakeRadio (tests/BlynkWM.Device.Tests) derives
// from it too and compiles this file with the device tests.
#nullable disable

using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Host.Wifi
{
    /// <summary>
    /// What a simulated radio does the same in any world of access points: a scan ends a scan time after it starts and
    /// none starts while a join runs (it waits for the join's end); a join's outcome is decided when it starts and takes
    /// effect at its time, unless the access point left the air meanwhile; a joined access point that goes off the air
    /// ends the link. The world, through the abstract members, says what a scan sees, how a join ends and when a link is
    /// lost. Time is the clock's: nothing happens between two reads of it. Thread-safe.
    /// </summary>
    public abstract class ScheduledRadio : IWifiRadio
    {
        private readonly IClock _clock;
        private readonly object _lock = new object();
        private WifiNetworkInfo[] _latest = new WifiNetworkInfo[0];
        private int _scanCount;
        private long _scanEndsAt = -1;
        private bool _scanDeferred;

        private WifiLinkState _state = WifiLinkState.Idle;
        private WifiFailure _failure;
        private string _ipAddress = "";
        private long _outcomeAt;
        private WifiLinkState _outcome;
        private WifiFailure _outcomeFailure;
        private string _outcomeAddress = "";

        /// <summary>A radio on <paramref name="clock"/>, idle, with no scan result yet.</summary>
        protected ScheduledRadio(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Joins begun (for tests and figures).</summary>
        public int ConnectCalls { get; private set; }

        /// <summary>Scans begun.</summary>
        public int ScansStarted { get; private set; }

        /// <summary>The SSID of the latest join.</summary>
        public string LastSsid { get; private set; }

        /// <summary>The host name of the latest join, as the radio received it.</summary>
        public string LastHostname { get; private set; }

        /// <summary>The static address of the latest join (null: DHCP), as the radio received it.</summary>
        public StaticIpConfig LastStaticIp { get; private set; }

        /// <inheritdoc/>
        public WifiNetworkInfo[] LatestNetworks
        {
            get
            {
                lock (_lock)
                {
                    Update();
                    return _latest;
                }
            }
        }

        /// <inheritdoc/>
        public int ScanCount
        {
            get
            {
                lock (_lock)
                {
                    Update();
                    return _scanCount;
                }
            }
        }

        /// <inheritdoc/>
        public WifiLinkState State
        {
            get
            {
                lock (_lock)
                {
                    Update();
                    return _state;
                }
            }
        }

        /// <inheritdoc/>
        public WifiFailure Failure
        {
            get
            {
                lock (_lock)
                {
                    Update();
                    return _failure;
                }
            }
        }

        /// <inheritdoc/>
        public string FailureDetail
        {
            get { return ""; }
        }

        /// <inheritdoc/>
        public string IpAddress
        {
            get
            {
                lock (_lock)
                {
                    Update();
                    return _ipAddress;
                }
            }
        }

        /// <summary>How long a scan takes.</summary>
        protected abstract long ScanTime { get; }

        /// <inheritdoc/>
        public void RequestScan()
        {
            lock (_lock)
            {
                Update();
                if (_scanEndsAt >= 0)
                {
                    return;
                }

                if (_state == WifiLinkState.Connecting)
                {
                    _scanDeferred = true; // as on an ESP32: no scan while joining
                    return;
                }

                StartScan(_clock.NowMilliseconds);
            }
        }

        /// <inheritdoc/>
        public void Connect(string ssid, string password, StaticIpConfig staticIp, string hostname)
        {
            lock (_lock)
            {
                Update();
                long now = _clock.NowMilliseconds;
                ConnectCalls++;
                LastSsid = ssid;
                LastHostname = hostname;
                LastStaticIp = staticIp;
                Leave();
                _ipAddress = "";
                _failure = WifiFailure.None;
                _state = WifiLinkState.Connecting;
                PlanJoin(ssid, password, staticIp, now);
            }
        }

        /// <inheritdoc/>
        public void Disconnect()
        {
            lock (_lock)
            {
                Update();
                _state = WifiLinkState.Idle;
                _failure = WifiFailure.None;
                _ipAddress = "";
                Leave();
                StartDeferredScan(_clock.NowMilliseconds);
            }
        }

        /// <summary>
        /// Decides how the join started at <paramref name="now"/> ends, and when: calls <see cref="Outcome"/>. A join that
        /// will succeed remembers which access point it joins, for <see cref="StillOnAir"/>.
        /// </summary>
        protected abstract void PlanJoin(string ssid, string password, StaticIpConfig staticIp, long now);

        /// <summary>At <paramref name="at"/>, the join will end in <paramref name="state"/> with <paramref name="failure"/> and, when connected, <paramref name="address"/>.</summary>
        protected void Outcome(long at, WifiLinkState state, WifiFailure failure, string address)
        {
            _outcomeAt = at;
            _outcome = state;
            _outcomeFailure = failure;
            _outcomeAddress = address;
        }

        /// <summary>Whether the access point a successful join was planned on is still on the air when the join ends, at <paramref name="at"/>.</summary>
        protected abstract bool StillOnAir(long at);

        /// <summary>Whether the link made at <paramref name="joinedAt"/> is lost by <paramref name="now"/> (its access point off the air for the beacon-loss time).</summary>
        protected abstract bool LinkLost(long now, long joinedAt);

        /// <summary>Forgets the access point joined or being joined.</summary>
        protected abstract void Leave();

        /// <summary>What a scan ending at <paramref name="at"/> sees: one entry per access point on the air, hidden ones left out.</summary>
        protected abstract WifiNetworkInfo[] Scan(long at);

        /// <summary>
        /// Brings the radio up to the clock's time: a world about to change calls it first, so that what happened
        /// before the change happened in the world as it was.
        /// </summary>
        protected void CatchUp()
        {
            lock (_lock)
            {
                Update();
            }
        }

        /// <summary>Brings the radio up to the clock's time.</summary>
        private void Update()
        {
            long now = _clock.NowMilliseconds;
            if (_state == WifiLinkState.Connecting && now >= _outcomeAt)
            {
                // An access point that left the air while being joined is not joined.
                if (_outcome == WifiLinkState.Connected && !StillOnAir(_outcomeAt))
                {
                    _outcome = WifiLinkState.Failed;
                    _outcomeFailure = WifiFailure.NetworkNotFound;
                    Leave();
                }

                _state = _outcome;
                _failure = _outcomeFailure;
                _ipAddress = _outcome == WifiLinkState.Connected ? _outcomeAddress : "";
                StartDeferredScan(_outcomeAt);
            }

            if (_state == WifiLinkState.Connected && LinkLost(now, _outcomeAt))
            {
                _state = WifiLinkState.Failed;
                _failure = WifiFailure.LinkLost;
                _ipAddress = "";
                Leave();
            }

            if (_scanEndsAt >= 0 && now >= _scanEndsAt)
            {
                _latest = Scan(_scanEndsAt);
                _scanCount++;
                _scanEndsAt = -1;
            }
        }

        private void StartScan(long at)
        {
            ScansStarted++;
            _scanEndsAt = at + ScanTime;
        }

        private void StartDeferredScan(long at)
        {
            if (_scanDeferred && _scanEndsAt < 0)
            {
                _scanDeferred = false;
                StartScan(at);
            }
        }
    }
}
