using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The WiFi manager over <see cref="FakeRadio"/> on a manual clock, as the device runs it: a failover between two
    /// access points, both gone and one back, a refused passphrase. Each test prints its state sequence (time, state,
    /// network) as an "=" line, so nanoCLR must take the very same decisions at the very same times as .NET.
    /// </summary>
    public static class WifiSuite
    {
        private const int StepMs = 100;

        public static void Run(Check check)
        {
            check.Run("wifi.failover", Failover);
            check.Run("wifi.gone-and-back", GoneAndBack);
            check.Run("wifi.wrong-password", WrongPassword);
            check.Run("wifi.hostname", Hostnames);
        }

        private static void Failover(Check check)
        {
            var rig = new Rig();
            int home = rig.Radio.AddAccessPoint("Home", -50, "home-pw");
            rig.Radio.AddAccessPoint("Backup", -65, "backup-pw");
            rig.Start(Credential("Home", "home-pw"), Credential("Backup", "backup-pw"));
            check.True("joined Home", rig.RunUntilConnected(30000) && rig.Manager.CurrentSsid == "Home");
            check.Equal("joined after a scan and a join (ms)", 4200, rig.Clock.NowMilliseconds);

            rig.RunTo(60000);
            rig.Radio.SetOnAir(home, false);
            check.True("rejoined through Backup", rig.RunUntilJoined("Backup", 60000));
            check.Equal("failover (ms): beacon loss, scan, join", 10200, rig.Clock.NowMilliseconds - 60000);
            check.True("Home's failure is the lost link", rig.Manager.GetNetworkFailure(0) == WifiFailure.LinkLost);
            check.Equal("last good network", 1, rig.Manager.LastGoodNetwork);
            check.Value("states", rig.Trace);
            check.Value("events", rig.Events);
        }

        private static void GoneAndBack(Check check)
        {
            var rig = new Rig();
            int home = rig.Radio.AddAccessPoint("Home", -50, "home-pw");
            int backup = rig.Radio.AddAccessPoint("Backup", -65, "backup-pw");
            rig.Start(Credential("Home", "home-pw"), Credential("Backup", "backup-pw"));
            rig.RunUntilConnected(30000);
            rig.RunTo(60000);
            rig.Radio.SetOnAir(home, false);
            rig.Radio.SetOnAir(backup, false);
            rig.RunTo(300000);
            check.True("not connected while both are gone", !rig.Manager.IsConnected);
            check.True("the reason is: no network", rig.Manager.LastFailure == WifiFailure.NetworkNotFound);
            check.True("rounds went on in the background", rig.Manager.Rounds >= 5);

            rig.Radio.SetOnAir(backup, true);
            check.True("rejoined when Backup came back", rig.RunUntilJoined("Backup", 60000));
            check.True("within a background scan interval", rig.Clock.NowMilliseconds - 300000 <= 20000 + 2000 + 2200);
            check.Value("states", rig.Trace);
            check.Value("rejoined at", rig.Clock.NowMilliseconds.ToString());
        }

        private static void WrongPassword(Check check)
        {
            var rig = new Rig();
            rig.Radio.AddAccessPoint("Home", -50, "the-password");
            rig.Radio.AddAccessPoint("Backup", -70, "backup-pw");
            WifiCredential home = Credential("Home", "not-the-password");
            rig.Start(home, Credential("Backup", "backup-pw"));
            check.True("joined Backup", rig.RunUntilConnected(30000) && rig.Manager.CurrentSsid == "Backup");
            check.True("Home is skipped for its passphrase", rig.Manager.GetNetworkStatus(0) == WifiNetworkStatus.SkippedWrongPassword);
            check.True("the failure says so", rig.Manager.GetNetworkFailure(0) == WifiFailure.WrongPassword);
            check.Equal("the stored passphrase is kept", "not-the-password", home.Password);
            check.Value("states", rig.Trace);
            check.Value("events", rig.Events);
        }

        private static void Hostnames(Check check)
        {
            check.Equal("board name", "living-room-2", Hostname.FromBoardName("Living Room #2", "esp32-a1b2c3"));
            check.Equal("non-ASCII", "caf-k-che", Hostname.FromBoardName("Caf\u00e9 K\u00fcche", "x"));
            check.Equal("fallback", "esp32-a1b2c3", Hostname.FromBoardName("\ud83c\udf21\ufe0f", "ESP32 A1B2C3"));
            check.Equal("ESP32 length", 32, Hostname.FromBoardName("abcdefghijklmnopqrstuvwxyz0123456789", "x", Hostname.Esp32MaxLength).Length);
            var ip = new StaticIpConfig("192.168.001.050", "255.255.255.0", "192.168.1.1");
            check.Equal("static address, canonical", "192.168.1.50/255.255.255.0 via 192.168.1.1, DNS 192.168.1.1", ip.ToString());
            bool refused = false;
            try
            {
                new StaticIpConfig("192.168.1.50", "255.255.255.0", "10.0.0.1");
            }
            catch (System.ArgumentException e)
            {
                refused = e.ParamName == "gateway";
            }

            check.True("a gateway outside the subnet is refused", refused);
        }

        private static WifiCredential Credential(string ssid, string password)
        {
            var credential = new WifiCredential();
            credential.Ssid = ssid;
            credential.Password = password;
            return credential;
        }

        /// <summary>A manager over a fake radio, stepped every 100 ms, recording state changes and events.</summary>
        private sealed class Rig
        {
            public readonly ManualClock Clock = new ManualClock(0);
            public readonly FakeRadio Radio;
            public WifiManager Manager;
            public string Trace = "";
            public string Events = "";
            private WifiState _last = WifiState.Stopped;
            private int _lastNetwork = -1;

            public Rig()
            {
                Radio = new FakeRadio(Clock);
            }

            public void Start(WifiCredential first, WifiCredential second)
            {
                Manager = new WifiManager(Radio, Clock, new SeededRandom(7), null);
                Manager.Configure(new WifiCredential[] { first, second });
                Manager.Connected += m => Events += At() + "+" + m.CurrentSsid + " ";
                Manager.Disconnected += m => Events += At() + "-" + WifiText.Of(m.LastFailure) + " ";
                Manager.AttemptFailed += m => Events += At() + "!" + m.GetNetworkSsid(m.LastFailureNetwork) + ":" + WifiText.Of(m.LastFailure) + " ";
                Manager.Start();
                Observe();
            }

            public bool RunUntilConnected(long maxMs)
            {
                return RunUntilJoined(null, maxMs);
            }

            /// <summary>Steps until connected (to <paramref name="ssid"/> when given) or the time is up.</summary>
            public bool RunUntilJoined(string ssid, long maxMs)
            {
                long end = Clock.NowMilliseconds + maxMs;
                while (!Joined(ssid) && Clock.NowMilliseconds < end)
                {
                    Clock.Advance(StepMs);
                    Manager.Step();
                    Observe();
                }

                return Joined(ssid);
            }

            private bool Joined(string ssid)
            {
                return Manager.IsConnected && (ssid == null || Manager.CurrentSsid == ssid);
            }

            public void RunTo(long ms)
            {
                while (Clock.NowMilliseconds < ms)
                {
                    Clock.Advance(StepMs);
                    Manager.Step();
                    Observe();
                }
            }

            private void Observe()
            {
                if (Manager.State != _last || Manager.CurrentNetwork != _lastNetwork)
                {
                    _last = Manager.State;
                    _lastNetwork = Manager.CurrentNetwork;
                    Trace += At() + WifiText.Of(_last) + (Manager.CurrentNetwork >= 0 ? "(" + Manager.CurrentSsid + ")" : "") + " ";
                }
            }

            private string At()
            {
                return (Clock.NowMilliseconds / 100).ToString() + ":";
            }
        }
    }
}
