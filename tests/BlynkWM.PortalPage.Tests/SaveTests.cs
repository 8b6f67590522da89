using System;
using System.Linq;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>POST /save: one request stores everything valid, and anything invalid stores nothing.</summary>
    public sealed class SaveTests
    {
        private static DeviceConfig LoadStored(PortalHarness h)
        {
            var loaded = new DeviceConfig();
            Assert.Equal(ConfigReadStatus.Ok, DeviceConfig.CreateStore(new CopyOf(h.Bytes)).Load(loaded));
            return loaded;
        }

        [Fact]
        public void A_valid_post_stores_every_field_applies_them_and_fires_the_callback()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            DeviceConfig b = SampleValues.DeviceB();

            Response r = h.Post(PortalHarness.FormOf(b, h.Token));

            Assert.Equal(200, r.Status);
            Assert.Contains("Saved.", r.Text);
            Assert.Equal(1, h.SavedCallbacks);
            Assert.Equal(1, h.Portal.SaveCount);
            // DeviceB leaves two secrets empty: an empty secret keeps the stored one (DeviceA's).
            DeviceConfig expected = SampleValues.DeviceB();
            expected.BackupWifi.Password = SampleValues.DeviceA().BackupWifi.Password;
            expected.BackupBlynk.Token = SampleValues.DeviceA().BackupBlynk.Token;
            expected.MqttPassword = SampleValues.DeviceA().MqttPassword;
            Assert.Equal(SampleValues.Fingerprint(expected), SampleValues.Fingerprint(LoadStored(h)));
            Assert.Equal(SampleValues.Fingerprint(expected), SampleValues.Fingerprint(h.Config));
            Assert.Contains("value=\"office-sensor\"", h.Get().Text);
        }

        [Fact]
        public void The_confirmation_page_is_served_gzip_when_accepted()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token), gzip: true);

            Assert.Equal("gzip", r.Header("Content-Encoding"));
            Assert.Contains("Every field was stored in one request", r.Text);
            Assert.EndsWith("</html>", r.Text);
        }

        [Fact]
        public void Resubmitting_the_rendered_form_unchanged_keeps_every_value_including_secrets()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: false));

            Assert.Equal(200, r.Status);
            Assert.Equal(SampleValues.Fingerprint(SampleValues.DeviceA()), SampleValues.Fingerprint(LoadStored(h)));
        }

        [Fact]
        public void A_new_secret_replaces_the_stored_one_and_forget_clears_it()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: false);
            form = form.Replace("wifi1_pw=", "wifi1_pw=n%C3%A9w%20pass") + "&_clear.wifi2_pw=1";

            Assert.Equal(200, h.Post(form).Status);
            DeviceConfig stored = LoadStored(h);
            Assert.Equal("néw pass", stored.PrimaryWifi.Password);
            Assert.Equal("", stored.BackupWifi.Password);
            Assert.Equal(SampleValues.DeviceA().MqttPassword, stored.MqttPassword);
        }

        [Fact]
        public void A_forget_box_sent_as_off_forgets_nothing()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: false) + "&_clear.wifi2_pw=0&_clear.mqtt_pass=";

            Assert.Equal(200, h.Post(form).Status);
            Assert.Equal(SampleValues.DeviceA().BackupWifi.Password, LoadStored(h).BackupWifi.Password);
            Assert.Equal(SampleValues.DeviceA().MqttPassword, LoadStored(h).MqttPassword);
        }

        [Fact]
        public void Forget_with_a_new_value_keeps_the_new_value()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: false).Replace("wifi2_pw=", "wifi2_pw=typed-passphrase") + "&_clear.wifi2_pw=1";

            Assert.Equal(200, h.Post(form).Status);
            Assert.Equal("typed-passphrase", LoadStored(h).BackupWifi.Password);
        }

        [Fact]
        public void Unknown_keys_are_ignored()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token) + "&submit=Save&x%20y=1&_b.nothing=1&%ZZ=3&bad%C3=1&mqtt_tls_extra=1";

            Assert.Equal(200, h.Post(form).Status);
            Assert.Equal("Office", LoadStored(h).PrimaryWifi.Ssid);
        }

        [Fact]
        public void An_unchecked_box_is_off_with_its_marker_and_unchanged_without()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            Assert.True(h.Config.MqttTls);

            // A post from a script without the marker leaves the box alone.
            Assert.Equal(200, h.Post("_csrf=" + h.Token + "&board=x").Status);
            Assert.True(LoadStored(h).MqttTls);
            Assert.Equal("x", LoadStored(h).BoardName);

            // The rendered form sends the marker; the box is absent because it is unchecked.
            Assert.Equal(200, h.Post("_csrf=" + h.Token + "&_b.mqtt_tls=1").Status);
            Assert.False(LoadStored(h).MqttTls);

            Assert.Equal(200, h.Post("_csrf=" + h.Token + "&_b.mqtt_tls=1&mqtt_tls=on").Status);
            Assert.True(LoadStored(h).MqttTls);
        }

        public static TheoryData<string, string, string, string> InvalidFields() => new()
        {
            // name, replaced pair, replacement, expected message
            { "too long", "wifi1_ssid=Office", "wifi1_ssid=" + new string('s', 33), "Too long: at most 32 bytes" },
            { "too long in UTF-8 bytes only", "board=office-sensor", "board=" + string.Concat(Enumerable.Repeat("%C3%A9", 13)), "Too long: at most 24 bytes" },
            { "far too long for the reader", "mqtt_server=10.0.0.5", "mqtt_server=" + new string('m', 500), "Too long: at most 40 bytes" },
            { "out of range low", "blynk1_port=9443", "blynk1_port=0", "Must be from 1 to 65535." },
            { "out of range high", "mqtt_port=1883", "mqtt_port=65536", "Must be from 1 to 65535." },
            { "not a number", "mqtt_port=1883", "mqtt_port=abc", "Enter a whole number." },
            { "decimal", "mqtt_port=1883", "mqtt_port=1.5", "Enter a whole number." },
            { "spaces", "mqtt_port=1883", "mqtt_port=+80", "Enter a whole number." },
            { "overflow", "mqtt_port=1883", "mqtt_port=99999999999999999999", "Enter a whole number." },
            { "required missing", "wifi1_ssid=Office", "wifi1_ssid=", "Required." },
            { "required number empty", "blynk1_port=9443", "blynk1_port=", "Required." },
            { "required server empty", "blynk1_server=blynk.example.com", "blynk1_server=", "Required." },
            { "bad percent-encoding", "board=office-sensor", "board=office%2sensor", "Garbled: a % not followed by two hex digits." },
            { "percent at the end", "board=office-sensor", "board=office%", "Garbled" },
            { "invalid UTF-8", "board=office-sensor", "board=caf%C3%28", "Not valid UTF-8 text." },
            { "overlong UTF-8", "wifi2_ssid=", "wifi2_ssid=%C0%AF", "Not valid UTF-8 text." },
            { "surrogate in UTF-8", "mqtt_server=10.0.0.5", "mqtt_server=%ED%A0%80", "Not valid UTF-8 text." },
            { "invalid UTF-8 in a secret", "wifi1_pw=", "wifi1_pw=%FF", "Not valid UTF-8 text." },
            { "secret too long", "blynk1_token=", "blynk1_token=" + new string('t', 35), "Too long: at most 34 bytes" },
            { "duplicate key", "board=office-sensor", "board=office-sensor&board=other", "Sent more than once." },
            { "duplicate secret", "wifi1_pw=", "wifi1_pw=passphrase-a&wifi1_pw=passphrase-b", "Sent more than once." },
            { "duplicate marker", "_b.mqtt_tls=1", "_b.mqtt_tls=1&_b.mqtt_tls=1", "Sent more than once." },
            { "not a bool", "_b.mqtt_tls=1", "_b.mqtt_tls=1&mqtt_tls=maybe", "Must be on or off." },
            { "garbled marker", "_b.mqtt_tls=1", "_b.mqtt_tls=%ZZ", "Garbled" },
            { "forget box with a bad value", "_b.mqtt_tls=1", "_b.mqtt_tls=1&_clear.wifi2_pw=maybe", "Must be on or off." },
            { "forget box in bad UTF-8", "_b.mqtt_tls=1", "_b.mqtt_tls=1&_clear.wifi2_pw=%C3", "Not valid UTF-8 text." },
            { "header injection in the server", "blynk1_server=blynk.example.com", "blynk1_server=blynk.cloud%0D%0AX-Injected%3A+1", Control },
            { "terminal escape in the board name", "board=office-sensor", "board=%1B%5B2J%1B%5B31mowned", Control },
            { "line feed in an SSID", "wifi1_ssid=Office", "wifi1_ssid=Off%0Aice", Control },
            { "tab in a parameter", "mqtt_server=10.0.0.5", "mqtt_server=10.0.0.5%09", Control },
            { "NUL in a parameter", "mqtt_server=10.0.0.5", "mqtt_server=a%00b", Control },
            { "DEL", "board=office-sensor", "board=office%7F", Control },
            { "C1 control (NEL)", "board=office-sensor", "board=office%C2%85", Control },
            { "C1 control (CSI)", "board=office-sensor", "board=%C2%9B31m", Control },
            { "control in a secret", "wifi1_pw=", "wifi1_pw=pass%0Dword", Control },
            { "escape in a secret parameter", "mqtt_pass=", "mqtt_pass=%1B", Control },
            { "underscore in a host name", "blynk1_server=blynk.example.com", "blynk1_server=blynk_cloud", HostName },
            { "URL instead of a host name", "blynk1_server=blynk.example.com", "blynk1_server=http%3A%2F%2Fblynk.cloud", HostName },
            { "port in a host name", "blynk1_server=blynk.example.com", "blynk1_server=blynk.cloud%3A80", HostName },
            { "space in a host name", "blynk1_server=blynk.example.com", "blynk1_server=blynk+cloud", HostName },
            { "empty label", "blynk1_server=blynk.example.com", "blynk1_server=blynk..cloud", HostName },
            { "trailing dot", "blynk1_server=blynk.example.com", "blynk1_server=blynk.cloud.", HostName },
            { "leading hyphen", "blynk1_server=blynk.example.com", "blynk1_server=-blynk.cloud", HostName },
            { "label ending in a hyphen", "blynk1_server=blynk.example.com", "blynk1_server=blynk-.cloud", HostName },
            { "label of 64 letters", "blynk1_server=blynk.example.com", "blynk1_server=" + new string('a', 64), HostName },
            { "IPv4 out of range", "blynk1_server=blynk.example.com", "blynk1_server=192.168.1.256", HostName },
            { "IPv4 with three parts", "blynk1_server=blynk.example.com", "blynk1_server=10.1.1", HostName },
            { "IPv4 with a leading zero", "blynk1_server=blynk.example.com", "blynk1_server=10.01.1.1", HostName },
            { "non-ASCII host name", "blynk1_server=blynk.example.com", "blynk1_server=bl%C3%BCnk.cloud", HostName },
            { "bad backup server", "blynk2_server=", "blynk2_server=%5B%3A%3A1%5D", HostName },
        };

        private const string Control = "Control characters (line breaks, tabs, escape codes) are not allowed here.";
        private const string HostName = "Not a host name: use letters, digits and hyphens in dot-separated parts (like blynk.cloud), or an IPv4 address (like 192.168.1.10).";

        [Theory]
        [InlineData("blynk.cloud")]
        [InlineData("localhost")]
        [InlineData("BLYNK-1.Example.COM")]
        [InlineData("192.168.1.10")]
        [InlineData("0.0.0.0")]
        [InlineData("255.255.255.255")]
        [InlineData("1.2.3.4a")]
        [InlineData("xn--bcher-kva.example")]
        [InlineData("123.example")]
        public void A_server_that_is_a_host_name_or_an_IPv4_address_is_stored(string server)
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: false);

            Response r = h.Post(form.Replace("blynk1_server=blynk.example.com", "blynk1_server=" + server));

            Assert.Equal(200, r.Status);
            Assert.Equal(server, LoadStored(h).PrimaryBlynk.Server);
        }

        [Fact]
        public void A_refused_host_name_is_shown_back_but_a_value_with_control_characters_is_not()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: false)
                .Replace("blynk1_server=blynk.example.com", "blynk1_server=blynk_cloud")
                .Replace("board=office-sensor", "board=%1B%5B31mred");

            string page = h.Post(form).Text;

            Assert.Contains("value=\"blynk_cloud\"", page);
            Assert.DoesNotContain("\u001b", page, StringComparison.Ordinal);
            Assert.Contains("value=\"" + SampleValues.DeviceA().BoardName + "\"", page);
        }

        [Theory]
        [MemberData(nameof(InvalidFields))]
        public void Each_invalid_field_gets_400_a_message_and_stores_nothing(string because, string pair, string replacement, string message)
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] storedBefore = h.StoredBytes();
            byte[] liveBefore = SampleValues.Fingerprint(h.Config);
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: false);
            Assert.True(form.Contains(pair, StringComparison.Ordinal), because + ": the base form lacks " + pair);

            Response r = h.Post(form.Replace(pair, replacement));

            Assert.Equal(400, r.Status);
            string page = r.Text;
            Assert.Contains("Nothing was saved", page);
            Assert.Matches("<p class=e id=e[0-9]+>" + System.Text.RegularExpressions.Regex.Escape(message), page);
            Assert.Equal(1, CountOccurrences(page, "<p class=e "));
            Assert.Equal(storedBefore, h.StoredBytes());
            Assert.Equal(liveBefore, SampleValues.Fingerprint(h.Config));
            Assert.Equal(0, h.SavedCallbacks);
            Assert.Equal(1, h.Portal.RejectedCount);
        }

        [Fact]
        public void The_error_page_keeps_what_the_user_typed_but_never_a_secret()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token)
                .Replace("mqtt_port=1883", "mqtt_port=12a%3Cb%3E")
                .Replace("wifi1_pw=another%20passphrase", "wifi1_pw=typed-secret");

            Response r = h.Post(form);
            string page = r.Text;

            Assert.Equal(400, r.Status);
            Assert.Contains("value=\"Office\"", page);
            Assert.Contains("value=\"12a&lt;b&gt;\"", page);
            Assert.DoesNotContain("typed-secret", page);
            Assert.DoesNotContain(SampleValues.DeviceA().PrimaryWifi.Password, page);
            Assert.Contains("name=_csrf value=" + h.Token, page);
            // The next GET is the clean page again.
            Assert.DoesNotContain("Nothing was saved", h.Get().Text);
        }

        [Fact]
        public void Several_bad_fields_each_get_their_message()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            string form = PortalHarness.FormOf(SampleValues.DeviceB(), h.Token)
                .Replace("mqtt_port=1883", "mqtt_port=0")
                .Replace("wifi1_ssid=Office", "wifi1_ssid=")
                .Replace("board=office-sensor", "board=%ZZ");

            string page = h.Post(form).Text;

            Assert.Equal(3, CountOccurrences(page, "<p class=e "));
        }

        [Theory]
        [InlineData("missing token", null, "http://192.168.4.1")]
        [InlineData("wrong token", "0123456789abcdef0123456789abcdef", "http://192.168.4.1")]
        [InlineData("foreign origin", "TOKEN", "http://evil.example")]
        [InlineData("null origin", "TOKEN", "null")]
        [InlineData("duplicate token", "TOKEN&_csrf=TOKEN", "http://192.168.4.1")]
        [InlineData("token with garbage", "TOKEN%ZZ", "http://192.168.4.1")]
        public void Csrf_failures_get_403_and_store_nothing(string because, string? token, string origin)
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] before = h.StoredBytes();
            string body = PortalHarness.FormOf(SampleValues.DeviceB(), "X").Replace("_csrf=X", token == null ? "" : "_csrf=" + token.Replace("TOKEN", h.Token));

            Response r = h.Post(body, origin);

            Assert.True(r.Status == 403, because + ": got " + r.Status);
            Assert.Equal(before, h.StoredBytes());
            Assert.Equal("HomeNet", h.Config.PrimaryWifi.Ssid);
        }

        [Fact]
        public void A_post_without_origin_but_with_the_token_is_accepted()
        {
            // Old browsers and curl send no Origin; the token alone then decides.
            var h = new PortalHarness(SampleValues.DeviceA());
            Assert.Equal(200, h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token), origin: null).Status);
        }

        [Fact]
        public void Wrong_media_type_gets_415()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] before = h.StoredBytes();

            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token), contentType: "text/plain");

            Assert.Equal(415, r.Status);
            Assert.Equal(before, h.StoredBytes());
        }

        [Fact]
        public void Get_on_save_is_405()
        {
            var h = new PortalHarness();
            Assert.Equal(405, h.Get("/save").Status);
        }

        [Fact]
        public void A_store_that_throws_gives_500_and_leaves_the_live_config_untouched()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] live = SampleValues.Fingerprint(h.Config);
            h.Bytes.FailWrites = true;

            Response r = h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token));

            Assert.Equal(500, r.Status);
            Assert.Equal(live, SampleValues.Fingerprint(h.Config));
            Assert.Equal(0, h.SavedCallbacks);
            Assert.Equal(1, h.Portal.StoreFailureCount);
            Assert.Contains("value=\"HomeNet\"", h.Get().Text);

            h.Bytes.FailWrites = false;
            Assert.Equal(200, h.Post(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token)).Status);
            Assert.Equal("Office", LoadStored(h).PrimaryWifi.Ssid);
        }

        [Fact]
        public void A_required_secret_must_be_given_once_then_may_be_left_empty()
        {
            var h = new PortalHarness();
            var b = SampleValues.DeviceB();
            string withoutToken = PortalHarness.FormOf(b, h.Token).Replace("blynk1_token=" + b.PrimaryBlynk.Token, "blynk1_token=");

            Response refused = h.Post(withoutToken);
            Assert.Equal(400, refused.Status);
            Assert.Contains("Required.", refused.Text);

            Assert.Equal(200, h.Post(PortalHarness.FormOf(b, h.Token)).Status);
            Assert.Equal(200, h.Post(withoutToken).Status);
            Assert.Equal(b.PrimaryBlynk.Token, LoadStored(h).PrimaryBlynk.Token);
        }

        [Fact]
        public void Escaping_of_labels_and_values()
        {
            var config = new EscapingConfig();
            config.Net.Ssid = "<\"Lab\" & 'Co'>";
            var portal = new Portal.ConfigPortal(new EscapingConfig.PortalForm(config), new NullStore(), new SeededRandom(3), new Host.Time.ManualClock(), null, "portal");
            var options = new Http.HttpServerOptions();
            portal.ConfigureServer(options);
            Response r = Response.Parse(Portal.PortalWireMeter.Exchange(portal.Handler,
                System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: portal\r\n\r\n"), options, new Host.Time.ManualClock()));
            string page = r.Text;

            Assert.Contains("<title>Tom &amp; Jerry&#39;s &lt;setup&gt; &quot;quoted&quot;</title>", page);
            Assert.Contains("<summary>Net &lt;1&gt; &amp; &quot;main&quot; &#39;one&#39;</summary>", page);
            Assert.Contains("<summary>Cloud &lt;/fieldset&gt;&lt;script&gt;alert(1)&lt;/script&gt;</summary>", page);
            Assert.Contains("<label>Note &quot;&lt;b&gt;&quot;<input", page);
            Assert.Contains("value=\"&lt;&quot;Lab&quot; &amp; &#39;Co&#39;&gt;\"", page);
            Assert.Contains("value=\"a&amp;b&lt;c&gt;\"", page);
            Assert.DoesNotContain("<script>alert", page);
            // The attribute's options reach the page.
            Assert.Contains("main{max-width:40em}</style>", page);
            Assert.Contains("<meta name=theme-color content=\"#23c48e\"></head>", page);
            Assert.Equal("*", r.Header("Access-Control-Allow-Origin"));
        }

        [Fact]
        public void Every_value_kind_validates_in_the_escaping_config()
        {
            var config = new EscapingConfig();
            var store = new NullStore();
            var portal = new Portal.ConfigPortal(new EscapingConfig.PortalForm(config), store, new SeededRandom(3), new Host.Time.ManualClock(), null, "portal");
            string token = portal.Csrf.TokenString;

            Response Post(string body)
            {
                string request = "POST /save HTTP/1.1\r\nHost: portal\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.Length + "\r\n\r\n" + body;
                return Response.Parse(Portal.PortalWireMeter.Exchange(portal.Handler, System.Text.Encoding.ASCII.GetBytes(request), new Http.HttpServerOptions(), new Host.Time.ManualClock()));
            }

            // A required box must be checked; the secret PIN is write-only; the long accepts its minimum.
            Response unchecked_ = Post("_csrf=" + token + "&net_ssid=n&cloud_server=s&cloud_port=1&cloud_token=t&offset=3&_b.agree=1");
            Assert.Equal(400, unchecked_.Status);
            Assert.Contains("Required.", unchecked_.Text);

            Response pinRange = Post("_csrf=" + token + "&agree=1&pin=10000");
            Assert.Equal(400, pinRange.Status);
            Assert.DoesNotContain("10000", pinRange.Text);

            Assert.Equal(200, Post("_csrf=" + token + "&agree=1&pin=0042&offset=-50&big=-9223372036854775808&note=%F0%9F%98%80x").Status);
            Assert.True(config.Agree);
            Assert.Equal(42, config.Pin);
            Assert.Equal(-50, config.Offset);
            Assert.Equal(long.MinValue, config.Big);
            Assert.Equal("😀x", config.Note);

            // Empty PIN keeps it; an empty non-required integer returns to its default; required integer may not be empty.
            Assert.Equal(200, Post("_csrf=" + token + "&pin=&big=").Status);
            Assert.Equal(42, config.Pin);
            Assert.Equal(long.MinValue, config.Big);
            Assert.Equal(400, Post("_csrf=" + token + "&offset=").Status);
            Assert.Equal(2u, store.CurrentSequence);
        }

        private static int CountOccurrences(string text, string part)
        {
            int count = 0;
            for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        /// <summary>A read-only view of another store's bytes, so loading for an assertion cannot disturb the portal's store.</summary>
        private sealed class CopyOf : IByteStore
        {
            private readonly byte[] _image;

            public CopyOf(MemoryByteStore source) => _image = source.Snapshot();

            public int Size => _image.Length;

            public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_image, address, buffer, offset, count);

            public void Write(int address, byte[] buffer, int offset, int count) => throw new InvalidOperationException();

            public void Commit() => throw new InvalidOperationException();

            public void Reload()
            {
            }
        }
    }
}
