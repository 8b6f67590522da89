using System;
using System.Collections.Generic;
using System.Linq;

namespace BlynkWM.Browser.Tests
{
    /// <summary>
    /// Issue 13's page on a phone-sized Chromium: the network list, folding sections, required marks, the sticky Save,
    /// dark mode, one accessible name per control, Show/Hide, no favicon request, the browser's own checks, and a refused
    /// save that points at its first bad field. Each state leaves a phone-sized screenshot in artifacts/.
    /// </summary>
    public sealed class PageBrowserTests : ChromiumTests
    {
        public PageBrowserTests()
            : base("blynkwm-page-")
        {
        }

        private async Task<IPage> PhoneAsync(ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
        {
            IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 390, Height = 844 },
                DeviceScaleFactor = 2,
                IsMobile = true,
                HasTouch = true,
                ColorScheme = scheme,
                JavaScriptEnabled = javaScript,
            });
            return await context.NewPageAsync();
        }

        private static async Task ScreenshotAsync(IPage page, string name)
        {
            string folder = Path.Combine(DeviceProcess.RepoRoot(), "artifacts");
            Directory.CreateDirectory(folder);
            string file = Path.Combine(folder, name);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, name + " is suspiciously small");
            int scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 390, name + ": the page is " + scrollWidth + " px wide on a 390 px phone");
        }

        [Fact]
        public async Task Networks_are_a_list_with_bars_and_locks_strongest_first_and_one_tap_picks_one()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync();
            await page.GotoAsync(device.PortalUrl);

            ILocator networks = page.Locator(".w button");
            await Assertions.Expect(networks).ToHaveCountAsync(4);
            // Name left, bars and lock right (two flex items).
            Assert.Equal(new[] { "HomeNet\n▂▄▆█ 🔒", "Café-Gäste 5G\n▂▄▆ 🔒", "FreeWiFi\n▂▄", "Neighbour's <b>\n▂ 🔒" }, await networks.AllInnerTextsAsync());
            // The bars and lock are decoration for screen readers: each button's name is the network's.
            await Assertions.Expect(networks.First).ToHaveAccessibleNameAsync("HomeNet");
            await ScreenshotAsync(page, "portal-phone.png");

            await networks.Nth(1).TapAsync();
            await Assertions.Expect(page.Locator("[name=wifi1_ssid]")).ToHaveValueAsync("Café-Gäste 5G");
            Assert.Equal("wifi1_pw", await page.EvaluateAsync<string>("document.activeElement.name"));
        }

        [Fact]
        public async Task Each_control_has_one_name_and_show_becomes_hide()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync();
            await page.GotoAsync(device.PortalUrl);

            await Assertions.Expect(page.Locator("[name=wifi1_ssid]")).ToHaveAccessibleNameAsync("SSID *");
            await Assertions.Expect(page.Locator("[name=wifi1_pw]")).ToHaveAccessibleNameAsync("Password");
            await Assertions.Expect(page.Locator("[name=blynk1_token]")).ToHaveAccessibleNameAsync("Auth token *");
            Assert.Equal(0, await page.Locator("label button").CountAsync());

            ILocator password = page.Locator("[name=wifi1_pw]");
            ILocator show = page.Locator("label:has([name=wifi1_pw]) + button");
            await password.FillAsync("correct horse battery");
            await Assertions.Expect(show).ToHaveTextAsync("Show");
            await show.TapAsync();
            await Assertions.Expect(password).ToHaveAttributeAsync("type", "text");
            await Assertions.Expect(show).ToHaveTextAsync("Hide");
            await show.TapAsync();
            await Assertions.Expect(password).ToHaveAttributeAsync("type", "password");
            await Assertions.Expect(show).ToHaveTextAsync("Show");
        }

        [Fact]
        public async Task Sections_fold_required_fields_are_marked_and_save_stays_on_screen_without_a_favicon_request()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync();
            var requested = new List<string>();
            page.Request += (_, r) => requested.Add(new Uri(r.Url).AbsolutePath);
            await page.GotoAsync(device.PortalUrl);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.DoesNotContain("/favicon.ico", requested);
            // WiFi first and open, the Blynk server (required fields) open, backups and the device's settings folded.
            Assert.Equal(new[] { "Home WiFi", "Backup WiFi", "Blynk server", "Backup Blynk server", "Device" }, await page.Locator("summary").AllInnerTextsAsync());
            Assert.Equal(new[] { true, false, true, false, false }, await page.Locator("details").EvaluateAllAsync<bool[]>("d => d.map(x => x.open)"));
            await Assertions.Expect(page.Locator("[name=board]")).Not.ToBeVisibleAsync();
            await page.Locator("summary", new PageLocatorOptions { HasText = "Device" }).TapAsync();
            await Assertions.Expect(page.Locator("[name=board]")).ToBeVisibleAsync();

            Assert.Equal(new[] { "SSID *", "Server *", "Port *", "Auth token *" },
                (await page.Locator("label:has([required])").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());

            ILocator save = page.Locator("form > button");
            await Assertions.Expect(save).ToBeInViewportAsync();
            var box = (await save.BoundingBoxAsync())!;
            Assert.True(box.Width >= 300, "Save is " + box.Width + " px wide");
            await page.Mouse.WheelAsync(0, 400);
            await Assertions.Expect(save).ToBeInViewportAsync();
        }

        [Fact]
        public async Task Dark_mode_follows_the_phone()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync(ColorScheme.Dark);
            await page.GotoAsync(device.PortalUrl);

            string background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
            string text = await page.EvaluateAsync<string>("getComputedStyle(document.body).color");
            Assert.Equal("rgb(17, 17, 17)", background);
            Assert.True(Luminance(text) > 0.6, "text colour " + text + " on a dark page");
            await ScreenshotAsync(page, "portal-phone-dark.png");
        }

        [Fact]
        public async Task The_browser_catches_a_short_passphrase_and_a_malformed_token_before_sending()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync();
            var posts = 0;
            page.Request += (_, r) => posts += r.Method == "POST" ? 1 : 0;
            await page.GotoAsync(device.PortalUrl);

            await page.FillAsync("[name=wifi1_ssid]", "HomeNet");
            await page.FillAsync("[name=wifi1_pw]", "short");
            await page.FillAsync("[name=blynk1_token]", "not-a-token");
            await page.Locator("form > button").TapAsync();

            Assert.True(await page.EvalOnSelectorAsync<bool>("[name=wifi1_pw]", "e => e.validity.tooShort"));
            Assert.True(await page.EvalOnSelectorAsync<bool>("[name=blynk1_token]", "e => e.validity.patternMismatch"));
            Assert.Equal("wifi1_pw", await page.EvaluateAsync<string>("document.activeElement.name"));
            Assert.Equal(0, posts);

            await page.FillAsync("[name=wifi1_pw]", "correct horse battery");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            Assert.True(await page.EvalOnSelectorAsync<bool>("form", "f => f.checkValidity()"));
        }

        [Fact]
        public async Task A_refused_save_focuses_its_first_bad_field_marks_it_and_asks_for_the_password_again()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync();
            await page.GotoAsync(device.PortalUrl);

            // 11 characters pass the browser's maxlength=32 but are 33 UTF-8 bytes: only the device can refuse them.
            await page.FillAsync("[name=wifi1_ssid]", new string('€', 11));
            await page.FillAsync("[name=wifi1_pw]", "correct horse battery");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.Locator("form > button").TapAsync();

            ILocator ssid = page.Locator("[name=wifi1_ssid]");
            await Assertions.Expect(page.Locator(".b")).ToBeVisibleAsync();
            await Assertions.Expect(ssid).ToBeFocusedAsync();
            await Assertions.Expect(ssid).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(ssid).ToHaveAccessibleDescriptionAsync(new Regex("Too long: at most 32 bytes; .*€ 3"));
            await Assertions.Expect(ssid).ToBeInViewportAsync();
            Assert.Equal("rgb(238, 51, 51)", await ssid.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
            await Assertions.Expect(page.Locator("[name=wifi1_pw]")).ToHaveAccessibleDescriptionAsync(new Regex("type it again"));
            await Assertions.Expect(page.Locator("[name=wifi1_pw]")).ToHaveValueAsync("");
            Assert.DoesNotContain("rebooting", device.Output, StringComparison.Ordinal);
            await ScreenshotAsync(page, "portal-phone-refused.png");
        }

        [Fact]
        public async Task Without_javascript_the_page_is_the_same_form_with_the_datalist()
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync(javaScript: false);
            await page.GotoAsync(device.PortalUrl);

            Assert.Equal(0, await page.Locator(".w").CountAsync());
            Assert.Equal(new[] { "HomeNet", "Café-Gäste 5G", "FreeWiFi", "Neighbour's <b>" },
                await page.Locator("#_ssids option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)"));
            Assert.Equal("▂▄▆█ 🔒", await page.Locator("#_ssids option").First.EvaluateAsync<string>("o => o.text"));
            await ScreenshotAsync(page, "portal-phone-nojs.png");
        }

        [Fact]
        public async Task After_save_each_step_of_the_test_shows_as_it_is_reached_then_saved()
        {
            using var device = new DeviceProcess(Data, "--max-boots", "2");
            IPage page = await PhoneAsync();
            await page.GotoAsync(device.PortalUrl);
            await page.Locator(".w button").First.TapAsync();
            await page.FillAsync("[name=wifi1_pw]", "correct horse battery");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.Locator("form > button").TapAsync();

            // Joining first (the simulated radio takes a second or two), then the login, then every line done.
            ILocator steps = page.Locator(".p li");
            await Assertions.Expect(steps.First).ToHaveTextAsync("Joining HomeNet…");
            await Assertions.Expect(steps.First).ToHaveAttributeAsync("aria-current", "step");
            await ScreenshotAsync(page, "portal-phone-testing.png");
            await Assertions.Expect(page.Locator(".p li.d")).ToHaveCountAsync(4, new() { Timeout = 30000 });
            Assert.Equal(new[] { "Joined HomeNet", "Got an address" }, (await steps.AllInnerTextsAsync()).Take(2).ToArray());
            await Assertions.Expect(steps.Nth(2)).ToHaveTextAsync(new Regex("^Logged in to blynk\\.cloud"));
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Saved");
            await ScreenshotAsync(page, "portal-phone-saved.png");
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_failed_test_shows_the_step_it_stopped_at_and_what_to_do(bool javaScript)
        {
            using var device = new DeviceProcess(Data);
            IPage page = await PhoneAsync(javaScript: javaScript);
            await page.GotoAsync(device.PortalUrl);
            await page.FillAsync("[name=wifi1_ssid]", "HomeNet");
            await page.FillAsync("[name=wifi1_pw]", "not the passphrase");
            await page.FillAsync("[name=blynk1_token]", "0123456789abcdef0123456789abcdef");
            await page.Locator("form > button").TapAsync();

            ILocator failed = page.Locator(".p li.f");
            await Assertions.Expect(failed).ToHaveTextAsync("Could not join HomeNet", new() { Timeout = 30000 });
            Assert.Equal(3, await page.Locator(".p li:not([class])").CountAsync());
            await Assertions.Expect(page.Locator(".b")).ToContainTextAsync("Not saved: The WiFi network \"HomeNet\" refused the password");
            if (javaScript)
            {
                await ScreenshotAsync(page, "portal-phone-failed.png");
            }
        }

        private static double Luminance(string rgb)
        {
            int[] c = Regex.Matches(rgb, "[0-9]+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return ((0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2])) / 255;
        }
    }
}
