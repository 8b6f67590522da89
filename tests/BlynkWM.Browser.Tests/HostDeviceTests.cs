using System;

namespace BlynkWM.Browser.Tests
{
    /// <summary>
    /// The README's main command connects for real: the simulated radio of the scenario, then over loopback to the
    /// local Blynk server standing in for blynk.cloud, with pin traffic both ways printed.
    /// </summary>
    public sealed class HostDeviceTests : IDisposable
    {
        private readonly DataFolder _data = new DataFolder("blynkwm-host-");

        public void Dispose() => _data.Dispose();

        [Fact]
        public void The_demo_config_joins_the_simulated_wifi_logs_in_and_writes_its_uptime()
        {
            using var device = DeviceProcess.WithoutPortal(_data.Path, "--demo", "--max-boots", "1", "--run-seconds", "25");
            device.WaitForLine(new Regex("^State: connecting_wifi$"), TimeSpan.FromSeconds(30));
            device.WaitForLine(new Regex("^WiFi: joined \"HomeNet\""), TimeSpan.FromSeconds(30));
            device.WaitForLine(new Regex(@"^Blynk: logged in to server 1 \(blynk\.cloud:80\)$"), TimeSpan.FromSeconds(30));
            device.WaitForLine(new Regex("^State: running$"), TimeSpan.FromSeconds(30));
            device.WaitForLine(new Regex(@"^\[server 1\] V0 = [1-9][0-9]*$"), TimeSpan.FromSeconds(30));   // the device's uptime (every 10 s), received by the server
        }
    }
}
