// Device-safe (nullable off, as every device source); also compiled by the nullable-enabled .NET WiFi tests.
#nullable disable

using BlynkWM.Host.Wifi;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// A radio in a world of access points the test switches on and off, on a clock the test moves (device-safe, for
    /// the nanoCLR lane and the .NET tests). Scans and joins take the ESP32-like times below; a join is decided when it
    /// starts (which access point, the passphrase, DHCP) and confirmed when it ends (the access point must still be on
    /// the air); a joined access point switched off is noticed <see cref="BeaconLossMs"/> later. The scan and link
    /// bookkeeping is the simulated radio's (<see cref="ScheduledRadio"/>); this class is its world.
    /// </summary>
    public sealed class FakeRadio : ScheduledRadio
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

        private int _joining = -1;

        public FakeRadio(IClock clock)
            : base(clock)
        {
            _clock = clock;
        }

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
            CatchUp();
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

        protected override long ScanTime
        {
            get { return ScanMs; }
        }

        protected override void PlanJoin(string ssid, string password, StaticIpConfig staticIp, long now)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_onAir[i] && _ssid[i] == ssid && (_joining < 0 || _rssi[i] > _rssi[_joining]))
                {
                    _joining = i;
                }
            }

            if (Silent)
            {
                Outcome(long.MaxValue, WifiLinkState.Connecting, WifiFailure.None, "");
            }
            else if (_joining < 0)
            {
                Outcome(now + NotFoundMs, WifiLinkState.Failed, WifiFailure.NetworkNotFound, "");
            }
            else if (_password[_joining] != password)
            {
                Outcome(now + WrongPasswordMs, WifiLinkState.Failed, WifiFailure.WrongPassword, "");
            }
            else if (staticIp == null && _dhcpFails[_joining])
            {
                Outcome(now + AssociateMs + DhcpTimeoutMs, WifiLinkState.Failed, WifiFailure.NoIpAddress, "");
            }
            else
            {
                Outcome(now + AssociateMs + (staticIp == null ? DhcpMs : 0), WifiLinkState.Connected, WifiFailure.None, "10.0." + _joining.ToString() + ".20");
            }
        }

        protected override bool StillOnAir(long at)
        {
            return _onAir[_joining];
        }

        protected override bool LinkLost(long now, long joinedAt)
        {
            return !_onAir[_joining] && now >= _offSince[_joining] + BeaconLossMs;
        }

        protected override void Leave()
        {
            _joining = -1;
        }

        protected override WifiNetworkInfo[] Scan(long at)
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

            return scan;
        }
    }
}
