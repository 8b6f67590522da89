using System;
using BlynkWM.Device.Tests;
using BlynkWM.Portal;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Testing;
using BlynkWM.Wifi;
using Xunit;

namespace BlynkWM.Lifecycle.Tests
{
    /// <summary>What the application hands the device (options, handlers, ports) cannot stop its loop.</summary>
    public sealed class RobustnessTests
    {
        [Fact]
        public void Null_wifi_and_blynk_options_mean_their_defaults_through_a_tested_save()
        {
            var rig = new LifecycleRig();
            rig.Options.Wifi = null!;
            rig.Options.Blynk = null!;
            rig.Options.BlynkSecurity = null!;
            rig.Boot(BootCause.PowerOn);

            Assert.StartsWith("HTTP/1.1 200 ", rig.Post(rig.FormOf(LifecycleRig.Complete("home-passphrase"))));
            Assert.True(rig.RunUntil(() => !rig.Testing(), 60000));

            Assert.Equal(SavePhase.Committed, rig.Device.Portal.Status.Phase);
            Assert.Equal("home-passphrase", rig.Stored().PrimaryWifi.Password);
        }

        [Fact]
        public void A_bad_portal_address_is_refused_when_the_device_is_made_not_when_the_portal_first_opens()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase")); // a saved config: no portal at boot
            rig.Options.PortalAddress = "192.168.4";

            ArgumentException e = Assert.Throws<ArgumentException>(() => rig.Boot(BootCause.PowerOn));
            Assert.Equal("PortalAddress", e.ParamName);
        }

        [Fact]
        public void A_throwing_state_handler_is_counted_and_the_device_carries_on()
        {
            var rig = new LifecycleRig();
            rig.Save(LifecycleRig.Complete("home-passphrase"));
            rig.Boot(BootCause.PowerOn);
            rig.Device.StateChanged += _ => throw new InvalidOperationException("application bug");
            rig.Device.Connected += _ => throw new InvalidOperationException("application bug");

            Assert.True(rig.RunUntil(rig.Running, 60000));
            Assert.True(rig.Device.HandlerFailures >= 2, rig.Device.HandlerFailures.ToString());
        }

        [Fact]
        public void A_trial_whose_join_the_radio_refuses_is_not_left_running()
        {
            var clock = new RigClock();
            var trial = new ConfigTrial(new RefusingRadio(), new MemoryStreamNetwork(clock), clock, new XorShiftRandom(1), new BlynkDeviceOptions());

            Assert.Throws<InvalidOperationException>(() => trial.Begin(LifecycleRig.Complete("home-passphrase"), new SaveStatus()));
            Assert.False(trial.Active);
            Assert.False(trial.Step());
        }

        private sealed class RefusingRadio : IWifiRadio
        {
            public int ScanCount => 0;

            public WifiNetworkInfo[] LatestNetworks => new WifiNetworkInfo[0];

            public WifiLinkState State => WifiLinkState.Idle;

            public WifiFailure Failure => WifiFailure.None;

            public string FailureDetail => "";

            public string IpAddress => "";

            public void RequestScan()
            {
            }

            public void Connect(string ssid, string password, StaticIpConfig staticIp, string hostname) => throw new InvalidOperationException("radio busy");

            public void Disconnect()
            {
            }
        }
    }
}
