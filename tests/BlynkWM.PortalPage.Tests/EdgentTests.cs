using System;
using System.Linq;
using System.Text.Json;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>
    /// Blynk.Edgent's provisioning API beside the portal, driven with requests shaped as Edgent's own page (a GET form,
    /// '+' for spaces) and the Blynk app (okhttp, every field in the query) send them, from a phone on the access point.
    /// </summary>
    public sealed class EdgentTests
    {
        private const string Phone = "192.168.4.2:50123";
        private const string Token = "Ab-_0123456789abcdefghijklmnopqr";

        private readonly PortalHarness _h = new PortalHarness(SampleValues.DeviceA());
        private readonly EdgentApi _edgent;
        private int _reboots;
        private int _resets;

        public EdgentTests()
        {
            _edgent = new EdgentApi(_h.Portal, new EdgentBoard
            {
                FirmwareVersion = "0.1.0",
                AccessPointSsid = "Blynk BlynkWM Sensor-7KQ2",
                AccessPointBssid = "aa:bb:cc:dd:ee:01",
                Mac = "aa:bb:cc:dd:ee:00",
            });
            _edgent.RebootRequested = () => _reboots++;
            _edgent.ResetRequested = () => _resets++;
        }

        /// <summary>The Blynk app's request: okhttp's headers, every parameter present, static IP fields empty.</summary>
        private Response App(string pathAndQuery, string from = Phone) => _h.SendFrom(from, "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 192.168.4.1\r\n"
            + "Connection: Keep-Alive\r\nAccept-Encoding: gzip\r\nUser-Agent: okhttp/4.9.2\r\n\r\n");

        /// <summary>Edgent's own page: a GET form submitted by a phone browser.</summary>
        private Response Page(string query) => _h.SendFrom(Phone, "GET /config?" + query + " HTTP/1.1\r\nHost: 192.168.4.1\r\n"
            + "Accept: text/html\r\nReferer: http://192.168.4.1/\r\nUser-Agent: Mozilla/5.0 (Linux; Android 14)\r\n\r\n");

        private DeviceConfig Stored()
        {
            var c = new DeviceConfig();
            _h.Store.Load(c);
            return c;
        }

        [Fact]
        public void Board_info_names_the_template_the_board_and_the_last_error_without_a_secret()
        {
            Response r = App("/board_info.json");

            Assert.Equal(200, r.Status);
            Assert.Equal("application/json", r.Header("Content-Type"));
            Assert.Equal("no-store", r.Header("Cache-Control"));
            using JsonDocument json = JsonDocument.Parse(r.Text);
            JsonElement o = json.RootElement;
            Assert.Equal("BlynkWM Sensor", o.GetProperty("board").GetString());
            Assert.Equal("TMPL4bWMsample", o.GetProperty("tmpl_id").GetString());
            Assert.Equal("TMPL4bWMsample", o.GetProperty("fw_type").GetString());
            Assert.Equal("0.1.0", o.GetProperty("fw_ver").GetString());
            Assert.Equal("Blynk BlynkWM Sensor-7KQ2", o.GetProperty("ssid").GetString());
            Assert.Equal("aa:bb:cc:dd:ee:01", o.GetProperty("bssid").GetString());
            Assert.Equal("aa:bb:cc:dd:ee:00", o.GetProperty("mac").GetString());
            Assert.Equal(0, o.GetProperty("last_error").GetInt32());
            Assert.True(o.GetProperty("wifi_scan").GetBoolean());
            Assert.False(o.GetProperty("static_ip").GetBoolean());
            DeviceConfig a = SampleValues.DeviceA();
            Assert.DoesNotContain(a.PrimaryWifi.Password, r.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(a.PrimaryBlynk.Token, r.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Wifi_scan_lists_the_networks_strongest_first_and_starts_a_scan()
        {
            _h.Scanner.Publish(new WifiNetworkInfo("Attic", -80, true), new WifiNetworkInfo("Home \"Net\"", -41, true), new WifiNetworkInfo("Cafe", -60, false));

            Response r = App("/wifi_scan.json");

            Assert.Equal(200, r.Status);
            using JsonDocument json = JsonDocument.Parse(r.Text);
            JsonElement[] list = json.RootElement.EnumerateArray().ToArray();
            Assert.Equal(new[] { "Home \"Net\"", "Cafe", "Attic" }, Array.ConvertAll(list, n => n.GetProperty("ssid").GetString()));
            Assert.Equal(-41, list[0].GetProperty("rssi").GetInt32());
            Assert.Equal("WPA2", list[0].GetProperty("sec").GetString());
            Assert.Equal("OPEN", list[1].GetProperty("sec").GetString());
            Assert.True(_h.Scanner.StartCount >= 1);
        }

        [Fact]
        public void The_apps_config_is_checked_and_stored_like_a_page_save()
        {
            Response r = App("/config?blynk=" + Token + "&host=blynk.cloud&port=80&port_ssl=443&ssid=Home%20Net&pass=correct%20horse%20battery"
                + "&ip=&mask=&gw=&dns=&dns2=&save=1");

            Assert.Equal(200, r.Status);
            Assert.Equal("{\"status\":\"ok\",\"msg\":\"Configuration saved\"}", r.Text);
            DeviceConfig c = Stored();
            Assert.Equal("Home Net", c.PrimaryWifi.Ssid);
            Assert.Equal("correct horse battery", c.PrimaryWifi.Password);
            Assert.Equal(Token, c.PrimaryBlynk.Token);
            Assert.Equal("blynk.cloud", c.PrimaryBlynk.Server);
            Assert.Equal(443, c.PrimaryBlynk.Port);
            // The rest of the config is kept; the device restarts into it as after a page save.
            Assert.Equal(SampleValues.DeviceA().BoardName, c.BoardName);
            Assert.Equal(1, _h.SavedCallbacks);
            Assert.Equal(EdgentApi.ErrorNone, _edgent.LastError);
            Assert.DoesNotContain("correct", r.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Edgents_own_form_with_plus_for_spaces_a_manual_ssid_and_an_open_network()
        {
            Response r = Page("ssid=Attic&ssidManual=Caf%C3%A9+G%C3%A4ste&pass=&blynk=" + Token + "&host=&port_ssl=");

            Assert.Equal(200, r.Status);
            DeviceConfig c = Stored();
            Assert.Equal("Café Gäste", c.PrimaryWifi.Ssid);
            Assert.Equal("", c.PrimaryWifi.Password); // open network: the stored passphrase is forgotten
            DeviceConfig a = SampleValues.DeviceA();
            Assert.Equal(a.PrimaryBlynk.Server, c.PrimaryBlynk.Server); // empty host and port keep what is stored
            Assert.Equal(a.PrimaryBlynk.Port, c.PrimaryBlynk.Port);
        }

        /// <summary>
        /// Edgent's page always sends its manual-SSID box; left empty, it changes nothing, wherever it stands (even after
        /// a filled one).
        /// </summary>
        [Theory]
        [InlineData("ssidManual=&ssid=Attic&pass=correct+horse&blynk=" + Token)]
        [InlineData("ssid=Attic&ssidManual=&pass=correct+horse&blynk=" + Token)]
        [InlineData("ssid=Home&ssidManual=Attic&ssidManual=&pass=correct+horse&blynk=" + Token)]
        public void An_empty_manual_ssid_leaves_the_chosen_one(string query)
        {
            Response r = Page(query);

            Assert.Equal(200, r.Status);
            Assert.Equal("Attic", Stored().PrimaryWifi.Ssid);
        }

        [Theory]
        [InlineData("ssid=Home&pass=correct+horse&blynk=short-token", "Configuration invalid")]
        [InlineData("ssid=Home&pass=seven77&blynk=" + Token, "Configuration invalid")] // WPA2: at least 8
        [InlineData("ssid=Home&pass=correct+horse&blynk=" + Token + "&host=http%3A%2F%2Fx&port_ssl=443", "Configuration invalid")]
        [InlineData("ssid=Home&pass=correct+horse&blynk=" + Token + "&port_ssl=70000", "Configuration invalid")]
        [InlineData("ssid=&pass=correct+horse&blynk=" + Token, "ssid and blynk are required")]
        [InlineData("ssid=Home&pass=correct+horse", "ssid and blynk are required")]
        [InlineData("ssid=Home&pass=correct+horse&blynk=" + Token + "&ip=192.168.1.50&mask=255.255.255.0", "takes no static IP")]
        public void A_refused_config_stores_nothing_and_sets_last_error_700(string query, string message)
        {
            byte[] before = _h.StoredBytes();

            Response r = App("/config?" + query);

            Assert.Equal(500, r.Status);
            using JsonDocument json = JsonDocument.Parse(r.Text);
            Assert.Equal("error", json.RootElement.GetProperty("status").GetString());
            Assert.Contains(message, json.RootElement.GetProperty("msg").GetString(), StringComparison.Ordinal);
            Assert.Equal(before, _h.StoredBytes());
            Assert.Equal(0, _h.SavedCallbacks);
            Assert.Equal(EdgentApi.ErrorConfig, _edgent.LastError);
            Assert.Contains("\"last_error\":700", App("/board_info.json").Text, StringComparison.Ordinal);
            Assert.DoesNotContain("correct", r.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_config_twice_writes_once()
        {
            string query = "/config?ssid=Home&pass=correct+horse+battery&blynk=" + Token + "&host=blynk.cloud&port_ssl=443&save=1";
            Assert.Equal(200, App(query).Status);
            uint sequence = _h.Store.CurrentSequence;

            Response again = App(query);

            Assert.Equal(200, again.Status);
            Assert.Contains("Configuration unchanged", again.Text, StringComparison.Ordinal);
            Assert.Equal(sequence, _h.Store.CurrentSequence);
        }

        [Theory]
        [InlineData("10.0.0.7:50123")]
        [InlineData("192.168.5.2:50123")]
        [InlineData("memory")]
        [InlineData("")]
        public void Only_clients_of_the_access_point_are_answered(string from)
        {
            byte[] before = _h.StoredBytes();

            Assert.Equal(403, App("/board_info.json", from).Status);
            Assert.Equal(403, App("/config?ssid=Home&pass=correct+horse&blynk=" + Token, from).Status);
            Assert.Equal(403, App("/reset", from).Status);
            Assert.Equal(403, App("/reboot", from).Status);

            Assert.Equal(before, _h.StoredBytes());
            Assert.Equal(0, _reboots + _resets + _h.SavedCallbacks);
            Assert.Equal(4, _edgent.RefusedClients);
        }

        [Fact]
        public void An_ipv4_mapped_client_address_of_the_access_point_is_answered()
        {
            Assert.Equal(200, App("/board_info.json", "[::ffff:192.168.4.9]:41000").Status);
        }

        [Fact]
        public void Reset_erases_the_config_and_reboot_asks_for_a_restart()
        {
            Response reset = App("/reset");

            Assert.Equal(200, reset.Status);
            Assert.Equal("{\"status\":\"ok\",\"msg\":\"Configuration reset\"}", reset.Text);
            Assert.Equal(BlynkWM.Storage.ConfigReadStatus.Empty, _h.Store.Load(new DeviceConfig()));
            Assert.Equal(1, _resets);
            Assert.Equal("", _h.Config.PrimaryWifi.Password);

            Assert.Equal(200, App("/reboot").Status);
            Assert.Equal(1, _reboots);
        }

        [Fact]
        public void A_config_class_without_a_template_has_no_edgent_api()
        {
            var portal = new ConfigPortal(new GreenhouseConfig.PortalForm(new GreenhouseConfig()), new NullStore(), new SeededRandom(1),
                new BlynkWM.Host.Time.ManualClock(), null, "192.168.4.1");

            ArgumentException e = Assert.Throws<ArgumentException>(() => new EdgentApi(portal, new EdgentBoard()));
            Assert.Contains("EdgentTemplateId", e.Message, StringComparison.Ordinal);
        }

        private sealed class RecordingTester : IConfigTester
        {
            public int Tests { get; private set; }

            public void BeginTest(BlynkWM.Storage.IStoredConfig candidate, SaveStatus status)
            {
                Tests++;
                status.Ssid = "Home";
            }
        }

        [Theory]
        [InlineData(SaveStatus.WrongPassword, EdgentApi.ErrorNetwork)]
        [InlineData(SaveStatus.NoIp, EdgentApi.ErrorNetwork)]
        [InlineData(SaveStatus.ServerUnreachable, EdgentApi.ErrorCloud)]
        [InlineData(SaveStatus.InvalidToken, EdgentApi.ErrorToken)]
        [InlineData(SaveStatus.StoreFailed, EdgentApi.ErrorInternal)]
        [InlineData(SaveStatus.NetworkNotFound, EdgentApi.ErrorNetwork)]
        [InlineData(SaveStatus.WifiTimeout, EdgentApi.ErrorNetwork)]
        [InlineData(SaveStatus.Tls, EdgentApi.ErrorCloud)]
        [InlineData(SaveStatus.BlynkTimeout, EdgentApi.ErrorCloud)]
        [InlineData("", EdgentApi.ErrorInternal)]
        public void With_test_before_commit_config_is_tried_first_and_last_error_follows_the_test(string failure, int code)
        {
            var tester = new RecordingTester();
            _h.Portal.Tester = tester;
            byte[] before = _h.StoredBytes();
            string query = "/config?ssid=Home&pass=correct+horse+battery&blynk=" + Token + "&host=blynk.cloud&port_ssl=443";

            Response r = App(query);

            Assert.Equal(200, r.Status);
            Assert.Equal("{\"status\":\"ok\",\"msg\":\"Trying to connect...\"}", r.Text);
            Assert.Equal(1, tester.Tests);
            Assert.True(_h.Portal.IsTesting);
            Assert.Equal(before, _h.StoredBytes());
            Assert.Contains("\"phase\":\"testing\"", App("/status").Text, StringComparison.Ordinal);
            Assert.Equal(409, App(query).Status); // one test at a time

            _h.Portal.Status.Fail(failure, "what went wrong and what to do");
            _h.Portal.FinishTest(false);

            Assert.Equal(before, _h.StoredBytes());
            Assert.Contains("\"last_error\":" + code, App("/board_info.json").Text, StringComparison.Ordinal);
        }

        [Fact]
        public void With_test_before_commit_a_passed_test_stores_and_save_1_stores_without_one()
        {
            var tester = new RecordingTester();
            _h.Portal.Tester = tester;
            Assert.Equal(200, App("/config?ssid=Home&pass=correct+horse+battery&blynk=" + Token).Status);
            _h.Portal.FinishTest(true);
            Assert.Equal(Token, Stored().PrimaryBlynk.Token);
            Assert.Equal(1, _h.SavedCallbacks);
            Assert.Contains("\"last_error\":0", App("/board_info.json").Text, StringComparison.Ordinal);

            Response anyway = App("/config?ssid=Other&pass=correct+horse+battery&blynk=" + Token + "&save=1");
            Assert.Equal("{\"status\":\"ok\",\"msg\":\"Configuration saved\"}", anyway.Text);
            Assert.Equal(1, tester.Tests);
            Assert.Equal("Other", Stored().PrimaryWifi.Ssid);
        }

        [Fact]
        public void Reset_while_a_test_runs_is_refused_and_the_candidate_is_kept()
        {
            _h.Portal.Tester = new RecordingTester();
            byte[] before = _h.StoredBytes();
            Assert.Equal(200, App("/config?ssid=Home&pass=correct+horse+battery&blynk=" + Token).Status);

            Assert.Equal(409, App("/reset").Status);
            Assert.Equal(before, _h.StoredBytes());
            Assert.Equal(0, _resets);

            _h.Portal.FinishTest(true);
            Assert.Equal("Home", Stored().PrimaryWifi.Ssid);
            Assert.Equal(Token, Stored().PrimaryBlynk.Token);
        }

        /// <summary>A tester that decides inside BeginTest, as the device's does when it cannot even start a join.</summary>
        private sealed class InstantTester : IConfigTester
        {
            private readonly ConfigPortal _portal;
            private readonly string _failure;

            public InstantTester(ConfigPortal portal, string failure)
            {
                _portal = portal;
                _failure = failure;
            }

            public void BeginTest(BlynkWM.Storage.IStoredConfig candidate, SaveStatus status)
            {
                if (_failure == null)
                {
                    _portal.FinishTest(true);
                    return;
                }

                status.Fail(_failure, "what went wrong and what to do");
                _portal.FinishTest(false);
            }
        }

        [Theory]
        [InlineData(null, EdgentApi.ErrorNone)]
        [InlineData(SaveStatus.NetworkNotFound, EdgentApi.ErrorNetwork)]
        public void A_test_that_ends_at_once_is_reported_as_its_outcome_not_as_a_storage_failure(string? failure, int code)
        {
            _h.Portal.Tester = new InstantTester(_h.Portal, failure!);
            byte[] before = _h.StoredBytes();

            Response r = App("/config?ssid=Home&pass=correct+horse+battery&blynk=" + Token);

            Assert.Equal(200, r.Status);
            Assert.Contains("\"last_error\":" + code + ",", App("/board_info.json").Text, StringComparison.Ordinal);
            if (failure == null)
            {
                Assert.Equal("Home", Stored().PrimaryWifi.Ssid);
            }
            else
            {
                Assert.Equal(before, _h.StoredBytes());
            }
        }

        [Fact]
        public void A_tester_that_sets_status_texts_to_null_leaves_status_answering()
        {
            SaveStatus status = _h.Portal.Status;
            status.Ssid = null!;
            status.Server = null!;
            status.Failure = null!;
            status.Message = null!;
            status.State = null!;

            Response r = App("/status");

            Assert.Equal(200, r.Status);
            Assert.Contains("\"ssid\":\"\"", r.Text, StringComparison.Ordinal);
            Assert.Contains("\"message\":\"\"", r.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void An_access_point_prefix_that_leaves_no_room_is_refused_and_a_null_template_is_empty()
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => EdgentApi.AccessPointName(new string('P', 26), "T", 1));
            Assert.Equal("prefix", e.ParamName);
            Assert.Equal(31, System.Text.Encoding.UTF8.GetByteCount(EdgentApi.AccessPointName(new string('P', 25), "T", 1)));
            Assert.Matches("^Blynk -[2-9A-Z]{4}$", EdgentApi.AccessPointName("Blynk", null!, 1));
        }

        [Theory]
        [InlineData("Blynk", "BlynkWM Sensor", 0u)]
        [InlineData("Blynk", "A very long template name that does not fit", 123456789u)]
        [InlineData("Blynk", "Küche Küche Küche Küche", 42u)]
        public void The_access_point_name_is_what_the_app_looks_for_and_fits_31_bytes(string prefix, string name, uint chip)
        {
            string ssid = EdgentApi.AccessPointName(prefix, name, chip);

            Assert.StartsWith(prefix + " ", ssid, StringComparison.Ordinal);
            Assert.Matches("-[2-9A-Z]{4}$", ssid);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(ssid) <= 31, ssid);
            Assert.DoesNotContain('\uFFFD', ssid);
            Assert.NotEqual(ssid, EdgentApi.AccessPointName(prefix, name, chip + 1));
        }
    }
}
