using System;

namespace BlynkWM.Browser.Tests
{
    /// <summary>
    /// Base of the tests that drive Debian's headless Chromium (no browser download) against the simulated device:
    /// each test gets its own browser and its own device data folder.
    /// </summary>
    public abstract class ChromiumTests : IAsyncLifetime
    {
        private static readonly string[] ChromiumArgs =
        {
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        };

        private readonly DataFolder _data;
        private IPlaywright _playwright = null!;

        protected ChromiumTests(string dataPrefix)
        {
            _data = new DataFolder(dataPrefix);
        }

        /// <summary>The device's data folder (its EEPROM image), removed after the test.</summary>
        protected string Data => _data.Path;

        protected IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            if (!File.Exists("/usr/bin/chromium"))
            {
                throw new InvalidOperationException("Debian's chromium is required (apt-get install chromium; .ci/run installs it).");
            }

            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
            _data.Dispose();
        }
    }
}
