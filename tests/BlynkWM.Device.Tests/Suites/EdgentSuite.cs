using BlynkWM.Portal;
using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// Blynk.Edgent's provisioning API on the device: requests shaped as the Blynk app sends them, from a phone on the
    /// access point and from elsewhere, through the real HttpServer and the EEPROM store on simulated flash.
    /// </summary>
    public static class EdgentSuite
    {
        private const string Phone = "192.168.4.2:50000";
        private const string Token = "Ab-_0123456789abcdefghijklmnopqr";

        public static void Run(Check check)
        {
            check.Run("edgent.board-info", BoardInfo);
            check.Run("edgent.config", Config);
            check.Run("edgent.refused", Refused);
            check.Run("edgent.foreign-client", ForeignClient);
            check.Run("edgent.scan-and-reset", ScanAndReset);
            check.Run("edgent.ap-name", AccessPointName);
        }

        private static EdgentApi Attach(PortalRig rig)
        {
            var board = new EdgentBoard();
            board.FirmwareVersion = "0.1.0";
            board.AccessPointSsid = EdgentApi.AccessPointName("Blynk", "BlynkWM Sensor", 0xA1B2C3);
            board.AccessPointBssid = "aa:bb:cc:dd:ee:01";
            board.Mac = "aa:bb:cc:dd:ee:00";
            return new EdgentApi(rig.Portal, board);
        }

        /// <summary>The Blynk app's request (okhttp's headers).</summary>
        private static MemoryConnection App(PortalRig rig, string from, string pathAndQuery)
        {
            return rig.SendFrom(from, PortalRig.Ascii("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 192.168.4.1\r\nConnection: Keep-Alive\r\n"
                + "Accept-Encoding: gzip\r\nUser-Agent: okhttp/4.9.2\r\n\r\n"));
        }

        private static void BoardInfo(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            Attach(rig);
            MemoryConnection info = App(rig, Phone, "/board_info.json");
            check.Equal("board_info.json: 200", 200, Response.Status(info.Output, info.OutputLength));
            int body = Response.HeadEnd(info.Output, info.OutputLength);
            check.True("the template id is reported", Response.Find(info.Output, body, info.OutputLength, "\"tmpl_id\":\"TMPL4bWMsample\"") >= 0);
            check.True("no passphrase in it", Response.Find(info.Output, body, info.OutputLength, "correct horse") < 0);
            check.Digest("board_info.json", info.Output, body, info.OutputLength - body);
        }

        private static void Config(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            Attach(rig);
            MemoryConnection answer = App(rig, Phone, "/config?blynk=" + Token + "&host=blynk.cloud&port=80&port_ssl=443&ssid=Home%20Net"
                + "&pass=correct%20horse%20battery&ip=&mask=&gw=&dns=&dns2=&save=1");
            check.Equal("/config from the app: 200", 200, Response.Status(answer.Output, answer.OutputLength));
            check.Equal("the device restarts into it", 1, rig.SavedCount);

            var reloaded = new DeviceConfig();
            IConfigStore store = DeviceConfig.CreateStore(new SimulatedFlash(rig.Durable, new PowerBudget()));
            check.Equal("it loads after a reboot", (long)ConfigReadStatus.Ok, (long)store.Load(reloaded));
            check.Equal("SSID", "Home Net", reloaded.PrimaryWifi.Ssid);
            check.Equal("passphrase", "correct horse battery", reloaded.PrimaryWifi.Password);
            check.Equal("token", Token, reloaded.PrimaryBlynk.Token);
            check.Equal("port", 443, reloaded.PrimaryBlynk.Port);
            check.Equal("the board name is kept", Samples.DeviceA().BoardName, reloaded.BoardName);
        }

        private static void Refused(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            EdgentApi edgent = Attach(rig);
            byte[] before = (byte[])rig.Durable.Clone();
            MemoryConnection answer = App(rig, Phone, "/config?ssid=Home&pass=correct+horse&blynk=short-token");
            check.Equal("a malformed token: 500", 500, Response.Status(answer.Output, answer.OutputLength));
            check.Equal("last_error 700", EdgentApi.ErrorConfig, edgent.LastError);
            check.True("nothing was stored", Samples.Same(before, rig.Durable));
            MemoryConnection info = App(rig, Phone, "/board_info.json");
            check.True("board_info.json says 700", Response.Find(info.Output, 0, info.OutputLength, "\"last_error\":700") >= 0);
        }

        private static void ForeignClient(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            EdgentApi edgent = Attach(rig);
            byte[] before = (byte[])rig.Durable.Clone();
            MemoryConnection answer = App(rig, "10.0.0.7:50000", "/config?ssid=Home&pass=correct+horse&blynk=" + Token);
            check.Equal("a client outside the access point's network: 403", 403, Response.Status(answer.Output, answer.OutputLength));
            check.Equal("counted", 1, edgent.RefusedClients);
            check.True("nothing was stored", Samples.Same(before, rig.Durable));
        }

        private static void ScanAndReset(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            Attach(rig);
            MemoryConnection scan = App(rig, Phone, "/wifi_scan.json");
            check.Equal("wifi_scan.json: 200", 200, Response.Status(scan.Output, scan.OutputLength));
            int body = Response.HeadEnd(scan.Output, scan.OutputLength);
            // Searched as bytes: nanoCLR's String.IndexOf finds nothing after a character above U+FFFF.
            check.True("the emoji SSID is listed", Response.Find(scan.Output, body, scan.OutputLength, Samples.EmojiSsid) >= 0);
            check.Digest("wifi_scan.json", scan.Output, body, scan.OutputLength - body);

            MemoryConnection reset = App(rig, Phone, "/reset");
            check.Equal("/reset: 200", 200, Response.Status(reset.Output, reset.OutputLength));
            IConfigStore store = DeviceConfig.CreateStore(new SimulatedFlash(rig.Durable, new PowerBudget()));
            check.Equal("nothing is stored after /reset", (long)ConfigReadStatus.Empty, (long)store.Load(new DeviceConfig()));
        }

        private static void AccessPointName(Check check)
        {
            string name = EdgentApi.AccessPointName("Blynk", "K\u00fcche K\u00fcche K\u00fcche K\u00fcche", 42);
            byte[] bytes = Utf8.GetBytes(name);
            check.True("at most 31 bytes", bytes.Length <= 31);
            check.Equal("the name", "Blynk K\u00fcche K\u00fcche K\u00fcche-C322", name);
        }
    }
}
