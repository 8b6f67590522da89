using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>The portal through the real HttpServer on the device: page bytes, a save, a refused save, the scan list.</summary>
    public static class PortalSuite
    {
        public static void Run(Check check)
        {
            check.Run("portal.page", Page);
            check.Run("portal.save-emoji", SaveEmoji);
            check.Run("portal.refused-save", RefusedSave);
            check.Run("portal.scan", Scan);
        }

        private static void Page(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            MemoryConnection gzip = rig.Get("/", true);
            check.Equal("GET / with gzip: 200", 200, Response.Status(gzip.Output, gzip.OutputLength));
            check.Digest("GET / gzip response", gzip.Output, 0, gzip.OutputLength);
            MemoryConnection plain = rig.Get("/", false);
            check.Equal("GET / plain: 200", 200, Response.Status(plain.Output, plain.OutputLength));
            check.Digest("GET / plain response", plain.Output, 0, plain.OutputLength);
            MemoryConnection again = rig.Get("/", true);
            check.Equal("a cached page is served byte for byte again", (long)Hash(gzip), (long)Hash(again));
        }

        private static void SaveEmoji(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            DeviceConfig wanted = Samples.DeviceB();

            // Secrets are write-only: an empty one keeps the stored value, so give each a new one.
            wanted.BackupWifi.Password = "guest 🔑 pass";
            wanted.BackupBlynk.Token = "00112233445566778899aabbccddeeff";
            wanted.MqttPassword = "mött";
            MemoryConnection answer = rig.Post(rig.FormOf(wanted));
            check.Equal("a valid save is answered 200", 200, Response.Status(answer.Output, answer.OutputLength));
            check.Equal("the Saved callback ran", 1, rig.SavedCount);
            check.Equal("the live config holds the emoji SSID", Samples.EmojiSsid, rig.Config.BackupWifi.Ssid);

            // Reboot: a new store over the same flash.
            var reloaded = new DeviceConfig();
            IConfigStore store = DeviceConfig.CreateStore(new SimulatedFlash(rig.Durable, new PowerBudget()));
            check.Equal("the saved config loads after a reboot", (long)ConfigReadStatus.Ok, (long)store.Load(reloaded));
            check.Equal("the emoji SSID was stored", Samples.EmojiSsid, reloaded.BackupWifi.Ssid);
            check.True("every field was stored", Samples.Same(Samples.Fingerprint(wanted), Samples.Fingerprint(reloaded)));
            byte[] record = Samples.Fingerprint(reloaded);
            check.Digest("stored record", record, 0, record.Length);

            MemoryConnection page = rig.Get("/", false);
            check.Equal("the page after the save: 200", 200, Response.Status(page.Output, page.OutputLength));
            check.Digest("page after the save", page.Output, 0, page.OutputLength);
        }

        private static void RefusedSave(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            byte[] before = (byte[])rig.Durable.Clone();
            DeviceConfig wanted = Samples.DeviceB();
            string form = rig.FormOf(wanted);
            form = form.Substring(0, form.IndexOf("&mqtt_port=")) + "&mqtt_port=70000" + form.Substring(form.IndexOf("&_b.mqtt_tls"));
            MemoryConnection answer = rig.Post(form);
            check.Equal("an out-of-range port is answered 400", 400, Response.Status(answer.Output, answer.OutputLength));
            check.Digest("refused-save page", answer.Output, 0, answer.OutputLength);
            check.True("nothing was stored", Samples.Same(before, rig.Durable));
            check.Equal("the Saved callback did not run", 0, rig.SavedCount);
        }

        private static void Scan(Check check)
        {
            var rig = new PortalRig(Samples.DeviceA());
            MemoryConnection scan = rig.Get("/scan", false);
            check.Equal("GET /scan: 200", 200, Response.Status(scan.Output, scan.OutputLength));
            int body = Response.HeadEnd(scan.Output, scan.OutputLength);

            // Searched as bytes: nanoCLR's String.IndexOf finds nothing after a character above U+FFFF.
            check.True("the emoji SSID is listed", Response.Find(scan.Output, body, scan.OutputLength, Samples.EmojiSsid) >= 0);
            check.True("markup in an SSID is escaped", Response.Find(scan.Output, body, scan.OutputLength, "\\u003cGast\\u003e") >= 0);
            check.Digest("scan json", scan.Output, body, scan.OutputLength - body);
        }

        private static uint Hash(MemoryConnection connection)
        {
            return Crc32.Compute(connection.Output, 0, connection.OutputLength);
        }
    }
}
