using BlynkWM.Device.Tests;
using BlynkWM.Portal;
using BlynkWM.Reset;
using BlynkWM.Samples;
using Xunit;

namespace BlynkWM.Lifecycle.Tests
{
    /// <summary>Test before commit: a save is tried (WiFi, then Blynk) while the portal stays up, and stored only if it works.</summary>
    public sealed class SaveTests
    {
        [Fact]
        public void A_working_save_is_tested_then_stored_and_the_device_runs_with_it()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            Assert.Equal(PortalReason.NoConfig, rig.Device.PortalReason);

            string answer = rig.Post(rig.FormOf(LifecycleRig.Complete("home-passphrase")));
            Assert.StartsWith("HTTP/1.1 200 ", answer);
            Assert.Contains("Testing the new settings", answer);
            Assert.Contains("<noscript><meta http-equiv=refresh content=\"2;url=/test\"></noscript>", answer);
            Assert.Contains("fetch('/status'", answer);
            Assert.Null(rig.Stored());                                         // nothing stored yet

            string status = rig.Get("/status");
            Assert.Contains("Content-Type: application/json", status);
            Assert.Contains("Cache-Control: no-store", status);
            Assert.Contains("{\"phase\":\"testing\",\"step\":\"wifi\",\"ssid\":\"Home\",\"server\":\"\",\"failure\":\"\"", LifecycleRig.Body(status));
            Assert.DoesNotContain("home-passphrase", status);
            Assert.DoesNotContain("token-1-abcdefghijklmnopqrstuvwx", status);

            Assert.True(rig.RunUntil(() => !rig.Testing(), 30000));
            Assert.Equal(SavePhase.Committed, rig.Device.Portal.Status.Phase);
            string done = LifecycleRig.Body(rig.Get("/status"));
            Assert.Contains("\"phase\":\"committed\",\"step\":\"done\",\"ssid\":\"Home\",\"server\":\"blynk1.test:8080\",\"failure\":\"\"", done);
            Assert.Contains("The new settings work", rig.Get("/test"));
            Assert.Equal("home-passphrase", rig.Stored().PrimaryWifi.Password);
            Assert.Equal(1, rig.Device.Portal.SaveCount);

            Assert.True(rig.RunUntil(rig.PortalClosed, 5000));                // after PortalCloseDelayMs
            Assert.True(rig.RunUntil(rig.Running, 30000));
            Assert.Equal("Home", rig.Device.Wifi.CurrentSsid);
        }

        [Fact]
        public void A_wrong_password_is_not_stored_and_the_previous_config_stays_in_use()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            byte[] stored = rig.ConfigSlots();
            rig.Boot(BootCause.PowerOn);
            rig.Device.OpenPortal(ForcedPortalMode.OneShot);

            DeviceConfig candidate = LifecycleRig.Complete("typo-passphrase");
            candidate.BackupWifi.Ssid = "";
            candidate.BackupWifi.Password = "";
            Assert.StartsWith("HTTP/1.1 200 ", rig.Post(rig.FormOf(candidate)));
            Assert.True(rig.RunUntil(() => !rig.Testing(), 30000));

            Assert.Equal(SavePhase.Failed, rig.Device.Portal.Status.Phase);
            string status = LifecycleRig.Body(rig.Get("/status"));
            Assert.Contains("\"phase\":\"failed\",\"step\":\"done\",\"ssid\":\"Home\",\"server\":\"\",\"failure\":\"wrong_password\"", status);
            Assert.Contains("refused the password", status);
            string page = rig.Get("/test");
            Assert.Contains("Not saved: The WiFi network &quot;Home&quot; refused the password", page);
            Assert.Contains("<a href=/>Back to the form</a>", page);
            Assert.Contains("refused the password", LifecycleRig.Body(rig.Get("/")));   // and above the form
            Assert.Equal(stored, rig.ConfigSlots());
            Assert.Equal("home-passphrase", rig.Config.PrimaryWifi.Password);
            Assert.Equal(DeviceFailure.WrongPassword, rig.Device.LastFailure);
            Assert.Equal(1, rig.Device.Portal.FailedTestCount);
            Assert.True(rig.Device.IsPortalOpen);
        }

        [Fact]
        public void A_rejected_token_fails_the_test_at_the_blynk_step()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            DeviceConfig candidate = LifecycleRig.Complete("home-passphrase");
            candidate.PrimaryBlynk.Token = "not-a-token-aaaaaaaaaaaaaaaaaaaa";
            candidate.BackupBlynk.Server = "";
            rig.Post(rig.FormOf(candidate));
            Assert.True(rig.RunUntil(() => !rig.Testing(), 60000));
            string status = LifecycleRig.Body(rig.Get("/status"));
            Assert.Contains("\"server\":\"blynk1.test:8080\",\"failure\":\"invalid_token\"", status);
            Assert.Null(rig.Stored());
            Assert.Equal(0, rig.Radio.State == BlynkWM.Ports.WifiLinkState.Connected ? 1 : 0);   // the test left the network
        }

        [Fact]
        public void An_unreachable_server_fails_the_test_with_server_unreachable()
        {
            var rig = new LifecycleRig();
            rig.Servers[0].Kill();
            rig.Servers[1].Kill();
            rig.Boot(BootCause.PowerOn);
            rig.Post(rig.FormOf(LifecycleRig.Complete("home-passphrase")));
            Assert.True(rig.RunUntil(() => !rig.Testing(), 60000));
            Assert.Contains("\"failure\":\"server_unreachable\"", LifecycleRig.Body(rig.Get("/status")));
            Assert.Null(rig.Stored());
        }

        [Fact]
        public void Save_anyway_stores_at_once_without_a_test()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            string answer = rig.Post(rig.FormOf(LifecycleRig.Complete("typo-passphrase")) + "&_anyway=1");
            Assert.StartsWith("HTTP/1.1 200 ", answer);
            Assert.Contains("Saved.", answer);
            Assert.Equal(0, rig.Device.Portal.TestCount);
            Assert.Equal("typo-passphrase", rig.Stored().PrimaryWifi.Password);
            Assert.Contains("\"phase\":\"committed\"", LifecycleRig.Body(rig.Get("/status")));
        }

        [Fact]
        public void The_form_offers_the_save_anyway_box()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            Assert.Contains("<input type=checkbox name=_anyway value=1>", rig.Get("/"));
        }

        [Fact]
        public void Without_a_tester_a_save_is_stored_at_once()
        {
            var rig = new LifecycleRig();
            rig.Options.TestBeforeSave = false;
            rig.Boot(BootCause.PowerOn);
            string answer = rig.Post(rig.FormOf(LifecycleRig.Complete("typo-passphrase")));
            Assert.Contains("Saved.", answer);
            Assert.Null(rig.Device.Portal.Tester);
            Assert.Equal("typo-passphrase", rig.Stored().PrimaryWifi.Password);
        }

        [Fact]
        public void A_second_save_while_testing_is_refused_with_409()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            rig.Post(rig.FormOf(LifecycleRig.Complete("home-passphrase")));
            Assert.True(rig.Testing());
            string second = rig.Post(rig.FormOf(LifecycleRig.Complete("other-pw")));
            Assert.StartsWith("HTTP/1.1 409 Conflict", second);
            Assert.True(rig.RunUntil(() => !rig.Testing(), 30000));
            Assert.Equal("home-passphrase", rig.Stored().PrimaryWifi.Password);        // the first one, tested
        }

        [Fact]
        public void An_invalid_post_is_refused_before_any_test()
        {
            var rig = new LifecycleRig();
            rig.Boot(BootCause.PowerOn);
            DeviceConfig candidate = LifecycleRig.Complete("home-passphrase");
            candidate.MqttPort = 70000;
            Assert.StartsWith("HTTP/1.1 400 ", rig.Post(rig.FormOf(candidate)));
            Assert.Equal(0, rig.Device.Portal.TestCount);
            Assert.Contains("\"phase\":\"idle\"", LifecycleRig.Body(rig.Get("/status")));
        }

        [Fact]
        public void A_fallback_portal_keeps_probing_after_a_failed_test_and_closes_when_the_saved_network_returns()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            Assert.True(rig.RunUntil(rig.Running, 30000));
            rig.Radio.SetOnAir(rig.HomeAp, false);
            rig.Radio.SetOnAir(rig.BackupAp, false);
            Assert.True(rig.RunUntil(rig.PortalOpen, 120000));

            DeviceConfig candidate = LifecycleRig.Complete("home-passphrase");
            candidate.PrimaryWifi.Ssid = "Elsewhere";
            candidate.BackupWifi.Ssid = "";
            rig.Post(rig.FormOf(candidate));
            Assert.True(rig.RunUntil(() => !rig.Testing(), 30000));
            Assert.Contains("\"failure\":\"network_not_found\"", LifecycleRig.Body(rig.Get("/status")));

            rig.Radio.SetOnAir(rig.HomeAp, true);
            Assert.True(rig.RunUntil(rig.PortalClosed, 90000));
            Assert.True(rig.RunUntil(rig.Running, 15000));
            Assert.Equal("Home", rig.Stored().PrimaryWifi.Ssid);
        }
    }
}
