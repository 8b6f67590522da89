using System;

namespace BlynkWM.Browser.Tests
{
    /// <summary>The portal as a person uses it: Debian's Chromium, headless, against the simulated device.</summary>
    public sealed class PortalBrowserTests : ChromiumTests
    {
        public PortalBrowserTests()
            : base("blynkwm-browser-")
        {
        }

        [Fact]
        public async Task Pick_a_scanned_network_fill_the_form_save_and_the_device_reboots_into_it()
        {
            using var device = new DeviceProcess(Data, "--max-boots", "2");
            IPage page = await Browser.NewPageAsync();
            await page.GotoAsync(device.PortalUrl);

            // The scan list: the strongest network first, each one a button that fills the SSID field.
            ILocator networks = page.Locator(".w button");
            await Assertions.Expect(networks.First).ToHaveAccessibleNameAsync("HomeNet");
            await networks.First.ClickAsync();
            await Assertions.Expect(page.Locator("[name=wifi1_ssid]")).ToHaveValueAsync("HomeNet");

            await page.FillAsync("[name=wifi1_pw]", "correct horse battery");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.ClickAsync("summary:text('Device')"); // a folded section
            await page.FillAsync("[name=board]", "browser-board");
            await page.CheckAsync("[name=mqtt_tls]");
            await page.ClickAsync("button:text('Save')");

            // The save is tested first (join, then log in to the scenario's local Blynk server): "Testing…", then "Saved".
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Saved", new() { Timeout = 30000 });
            device.WaitForLine(new Regex("boot 2: stored config valid"), TimeSpan.FromSeconds(20));
            device.WaitForLine(new Regex("would join \"HomeNet\".*accepts the passphrase"), TimeSpan.FromSeconds(20));
            device.WaitForLine(new Regex(@"Board: browser-board; MQTT broker\.local:1883 \(TLS\)"), TimeSpan.FromSeconds(20));
        }

        [Fact]
        public async Task An_invalid_value_shows_its_message_and_nothing_is_stored()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await Browser.NewPageAsync();
            await page.GotoAsync(device.PortalUrl);

            // 17 characters pass the browser's maxlength=32 but are 34 UTF-8 bytes: only the server can refuse them.
            await page.FillAsync("[name=wifi1_ssid]", new string('é', 17));
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.ClickAsync("button:text('Save')");

            await Assertions.Expect(page.Locator(".b")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".e").First).ToContainTextAsync("long");
            Assert.False(File.Exists(Path.Combine(Data, "eeprom.bin")) && HasConfig(Path.Combine(Data, "eeprom.bin")));
            Assert.DoesNotContain("rebooting", device.Output);
        }

        [Fact]
        public async Task The_form_works_with_javascript_disabled()
        {
            using var device = new DeviceProcess(Data, "--max-boots", "2");
            IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(device.PortalUrl);

            Assert.Equal(0, await page.Locator(".w button").CountAsync());
            await page.FillAsync("[name=wifi1_ssid]", "Workshop");
            await page.FillAsync("[name=wifi1_pw]", "drill-press");
            await page.FillAsync("[name=blynk1_token]", "fedcba9876543210fedcba9876543210");
            await page.ClickAsync("button:text('Save')");

            // The save is tested first (join, then log in to the scenario's local Blynk server): "Testing…", then "Saved".
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Saved", new() { Timeout = 30000 });
            device.WaitForLine(new Regex("would join \"Workshop\".*not in the scan.*accepts the passphrase"), TimeSpan.FromSeconds(20));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_save_with_a_wrong_passphrase_is_tested_refused_and_not_stored(bool javaScript)
        {
            using var device = new DeviceProcess(Data);
            IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(device.PortalUrl);

            await page.FillAsync("[name=wifi1_ssid]", "HomeNet");
            await page.FillAsync("[name=wifi1_pw]", "not the passphrase");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.ClickAsync("button:text('Save')");

            // "Testing…" first, then the result in place of it (a /status poll with JavaScript, a reload without).
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Not saved: The WiFi network \"HomeNet\" refused the password", new() { Timeout = 30000 });
            await page.ClickAsync("text=Back to the form");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("refused the password");
            Assert.False(File.Exists(Path.Combine(Data, "eeprom.bin")) && HasConfig(Path.Combine(Data, "eeprom.bin")));
            Assert.DoesNotContain("Rebooting", device.Output);
        }

        private static bool HasConfig(string image)
        {
            byte[] bytes = File.ReadAllBytes(image);
            return bytes.Length > 20 && bytes[16] == (byte)'B' || bytes.Length > 1040 && bytes[1032] == (byte)'B';
        }
    }
}
