using BlynkWM.Blynk;
using BlynkWM.Lifecycle;
using BlynkWM.Reset;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The device lifecycle (<see cref="BlynkDevice"/>) on the interpreter over <see cref="LifecycleRig"/>'s in-memory
    /// ports and manual clock: a boot to a login, a pin write both ways, a WiFi failover, a double reset opening the
    /// portal, and a save tested before it is stored. State sequences, events and <c>/status</c> bodies print as "="
    /// lines, so nanoCLR must take the very same steps at the very same times as .NET.
    /// </summary>
    public static class LifecycleSuite
    {
        public static void Run(Check check)
        {
            check.Run("lifecycle.login", Login);
            check.Run("lifecycle.pins", Pins);
            check.Run("lifecycle.failover", Failover);
            check.Run("lifecycle.reset-sequence", ResetSequence);
            check.Run("lifecycle.tested-save", TestedSave);
        }

        private static LifecycleRig Running(Check check)
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            check.True("running", rig.RunUntil(delegate { return rig.Running(); }, 30000));
            return rig;
        }

        private static void Login(Check check)
        {
            LifecycleRig rig = Running(check);
            check.Equal("on Home", "Home", rig.Device.Wifi.CurrentSsid);
            check.True("logged in on server 1", rig.Servers[0].LoggedIn);
            check.Equal("host name from the board name", "living-room", rig.Radio.LastHostname);
            check.Value("states", rig.Trace);
            check.Value("events", rig.Events);
        }

        private static void Pins(Check check)
        {
            LifecycleRig rig = Running(check);
            string[] seen = new string[] { "" };
            rig.Device.OnWrite(3, delegate(int pin, BlynkValue value) { seen[0] += "V" + pin.ToString() + "=" + value.AsString() + ";"; });
            check.True("V1 sent", rig.Device.VirtualWrite(1, 42));
            check.True("V2 sent", rig.Device.VirtualWrite(2, 0.1));
            rig.Servers[0].WriteVirtual(3, "on");
            rig.RunFor(500);
            check.Equal("V1 at the server", "42", rig.Servers[0].Pin(1));
            check.Equal("V2 at the server", "0.1", rig.Servers[0].Pin(2));
            check.Equal("V3 at the device", "V3=on;", seen[0]);
        }

        private static void Failover(Check check)
        {
            LifecycleRig rig = Running(check);
            rig.RunFor(20000);
            rig.Radio.SetOnAir(rig.HomeAp, false);
            check.True("running again", rig.RunUntil(delegate { return rig.Device.State != DeviceState.Running; }, 10000)
                && rig.RunUntil(delegate { return rig.Running(); }, 30000));
            check.Equal("through Backup", "Backup", rig.Device.Wifi.CurrentSsid);
            check.True("no portal", !rig.Device.IsPortalOpen);
            check.Value("states", rig.Trace);
            check.Value("events", rig.Events);
            check.Value("last failure", rig.Device.Describe());
        }

        private static void ResetSequence(Check check)
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.ResetButton);
            rig.RunFor(3000);
            check.True("first reset: no portal", !rig.Device.IsPortalOpen);
            rig.Boot(BootCause.ResetButton);
            check.True("second reset: the portal", rig.Device.PortalReason == PortalReason.ResetSequence);
            check.Value("status", LifecycleRig.Body(rig.Get("/status")));
            rig.Boot(BootCause.PowerOn);
            check.True("then a normal boot", !rig.Device.IsPortalOpen && rig.RunUntil(delegate { return rig.Running(); }, 30000));
        }

        private static void TestedSave(Check check)
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            check.True("no config: the portal", rig.Device.PortalReason == PortalReason.NoConfig);
            string answer = rig.Post(rig.FormOf(LifecycleRig.Complete("home-passphrase")));
            check.True("the Testing page", answer.IndexOf("Testing the new settings") > 0);
            check.True("nothing stored yet", rig.Stored() == null);
            check.Value("status while testing", LifecycleRig.Body(rig.Get("/status")));
            check.True("the test ends", rig.RunUntil(delegate { return !rig.Testing(); }, 30000));
            check.Value("status after", LifecycleRig.Body(rig.Get("/status")));
            check.True("stored", rig.Stored() != null);
            check.True("the portal closes and the device runs", rig.RunUntil(delegate { return rig.Running(); }, 30000));
            check.Value("states", rig.Trace);
        }
    }
}
