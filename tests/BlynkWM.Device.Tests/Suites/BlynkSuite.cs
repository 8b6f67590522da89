using BlynkWM.Blynk;
using BlynkWM.Testing;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The Blynk client on the device over the in-memory network and a manual clock: a login, pins both ways, a
    /// failover and the return, number formatting. The "=" lines (digests of every byte each server received, times on
    /// the clock, formatted numbers) must be the same on nanoCLR and .NET.
    /// </summary>
    public static class BlynkSuite
    {
        public static void Run(Check check)
        {
            check.Run("blynk.login", Login);
            check.Run("blynk.pins", Pins);
            check.Run("blynk.failover", Failover);
            check.Run("blynk.numbers", Numbers);
        }

        private static void Login(Check check)
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            check.True("logged in", rig.Connect());
            rig.Tick(10);
            check.Equal("state", "connected", BlynkClient.StateName(rig.Client.State));
            check.Equal("login line", "29 token-1", rig.Servers[0].TranscriptLine(0));
            check.Equal("device info", "17 ver|0.1.0|h-beat|40|buff-in|1024|dev|ESP32|cpu|ESP32-S3|con|WiFi|tmpl|TMPL0test|fw-type|TMPL0test|mcu|1.0.0", rig.Servers[0].TranscriptLine(1));
            Digest(check, "frames", rig.Servers[0]);
        }

        private static void Pins(Check check)
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            var seen = new string[] { "" };
            rig.Client.OnWrite(3, delegate(int pin, BlynkValue value) { seen[0] += "V" + pin.ToString() + "=" + value.AsString() + "/" + value.AsInt().ToString() + ";"; });
            rig.Client.OnRead(7, delegate(int pin) { rig.Client.VirtualWrite(pin, "read:7"); });
            rig.Servers[0].SetPin(5, "77");
            check.True("logged in", rig.Connect());

            check.True("int", rig.Client.VirtualWrite(1, 42));
            check.True("double", rig.Client.VirtualWrite(2, 21.5));
            check.True("text", rig.Client.VirtualWrite(4, "h\u00e9llo \U0001F4F6"));
            check.True("several", rig.Client.BeginVirtualWrite(6).Add(1).Add(-0.25).Add("x").Send());
            check.True("property", rig.Client.SetProperty(1, "label", "Temperature"));
            check.True("event", rig.Client.LogEvent("boot", "started"));
            check.True("sync", rig.Client.SyncVirtual(5));
            rig.Servers[0].WriteVirtual(3, "12.75");
            rig.Servers[0].RequestRead(7);
            rig.RunFor(50, 10);

            check.Equal("server saw V1", "42", rig.Servers[0].Pin(1));
            check.Equal("server saw V2", "21.5", rig.Servers[0].Pin(2));
            check.Equal("server saw V4", "h\u00e9llo \U0001F4F6", rig.Servers[0].Pin(4));
            check.Equal("server saw V6", "1|-0.25|x", rig.Servers[0].Pin(6));
            check.Equal("read request answered", "read:7", rig.Servers[0].Pin(7));
            check.Equal("handler got V3", "V3=12.75/12;", seen[0]);
            check.Equal("property line", "19 1|label|Temperature", rig.Servers[0].Last("19"));
            check.Equal("event line", "64 boot|started", rig.Servers[0].Last("64"));
            Digest(check, "frames", rig.Servers[0]);
        }

        private static void Failover(Check check)
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            check.True("logged in on server 1", rig.Connect() && rig.Client.CurrentServer == 0);
            rig.Servers[0].Kill();
            long killed = rig.Clock.NowMilliseconds;
            check.True("on server 2", rig.RunUntil(OnServer(rig, 1), 60000, 10));
            check.Value("failover ms", (rig.Clock.NowMilliseconds - killed).ToString());
            check.Equal("reason", "connection lost", BlynkClient.FailureName(rig.Client.LastFailure));
            check.True("writes reach server 2", rig.Client.VirtualWrite(1, 2));
            rig.Tick(10);
            check.Equal("server 2 saw V1", "2", rig.Servers[1].Pin(1));

            rig.Servers[0].Revive();
            long revived = rig.Clock.NowMilliseconds;
            check.True("back on server 1", rig.RunUntil(OnServer(rig, 0), 600000, 100));
            check.Value("return ms", (rig.Clock.NowMilliseconds - revived).ToString());
            check.Equal("returns", 1, rig.Client.Counters.PreferredReturns);
            Digest(check, "server 1 frames", rig.Servers[0]);
            Digest(check, "server 2 frames", rig.Servers[1]);
        }

        private static void Numbers(Check check)
        {
            double[] values = new double[] { 0, 21.5, -0.1, 3.14159265358979, 1e-8, 123456789.125, 2.5e13, 1.5e20, -1e300 };
            byte[] buffer = new byte[BlynkNumber.MaxDoubleBytes];
            string all = "";
            for (int i = 0; i < values.Length; i++)
            {
                int length = BlynkNumber.FormatDouble(values[i], buffer, 0);
                all += System.Text.Encoding.UTF8.GetString(buffer, 0, length) + " ";
            }

            check.Value("doubles", all);
            check.Equal("21.5 formats", "0 21.5 -0.1 3.1415927 0 123456789.125 25000000000000 1.5e+20 -1e+300 ", all);

            byte[] text = System.Text.Encoding.UTF8.GetBytes("-12.5e2");
            double parsed;
            check.True("parses", BlynkNumber.TryParseDouble(text, 0, text.Length, out parsed));
            check.True("value", parsed == -1250);
        }

        private static RigCondition OnServer(BlynkRig rig, int server)
        {
            return delegate { return rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == server; };
        }

        private static void Digest(Check check, string name, FakeBlynkServer server)
        {
            byte[] bytes = server.ReceivedBytes();
            check.Digest(name, bytes, 0, bytes.Length);
        }
    }
}
