using System.Collections.Generic;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Host.Wifi
{
    /// <summary>
    /// The host's radio, driven by a <see cref="RadioScenario"/> and a clock: access points come and go at the
    /// scenario's times, scans and joins take the scenario's durations, a refused passphrase, a missing network and a
    /// silent DHCP server fail as they would on an ESP32, and a joined access point that goes off the air is noticed
    /// after the beacon-loss time. Scans return one entry per access point (duplicates included), hidden ones left out.
    /// Time is the clock's: nothing happens between two reads of it, so a test moving a manual clock sees exactly the
    /// scenario's times. Thread-safe.
    /// </summary>
    public sealed class SimulatedRadio : IWifiRadio
    {
        private readonly RadioScenario _scenario;
        private readonly IClock _clock;
        private readonly long _bootAt;
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
        private ScenarioNetwork? _joined;

        public SimulatedRadio(RadioScenario scenario, IClock clock)
        {
            _scenario = scenario;
            _clock = clock;
            _bootAt = clock.NowMilliseconds;
        }

        /// <summary>Joins begun (for tests and figures).</summary>
        public int ConnectCalls { get; private set; }

        /// <summary>Scans begun.</summary>
        public int ScansStarted { get; private set; }

        /// <summary>The host name and static address of the latest join, as the radio received them.</summary>
        public string? LastHostname { get; private set; }

        public StaticIpConfig? LastStaticIp { get; private set; }

        /// <summary>The SSID of the latest join.</summary>
        public string? LastSsid { get; private set; }

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

        public string FailureDetail => "";

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

        public void Connect(string ssid, string password, StaticIpConfig? staticIp, string? hostname)
        {
            lock (_lock)
            {
                Update();
                long now = _clock.NowMilliseconds;
                ConnectCalls++;
                LastSsid = ssid;
                LastHostname = hostname;
                LastStaticIp = staticIp;
                _joined = null;
                _ipAddress = "";
                _failure = WifiFailure.None;
                _state = WifiLinkState.Connecting;
                Plan(ssid, password, staticIp, now);
            }
        }

        public void Disconnect()
        {
            lock (_lock)
            {
                Update();
                _state = WifiLinkState.Idle;
                _failure = WifiFailure.None;
                _ipAddress = "";
                _joined = null;
                StartDeferredScan(_clock.NowMilliseconds);
            }
        }

        /// <summary>Whether the simulated access point would accept these credentials (hidden networks included).</summary>
        public bool WouldAccept(string ssid, string password)
        {
            foreach (ScenarioNetwork network in _scenario.Networks)
            {
                if (network.Ssid == ssid && network.Password == password)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Seconds since boot at clock time <paramref name="now"/>.</summary>
        private double Seconds(long now) => (now - _bootAt) / 1000.0;

        /// <summary>Decides how the join started at <paramref name="now"/> ends, and when.</summary>
        private void Plan(string ssid, string password, StaticIpConfig? staticIp, long now)
        {
            RadioTiming timing = _scenario.Timing;
            ScenarioNetwork? best = null;
            int bestIndex = -1;
            for (int i = 0; i < _scenario.Networks.Count; i++)
            {
                ScenarioNetwork network = _scenario.Networks[i];
                if (network.Ssid == ssid && network.IsOnAir(Seconds(now)) && (best is null || network.RssiAt(Seconds(now)) > best.RssiAt(Seconds(now))))
                {
                    best = network;
                    bestIndex = i;
                }
            }

            if (best is null)
            {
                Outcome(now + timing.NotFoundMs, WifiLinkState.Failed, WifiFailure.NetworkNotFound, "");
            }
            else if (best.Password != password)
            {
                Outcome(now + timing.WrongPasswordMs, WifiLinkState.Failed, WifiFailure.WrongPassword, "");
            }
            else if (staticIp is null && best.DhcpFails)
            {
                Outcome(now + timing.AssociateMs + timing.DhcpTimeoutMs, WifiLinkState.Failed, WifiFailure.NoIpAddress, "");
            }
            else
            {
                _joined = best;
                string address = staticIp is null ? "192.168." + (bestIndex + 1) + ".100" : staticIp.Address;
                Outcome(now + timing.AssociateMs + (staticIp is null ? timing.DhcpMs : 0), WifiLinkState.Connected, WifiFailure.None, address);
            }
        }

        private void Outcome(long at, WifiLinkState state, WifiFailure failure, string address)
        {
            _outcomeAt = at;
            _outcome = state;
            _outcomeFailure = failure;
            _outcomeAddress = address;
        }

        /// <summary>Brings the simulation up to the clock's time.</summary>
        private void Update()
        {
            long now = _clock.NowMilliseconds;
            if (_state == WifiLinkState.Connecting && now >= _outcomeAt)
            {
                // An access point that left the air while being joined is not joined.
                if (_outcome == WifiLinkState.Connected && _joined is not null && !_joined.IsOnAir(Seconds(_outcomeAt)))
                {
                    _outcome = WifiLinkState.Failed;
                    _outcomeFailure = WifiFailure.NetworkNotFound;
                    _joined = null;
                }

                _state = _outcome;
                _failure = _outcomeFailure;
                _ipAddress = _outcome == WifiLinkState.Connected ? _outcomeAddress : "";
                StartDeferredScan(_outcomeAt);
            }

            if (_state == WifiLinkState.Connected && _joined is not null)
            {
                double? offAir = _joined.NextOffAir(Seconds(_outcomeAt));
                if (offAir.HasValue && now >= _bootAt + (long)(offAir.Value * 1000) + _scenario.Timing.BeaconLossMs)
                {
                    _state = WifiLinkState.Failed;
                    _failure = WifiFailure.LinkLost;
                    _ipAddress = "";
                    _joined = null;
                }
            }

            if (_scanEndsAt >= 0 && now >= _scanEndsAt)
            {
                var seen = new List<WifiNetworkInfo>();
                double at = Seconds(_scanEndsAt);
                foreach (ScenarioNetwork network in _scenario.Networks)
                {
                    if (!network.Hidden && network.IsOnAir(at))
                    {
                        seen.Add(new WifiNetworkInfo(network.Ssid, network.RssiAt(at), network.Password.Length > 0));
                    }
                }

                _latest = seen.ToArray();
                _scanCount++;
                _scanEndsAt = -1;
            }
        }

        private void StartScan(long at)
        {
            ScansStarted++;
            _scanEndsAt = at + _scenario.Timing.ScanMs;
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
