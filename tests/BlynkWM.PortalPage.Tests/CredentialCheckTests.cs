using System;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>
    /// Issue 13: credentials checked for sense (WPA2 passphrase, Blynk token), a refused save that points at its first
    /// bad field and asks for typed secrets again, and a save that changes nothing writing nothing.
    /// </summary>
    public sealed class CredentialCheckTests
    {
        private static string Form(PortalHarness h, string pair, string replacement)
        {
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: false);
            Assert.Contains(pair, form, StringComparison.Ordinal);
            return form.Replace(pair, replacement);
        }

        [Theory]
        [InlineData("seven77", "Too short: a WiFi password has at least 8 characters")]
        [InlineData("é€😀abcd", "Too short: a WiFi password has at least 8 characters")] // 7 characters, 13 bytes
        [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeX", "at most 63 characters, or is 64 hex digits")]
        public void A_wifi_passphrase_outside_wpa2_is_refused_and_nothing_is_stored(string passphrase, string message)
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] before = h.StoredBytes();

            Response r = h.Post(Form(h, "wifi1_pw=", "wifi1_pw=" + Uri.EscapeDataString(passphrase)));

            Assert.Equal(400, r.Status);
            Assert.True(r.Text.Contains(message, StringComparison.Ordinal), r.Text);
            Assert.DoesNotContain(Uri.EscapeDataString(passphrase), r.Text, StringComparison.Ordinal);
            Assert.Equal(before, h.StoredBytes());
        }

        [Theory]
        [InlineData("eight888")]
        [InlineData("sixty-three characters are the longest a wpa2 passphrase has..")]
        [InlineData("0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef")]
        public void A_wpa2_passphrase_is_stored(string passphrase)
        {
            var h = new PortalHarness(SampleValues.DeviceA());

            Response r = h.Post(Form(h, "wifi1_pw=", "wifi1_pw=" + Uri.EscapeDataString(passphrase)));

            Assert.Equal(200, r.Status);
            Assert.Equal(passphrase, Reload(h).PrimaryWifi.Password);
        }

        [Fact]
        public void An_open_network_forgets_its_passphrase_whatever_the_minimum()
        {
            var h = new PortalHarness(SampleValues.DeviceA());

            Response r = h.Post(Form(h, "wifi1_pw=", "wifi1_pw=&_clear.wifi1_pw=1"));

            Assert.Equal(200, r.Status);
            Assert.Equal("", Reload(h).PrimaryWifi.Password);
        }

        [Theory]
        [InlineData("0123456789abcdef0123456789abcde")] // 31
        [InlineData("0123456789abcdef0123456789abcdef0")] // 33
        [InlineData("0123456789abcdef0123456789abcde!")]
        [InlineData("0123456789abcdef 123456789abcdef")]
        public void A_token_that_is_not_32_token_characters_is_refused(string token)
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] before = h.StoredBytes();

            Response r = h.Post(Form(h, "blynk1_token=", "blynk1_token=" + Uri.EscapeDataString(token)));

            Assert.Equal(400, r.Status);
            Assert.Contains("An auth token is 32 letters, digits, - or _", r.Text, StringComparison.Ordinal);
            Assert.Equal(before, h.StoredBytes());
        }

        [Fact]
        public void A_token_of_32_token_characters_is_stored()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            const string Token = "Ab-_0123456789abcdefghijklmnopqr";

            Assert.Equal(200, h.Post(Form(h, "blynk1_token=", "blynk1_token=" + Token)).Status);
            Assert.Equal(Token, Reload(h).PrimaryBlynk.Token);
        }

        [Fact]
        public void The_browser_is_told_the_same_rules()
        {
            string page = new PortalHarness(SampleValues.DeviceA()).Get().Text;

            Assert.Contains("name=wifi1_pw type=password maxlength=64 minlength=8", page, StringComparison.Ordinal);
            Assert.Contains("name=blynk1_token type=password maxlength=34 pattern=[\\w\\-]{32}", page, StringComparison.Ordinal);
            // The pattern as browsers compile it (the 'v' flag: '-' must be escaped inside a class) matches exactly the tokens the device accepts.
            string written = Regex.Match(page, "name=blynk1_token [^>]*pattern=([^\\s>]+)").Groups[1].Value;
            var pattern = new Regex("^(?:" + written + ")$", RegexOptions.ECMAScript);
            Assert.Matches(pattern, "Ab-_0123456789abcdefghijklmnopqr");
            Assert.DoesNotMatch(pattern, "Ab-_0123456789abcdefghijklmnopq!");
        }

        [Fact]
        public void The_first_refused_field_gets_the_focus_and_every_refused_field_points_at_its_message()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = Form(h, "board=office-sensor", "board=a%0Ab").Replace("mqtt_port=1883", "mqtt_port=x");

            string page = h.Post(form).Text;

            Assert.Single(Regex.Matches(page, "autofocus"));
            Match board = Regex.Match(page, "<input name=board [^>]*aria-invalid=true aria-describedby=(e[0-9]+) autofocus>");
            Assert.True(board.Success, page);
            Assert.Contains("<p class=e id=" + board.Groups[1].Value + ">Control characters", page, StringComparison.Ordinal);
            Match port = Regex.Match(page, "<input name=mqtt_port [^>]*aria-invalid=true aria-describedby=(e[0-9]+)>");
            Assert.True(port.Success, page);
            Assert.Contains("<p class=e id=" + port.Groups[1].Value + ">Enter a whole number.", page, StringComparison.Ordinal);
            // The folded section holding them is open; a section without a refused field stays folded.
            Assert.Contains("<details open><summary>Device</summary>", page, StringComparison.Ordinal);
            Assert.Contains("<details><summary>Backup WiFi</summary>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("aria-invalid=", h.Get().Text, StringComparison.Ordinal);
        }

        [Fact]
        public void A_secret_typed_into_a_refused_form_is_asked_for_again()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = Form(h, "wifi1_pw=", "wifi1_pw=a-good-passphrase").Replace("mqtt_port=1883", "mqtt_port=x");

            string page = h.Post(form).Text;

            Match pw = Regex.Match(page, "<input name=wifi1_pw [^>]* aria-describedby=(e[0-9]+)>");
            Assert.True(pw.Success, page);
            Assert.Contains("<p class=n id=" + pw.Groups[1].Value + ">Not saved: type it again", page, StringComparison.Ordinal);
            Assert.DoesNotContain("a-good-passphrase", page, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(page, "type it again \\(a typed"));
        }

        [Fact]
        public void A_multi_byte_text_that_is_too_long_explains_three_byte_characters_too()
        {
            var h = new PortalHarness(SampleValues.DeviceA());

            string page = h.Post(Form(h, "board=office-sensor", "board=" + Uri.EscapeDataString(new string('€', 9)))).Text;

            Assert.Contains("Too long: at most 24 bytes; a character beyond ASCII takes 2 to 4 (é 2, € 3, an emoji 4).", page, StringComparison.Ordinal);
        }

        [Fact]
        public void A_post_with_only_the_token_writes_nothing_says_so_and_does_not_restart()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] before = h.StoredBytes();
            uint sequence = h.Store.CurrentSequence;

            Response r = h.Post("_csrf=" + h.Token);

            Assert.Equal(200, r.Status);
            Assert.Contains("Nothing changed", r.Text, StringComparison.Ordinal);
            Assert.Equal(before, h.StoredBytes());
            Assert.Equal(sequence, h.Store.CurrentSequence);
            Assert.Equal(0, h.SavedCallbacks);
            Assert.Equal(0, h.Portal.SaveCount);
            Assert.Equal(1, h.Portal.UnchangedCount);
        }

        [Fact]
        public void Retyping_the_stored_secrets_changes_nothing_either_but_one_new_value_is_written()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            uint sequence = h.Store.CurrentSequence;

            Assert.Contains("Nothing changed", h.Post(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token)).Text, StringComparison.Ordinal);
            Assert.Equal(sequence, h.Store.CurrentSequence);

            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token).Replace("board=", "board=x"));
            Assert.Equal(200, r.Status);
            Assert.Equal(sequence + 1, h.Store.CurrentSequence);
            Assert.Equal(1, h.SavedCallbacks);
        }

        private static DeviceConfig Reload(PortalHarness h)
        {
            var c = new DeviceConfig();
            h.Store.Load(c);
            return c;
        }
    }
}
