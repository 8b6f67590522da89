// Device-safe (nullable off, as every device source); also compiled by the nullable-enabled .NET WiFi tests.
#nullable disable

using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// A radio in a world of access points the test switches on and off, on a clock the test moves (device-safe, for
    /// the nanoCLR lane and the .NET tests). Scans and joins take the ESP32-like times below; a join is decided when it
    /// starts (which access point, the passphrase, DHCP) and confirmed when it ends (the access point must still be on
    /// the air); a joined access point switched off is noticed <see cref="BeaconLossMs"/> later.
    /// </summary>
    public sealed class FakeRadio : IWifiRadio
    {
        public int ScanMs = 2000;
        public int AssociateMs = 1500;
        public int DhcpMs = 700;
        public int DhcpTimeoutMs = 10000;
        public int NotFoundMs = 3000;
        public int WrongPasswordMs = 4000;
        public int BeaconLossMs = 6000;

        /// <summary>Joins never end by themselves (the manager's own timeout must end them).</summary>
        public bool Silent;

        private readonly IClock _clock;
        private string[] _ssid = new string[8];
        private string[] _password = new string[8];
        private int[] _rssi = new int[8];
        private bool[] _onAir = new bool[8];
        private bool[] _hidden = new bool[8];
        private bool[] _dhcpFails = new bool[8];
        private long[] _offSince = new long[8];
        private int _count;

        private WifiNetworkInfo[] _latest = new WifiNetworkInfo[0];
        private int _scanCount;
        private long _scanEndsAt = -1;
        private bool _scanDeferred;
        private WifiLinkState _state = WifiLinkState.Idle;
        private WifiFailure _failure;
        private string _ip = "";
        private long _outcomeAt;
        private WifiLinkState _outcome;
        private WifiFailure _outcomeFailure;
        private int _joining = -1;
        private int _joined = -1;

        public FakeRadio(IClock clock)
        {
            _clock = clock;
        }

        public int ConnectCalls { get; private set; }

        public int ScansStarted { get; private set; }

        public string LastSsid { get; private set; }

        public string LastHostname { get; private set; }

        public StaticIpConfig LastStaticIp { get; private set; }

        /// <summary>Adds an access point, on the air from now; returns its number.</summary>
        public int AddAccessPoint(string ssid, int rssi, string password)
        {
            _ssid[_count] = ssid;
            _rssi[_count] = rssi;
            _password[_count] = password;
            _onAir[_count] = true;
            return _count++;
        }

        public void SetOnAir(int ap, bool onAir)
        {
            Update();
            if (_onAir[ap] && !onAir)
            {
                _offSince[ap] = _clock.NowMilliseconds;
            }

            _onAir[ap] = onAir;
        }

        public void SetRssi(int ap, int rssi)
        {
            _rssi[ap] = rssi;
        }

        public void SetHidden(int ap, bool hidden)
        {
            _hidden[ap] = hidden;
        }

        public void SetDhcpFails(int ap, bool fails)
        {
            _dhcpFails[ap] = fails;
        }

        public WifiNetworkInfo[] LatestNetworks
        {
            get
            {
                Update();
                return _latest;
            }
        }

        public int ScanCount
        {
            get
            {
                Update();
                return _scanCount;
            }
        }

        public WifiLinkState State
        {
            get
            {
                Update();
                return _state;
            }
        }

        public WifiFailure Failure
        {
            get
            {
                Update();
                return _failure;
            }
        }

        public string FailureDetail
        {
            get { return ""; }
        }

        public string IpAddress
        {
            get
            {
                Update();
                return _ip;
            }
        }

        public void RequestScan()
        {
            Update();
            if (_scanEndsAt >= 0)
            {
                return;
            }

            if (_state == WifiLinkState.Connecting)
            {
                _scanDeferred = true;
                return;
            }

            StartScan(_clock.NowMilliseconds);
        }

        public void Connect(string ssid, string password, StaticIpConfig staticIp, string hostname)
        {
            Update();
            long now = _clock.NowMilliseconds;
            ConnectCalls++;
            LastSsid = ssid;
            LastHostname = hostname;
            LastStaticIp = staticIp;
            _joined = -1;
            _ip = "";
            _failure = WifiFailure.None;
            _state = WifiLinkState.Connecting;
            _joining = -1;
            for (int i = 0; i < _count; i++)
            {
                if (_onAir[i] && _ssid[i] == ssid && (_joining < 0 || _rssi[i] > _rssi[_joining]))
                {
                    _joining = i;
                }
            }

            if (Silent)
            {
                _outcomeAt = long.MaxValue;
            }
            else if (_joining < 0)
            {
                Plan(now + NotFoundMs, WifiLinkState.Failed, WifiFailure.NetworkNotFound);
            }
            else if (_password[_joining] != password)
            {
                Plan(now + WrongPasswordMs, WifiLinkState.Failed, WifiFailure.WrongPassword);
            }
            else if (staticIp == null && _dhcpFails[_joining])
            {
                Plan(now + AssociateMs + DhcpTimeoutMs, WifiLinkState.Failed, WifiFailure.NoIpAddress);
            }
            else
            {
                Plan(now + AssociateMs + (staticIp == null ? DhcpMs : 0), WifiLinkState.Connected, WifiFailure.None);
            }
        }

        public void Disconnect()
        {
            Update();
            _state = WifiLinkState.Idle;
            _failure = WifiFailure.None;
            _ip = "";
            _joined = -1;
            _joining = -1;
            StartDeferredScan(_clock.NowMilliseconds);
        }

        private void Plan(long at, WifiLinkState state, WifiFailure failure)
        {
            _outcomeAt = at;
            _outcome = state;
            _outcomeFailure = failure;
        }

        private void Update()
        {
            long now = _clock.NowMilliseconds;
            if (_state == WifiLinkState.Connecting && now >= _outcomeAt)
            {
                if (_outcome == WifiLinkState.Connected && !_onAir[_joining])
                {
                    _outcome = WifiLinkState.Failed;
                    _outcomeFailure = WifiFailure.NetworkNotFound;
                }

                _state = _outcome;
                _failure = _outcomeFailure;
                if (_state == WifiLinkState.Connected)
                {
                    _joined = _joining;
                    _ip = "10.0." + _joined.ToString() + ".20";
                }

                StartDeferredScan(_outcomeAt);
            }

            if (_state == WifiLinkState.Connected && !_onAir[_joined] && now >= _offSince[_joined] + BeaconLossMs)
            {
                _state = WifiLinkState.Failed;
                _failure = WifiFailure.LinkLost;
                _ip = "";
                _joined = -1;
            }

            if (_scanEndsAt >= 0 && now >= _scanEndsAt)
            {
                int visible = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (_onAir[i] && !_hidden[i])
                    {
                        visible++;
                    }
                }

                WifiNetworkInfo[] scan = new WifiNetworkInfo[visible];
                int n = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (_onAir[i] && !_hidden[i])
                    {
                        scan[n++] = new WifiNetworkInfo(_ssid[i], _rssi[i], _password[i].Length > 0);
                    }
                }

                _latest = scan;
                _scanCount++;
                _scanEndsAt = -1;
            }
        }

        private void StartScan(long at)
        {
            ScansStarted++;
            _scanEndsAt = at + ScanMs;
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
