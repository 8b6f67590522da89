using System;
using System.Linq;
using BlynkWM.Host.Storage;
using BlynkWM.Samples;

namespace BlynkWM.Browser.Tests
{
    /// <summary>
    /// The simulated device prints stored text escaped: a config stored before the portal refused control characters
    /// (or by another firmware) can neither forge a log line nor drive the terminal.
    /// </summary>
    public sealed class DeviceLogTests : IDisposable
    {
        private readonly DataFolder _data = new DataFolder("blynkwm-log-");

        public void Dispose() => _data.Dispose();

        [Fact]
        public void Stored_text_with_control_characters_is_printed_escaped()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "Home\u001b]0;pwned\u0007";
            config.PrimaryBlynk.Server = "blynk.cloud\r\nX-Injected: 1";
            config.PrimaryBlynk.Token = "0123456789abcdef0123456789abcdef";
            config.BoardName = "\u001b[31mred";
            config.MqttServer = "broker\nFAKE LINE";
            Directory.CreateDirectory(_data.Path);
            using (var eeprom = new ImageFileByteStore(Path.Combine(_data.Path, "eeprom.bin"), DeviceConfig.StorageLayout.StoreCapacity))
            {
                DeviceConfig.CreateStore(eeprom).Save(config);
            }

            using var device = DeviceProcess.WithoutPortal(_data.Path, "--max-boots", "1");
            device.WaitForLine(new Regex("^Board: "), TimeSpan.FromSeconds(30));
            string output = device.Output;

            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.Contains("would join \"Home\\x1B]0;pwned\\x07\"", output, StringComparison.Ordinal);
            Assert.Contains("Blynk: server 1: blynk.cloud\\r\\nX-Injected: 1:80, token ", output, StringComparison.Ordinal);
            Assert.Contains("Board: \\x1B[31mred; MQTT broker\\nFAKE LINE:1883", output, StringComparison.Ordinal);
            string[] lines = output.Split('\n');
            Assert.DoesNotContain(lines, l => l.StartsWith("X-Injected", StringComparison.Ordinal) || l.StartsWith("FAKE LINE", StringComparison.Ordinal));
        }
    }
}
