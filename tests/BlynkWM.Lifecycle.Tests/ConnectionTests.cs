using BlynkWM.Device.Tests;
using BlynkWM.Reset;
using BlynkWM.Samples;
using BlynkWM.Storage;
using Xunit;

namespace BlynkWM.Lifecycle.Tests
{
    /// <summary>Boot, WiFi failover, the fallback portal, pins both ways, reset sequences and portal requests, on a fake clock.</summary>
    public sealed class ConnectionTests
    {
        [Fact]
        public void A_stored_config_boots_to_running_on_the_strongest_network_and_the_first_server()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            BlynkDevice device = rig.Boot(BootCause.PowerOn);

            Assert.Equal(ConfigReadStatus.Ok, device.LoadStatus);
            Assert.Equal(DeviceState.ConnectingWifi, device.State);
            Assert.True(rig.RunUntil(rig.Running, 30000));
            Assert.Equal("Home", device.Wifi.CurrentSsid);
            Assert.Equal(0, device.Blynk.CurrentServer);
            Assert.True(rig.Servers[0].LoggedIn);
            Assert.Equal("Living Room", device.BoardName);
            Assert.Equal("living-room", rig.Radio.LastHostname);
            Assert.Equal("1.0:connecting_wifi 5.2:connecting_blynk 5.3:running", rig.Trace);
            Assert.Equal("5.3:connected", rig.Events);
            Assert.Null(device.Portal);                                    // never opened: no server, no page
        }

        [Fact]
        public void Ap1_vanishes_and_the_device_runs_again_through_ap2()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));
            rig.RunFor(20000);

            rig.Radio.SetOnAir(rig.HomeAp, false);
            long lostAt = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(() => rig.Device.State != DeviceState.Running, 10000));
            Assert.True(rig.RunUntil(rig.Running, 30000));
            Assert.Equal("Backup", rig.Device.Wifi.CurrentSsid);
            Assert.InRange(rig.Clock.NowMilliseconds - lostAt, 10000, 11000);   // beacon loss 6 s, scan 2 s, join 2.2 s, login
            Assert.False(rig.Device.IsPortalOpen);
            Assert.Equal(DeviceFailure.WifiTimeout, rig.Device.LastFailure);  // the lost link
            Assert.Contains("\"Home\" dropped", rig.Device.LastFailureDetail);
            Assert.Equal(2, rig.Servers[0].Logins);
        }

        [Fact]
        public void Both_aps_vanish_the_fallback_portal_opens_and_closes_when_one_returns()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            byte[] stored = rig.ConfigSlots();
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));

            rig.Radio.SetOnAir(rig.HomeAp, false);
            rig.Radio.SetOnAir(rig.BackupAp, false);
            long lostAt = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(rig.PortalOpen, 120000));
            Assert.Equal(PortalReason.Fallback, rig.Device.PortalReason);
            Assert.InRange(rig.Clock.NowMilliseconds - lostAt, 60000, 75000);
            string status = LifecycleRig.Body(rig.Get("/status"));
            Assert.Contains("\"state\":\"portal\"", status);
            Assert.Contains("\"failure\":\"network_not_found\"", status);
            Assert.Contains("No saved WiFi network could be joined", LifecycleRig.Body(rig.Get("/")));

            rig.RunFor(120000);
            Assert.True(rig.Device.IsPortalOpen);
            rig.Radio.SetOnAir(rig.BackupAp, true);
            long backAt = rig.Clock.NowMilliseconds;
            Assert.True(rig.RunUntil(rig.PortalClosed, 90000));
            Assert.True(rig.Clock.NowMilliseconds - backAt <= 65000);        // a portal-time round is at most 60 s away
            Assert.True(rig.RunUntil(rig.Running, 15000));
            Assert.Equal("Backup", rig.Device.Wifi.CurrentSsid);
            Assert.Equal(stored, rig.ConfigSlots());                                 // the config was never rewritten
        }

        [Fact]
        public void A_wrong_password_is_reported_by_status_and_the_page_and_nothing_is_erased()
        {
            var rig = new LifecycleRig();
            DeviceConfig config = LifecycleRig.Complete("wrong-pw");
            config.BackupWifi.Ssid = "";
            config.BackupWifi.Password = "";
            rig.Save(config);
            byte[] stored = rig.ConfigSlots();
            rig.Boot(BootCause.PowerOn);

            Assert.True(rig.RunUntil(rig.PortalOpen, 120000));
            Assert.Equal(DeviceFailure.WrongPassword, rig.Device.LastFailure);
            string status = LifecycleRig.Body(rig.Get("/status"));
            Assert.Contains("\"phase\":\"idle\"", status);
            Assert.Contains("\"failure\":\"wrong_password\"", status);
            Assert.Contains("refused the password", status);
            Assert.Contains("refused the password", LifecycleRig.Body(rig.Get("/")));
            Assert.Equal(stored, rig.ConfigSlots());
            Assert.Equal("wrong-pw", rig.Config.PrimaryWifi.Password);
        }

        [Fact]
        public void Pins_flow_both_ways_through_the_device()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            BlynkDevice device = rig.Boot(BootCause.PowerOn);
            string received = "";
            device.OnWrite(3, (pin, value) => received = value.AsString());
            device.OnRead(7, pin => device.VirtualWrite(pin, 21.5));
            Assert.True(rig.RunUntil(rig.Running, 30000));

            Assert.True(device.VirtualWrite(1, 42));
            Assert.True(device.VirtualWrite(2, new[] { "a", "b" }));
            Assert.True(device.SetProperty(1, "color", "#23C48E"));
            Assert.True(device.LogEvent("door", "opened"));
            rig.Servers[0].WriteVirtual(3, "on");
            rig.Servers[0].RequestRead(7);
            rig.RunFor(500);

            Assert.Equal("42", rig.Servers[0].Pin(1));
            Assert.Equal("a|b", rig.Servers[0].Pin(2));             // the fake server shows NUL separators as |
            Assert.Equal("21.5", rig.Servers[0].Pin(7));
            Assert.Equal("on", received);
        }

        [Fact]
        public void A_killed_server_fails_over_to_the_second_one()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));
            rig.Servers[0].Kill();
            Assert.True(rig.RunUntil(() => rig.Servers[1].LoggedIn && rig.Running(), 10000));
            Assert.Equal(1, rig.Device.Blynk.CurrentServer);
            Assert.Equal(DeviceFailure.ServerUnreachable, rig.Device.LastFailure);
            Assert.Contains("blynk1.test:8080", rig.Device.LastFailureDetail);
            Assert.Contains(":connecting_blynk", rig.Trace.Substring(rig.Trace.IndexOf(":running", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void A_double_reset_opens_the_portal_and_a_cold_boot_does_not()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.ResetButton);
            rig.RunFor(3000);
            Assert.False(rig.Device.IsPortalOpen);

            rig.Boot(BootCause.ResetButton);                                // within the 10 s window
            Assert.Equal(PortalReason.ResetSequence, rig.Device.PortalReason);
            Assert.Equal(DeviceState.Portal, rig.Device.State);
            int joins = rig.Radio.ConnectCalls;
            rig.RunFor(30000);
            Assert.Equal(joins, rig.Radio.ConnectCalls);
            Assert.True(rig.Device.IsPortalOpen);                            // no joins meanwhile: the user configures

            rig.Boot(BootCause.PowerOn);
            rig.RunFor(3000);
            rig.Boot(BootCause.PowerOn);                                    // a power-on never completes a sequence
            Assert.False(rig.Device.IsPortalOpen);
        }

        [Fact]
        public void A_one_shot_portal_request_opens_once_and_a_persistent_one_until_a_save()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));

            rig.Device.OpenPortal(ForcedPortalMode.OneShot);
            Assert.Equal(PortalReason.Requested, rig.Device.PortalReason);
            Assert.Equal(DeviceState.Portal, rig.Device.State);
            rig.RunFor(11000);
            rig.Boot(BootCause.SoftwareReboot);
            Assert.False(rig.Device.IsPortalOpen);                           // one-shot: this time only

            rig.Device.OpenPortal(ForcedPortalMode.Persistent);
            for (int boot = 0; boot < 3; boot++)
            {
                rig.RunFor(11000);
                rig.Boot(BootCause.SoftwareReboot);
                Assert.Equal(PortalReason.Requested, rig.Device.PortalReason);
            }

            rig.Options.TestBeforeSave = false;
            rig.Boot(BootCause.SoftwareReboot);
            DeviceConfig changed = LifecycleRig.Complete("home-passphrase");
            changed.BoardName = "after-portal";                             // a save that changes nothing writes nothing
            Assert.Contains(" 200 ", rig.Post(rig.FormOf(changed)));
            Assert.True(rig.RunUntil(rig.Running, 30000));
            rig.RunFor(11000);
            rig.Boot(BootCause.SoftwareReboot);
            Assert.False(rig.Device.IsPortalOpen);                           // the save ended the persistent request
        }

        [Fact]
        public void The_portal_times_out_then_the_saved_networks_are_tried_again()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Options.PortalTimeoutMs = 120000;
            rig.Boot(BootCause.PowerOn);
            rig.Device.OpenPortal(ForcedPortalMode.OneShot);
            rig.RunFor(60000);
            rig.Get("/");                                                     // a request restarts the timeout
            rig.RunFor(100000);
            Assert.True(rig.Device.IsPortalOpen);
            Assert.True(rig.RunUntil(rig.PortalClosed, 30000));
            Assert.Equal(1, rig.Device.PortalTimeouts);
            Assert.True(rig.RunUntil(rig.Running, 30000));
        }

        [Fact]
        public void A_portal_timeout_configured_to_reboot_reboots()
        {
            var rig = new LifecycleRig();
            rig.Options.PortalTimeoutMs = 60000;
            rig.Options.OnPortalTimeout = PortalTimeoutAction.Reboot;
            rig.Boot(BootCause.PowerOn);                                     // no config: the portal
            rig.RunFor(59000);
            Assert.Equal(0, rig.Reboots.Count);
            rig.RunFor(2000);
            Assert.Equal(1, rig.Reboots.Count);
            Assert.True(rig.Device.RebootRequested);
        }

        [Fact]
        public void Without_a_valid_config_the_portal_stays_open_past_its_timeout()
        {
            var rig = new LifecycleRig();
            rig.Options.PortalTimeoutMs = 60000;
            rig.Boot(BootCause.PowerOn);
            Assert.Equal(PortalReason.NoConfig, rig.Device.PortalReason);
            rig.RunFor(200000);
            Assert.True(rig.Device.IsPortalOpen);
            Assert.Contains("\"state\":\"portal\"", LifecycleRig.Body(rig.Get("/status")));
        }

        [Fact]
        public void Clearing_the_config_erases_it_and_opens_the_portal()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));
            rig.Device.ClearConfig();
            Assert.Equal(PortalReason.NoConfig, rig.Device.PortalReason);
            Assert.Null(rig.Stored());
            Assert.Equal("", rig.Config.PrimaryWifi.Ssid);
            rig.RunFor(1000);
            Assert.False(rig.Device.IsConnected);
        }

        [Fact]
        public void An_access_point_that_needs_a_reboot_stores_the_request_and_reboots_into_the_portal()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.SoftAp = new FakeSoftAp();
            rig.Options.AccessPoint = new BlynkWM.Platform.SoftApSettings("BlynkWM-setup", "portal-pass", 1, 4);
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));

            rig.Radio.SetOnAir(rig.HomeAp, false);
            rig.Radio.SetOnAir(rig.BackupAp, false);
            Assert.True(rig.RunUntil(() => rig.Reboots.Count > 0, 120000));
            rig.SoftAp.Reboot();
            rig.Options.AccessPoint = new BlynkWM.Platform.SoftApSettings("BlynkWM-setup", "portal-pass", 1, 4);
            rig.Boot(BootCause.SoftwareReboot);
            Assert.Equal(PortalReason.Fallback, rig.Device.PortalReason);    // the stored request, probing on

            rig.Radio.SetOnAir(rig.HomeAp, true);
            Assert.True(rig.RunUntil(() => rig.Reboots.Count > 1, 120000));  // closing needs a reboot too
            Assert.False(rig.SoftAp.StoredEnabled);
        }
    }
}
