using BlynkWM.Http;
using BlynkWM.Portal;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The sample DeviceConfig's generated portal on the real HttpServer over in-memory connections, with an EEPROM
    /// store on simulated flash, a fake scanner, a manual clock and a seeded CSRF token, as on a device.
    /// </summary>
    public sealed class PortalRig
    {
        public const string Host = "192.168.4.1";

        private readonly MemoryListener _listener = new MemoryListener();

        public PortalRig(DeviceConfig stored)
        {
            Durable = SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity);
            Flash = new SimulatedFlash(Durable, new PowerBudget());
            Store = DeviceConfig.CreateStore(Flash);
            if (stored != null)
            {
                Store.Save(stored);
            }

            Config = new DeviceConfig();
            Store.Load(Config);
            Clock = new ManualClock(1000);
            Scanner = new FakeScanner();
            Scanner.Publish(new WifiNetworkInfo[]
            {
                new WifiNetworkInfo("HomeNet", -48, true),
                new WifiNetworkInfo(Samples.EmojiSsid, -60, false),
                new WifiNetworkInfo("Caf\u00e9 <Gast>", -71, true),
            });
            Portal = new ConfigPortal(new DeviceConfig.PortalForm(Config), Store, new SeededRandom(42), Clock, Scanner, Host);
            Portal.Saved = OnSaved;
            var options = new HttpServerOptions();
            Portal.ConfigureServer(options);
            Server = new HttpServer(_listener, Clock, Portal.Handler, options);
        }

        public byte[] Durable { get; }

        public SimulatedFlash Flash { get; }

        public IConfigStore Store { get; }

        public DeviceConfig Config { get; }

        public ManualClock Clock { get; }

        public FakeScanner Scanner { get; }

        public ConfigPortal Portal { get; }

        public HttpServer Server { get; }

        public int SavedCount { get; private set; }

        /// <summary>A new connection the server accepts at its next poll.</summary>
        public MemoryConnection Open()
        {
            return _listener.Connect();
        }

        /// <summary>Sends one request on a new connection and polls until the answer is complete (or 50 polls).</summary>
        public MemoryConnection Send(byte[] request)
        {
            return Exchange(_listener.Connect(), request);
        }

        /// <summary>Sends one request from a client at <paramref name="remoteAddress"/>.</summary>
        public MemoryConnection SendFrom(string remoteAddress, byte[] request)
        {
            MemoryConnection connection = _listener.Connect();
            connection.RemoteAddress = remoteAddress;
            return Exchange(connection, request);
        }

        private MemoryConnection Exchange(MemoryConnection connection, byte[] request)
        {
            connection.ClientWrite(request);
            for (int i = 0; i < 50 && !connection.ServerClosed; i++)
            {
                Server.Poll();
                if (Response.IsComplete(connection.Output, connection.OutputLength))
                {
                    break;
                }
            }

            return connection;
        }

        public MemoryConnection Get(string path, bool gzip)
        {
            return Send(Ascii("GET " + path + " HTTP/1.1\r\nHost: " + Host + "\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "\r\n"));
        }

        public MemoryConnection Post(string body)
        {
            return Send(PostBytes(body));
        }

        /// <summary>A keep-alive POST /save of a form body, as bytes.</summary>
        public byte[] PostBytes(string body)
        {
            byte[] content = Ascii(body);
            return Ascii("POST /save HTTP/1.1\r\nHost: " + Host + "\r\nOrigin: http://" + Host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.Length.ToString() + "\r\n\r\n" + body);
        }

        /// <summary>A form post of every field of <paramref name="c"/>, as the page submits it.</summary>
        public string FormOf(DeviceConfig c)
        {
            return Form(Portal.Csrf.TokenString, c);
        }

        /// <summary>A form post of every field of <paramref name="c"/> with the CSRF token <paramref name="csrfToken"/>.</summary>
        public static string Form(string csrfToken, DeviceConfig c)
        {
            string form = "_csrf=" + csrfToken
                + Pair("wifi1_ssid", c.PrimaryWifi.Ssid) + Pair("wifi1_pw", c.PrimaryWifi.Password)
                + Pair("wifi2_ssid", c.BackupWifi.Ssid) + Pair("wifi2_pw", c.BackupWifi.Password)
                + Pair("blynk1_server", c.PrimaryBlynk.Server) + Pair("blynk1_port", c.PrimaryBlynk.Port.ToString())
                + Pair("blynk1_token", c.PrimaryBlynk.Token)
                + Pair("blynk2_server", c.BackupBlynk.Server) + Pair("blynk2_port", c.BackupBlynk.Port.ToString())
                + Pair("blynk2_token", c.BackupBlynk.Token)
                + Pair("board", c.BoardName) + Pair("mqtt_server", c.MqttServer) + Pair("mqtt_port", c.MqttPort.ToString())
                + Pair("_b.mqtt_tls", "1") + Pair("mqtt_pass", c.MqttPassword);
            return c.MqttTls ? form + Pair("mqtt_tls", "1") : form;
        }

        public static byte[] Ascii(string text)
        {
            return BlynkWM.Storage.Utf8.GetBytes(text);
        }

        private static string Pair(string key, string value)
        {
            return "&" + key + "=" + UrlEncode(value);
        }

        /// <summary>Percent-encodes every byte outside the unreserved set, as a browser encodes a form.</summary>
        public static string UrlEncode(string value)
        {
            byte[] bytes = BlynkWM.Storage.Utf8.GetBytes(value);
            char[] hex = "0123456789ABCDEF".ToCharArray();
            char[] chars = new char[bytes.Length * 3];
            int n = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
                if (plain)
                {
                    chars[n++] = (char)b;
                }
                else
                {
                    chars[n++] = '%';
                    chars[n++] = hex[b >> 4];
                    chars[n++] = hex[b & 0xF];
                }
            }

            return new string(chars, 0, n);
        }

        private void OnSaved()
        {
            SavedCount++;
        }
    }

    /// <summary>Just enough of an HTTP response parser for the checks: status, end of head, body length.</summary>
    public static class Response
    {
        public static int Status(byte[] wire, int length)
        {
            return length < 12 ? -1 : (wire[9] - '0') * 100 + (wire[10] - '0') * 10 + (wire[11] - '0');
        }

        /// <summary>Where the UTF-8 of <paramref name="text"/> starts in wire[from..to), or -1.</summary>
        public static int Find(byte[] wire, int from, int to, string text)
        {
            byte[] needle = BlynkWM.Storage.Utf8.GetBytes(text);
            for (int i = from; i + needle.Length <= to; i++)
            {
                int k = 0;
                while (k < needle.Length && wire[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        public static int HeadEnd(byte[] wire, int length)
        {
            for (int i = 0; i + 3 < length; i++)
            {
                if (wire[i] == '\r' && wire[i + 1] == '\n' && wire[i + 2] == '\r' && wire[i + 3] == '\n')
                {
                    return i + 4;
                }
            }

            return -1;
        }

        /// <summary>True once the head and the Content-Length bytes of body have arrived.</summary>
        public static bool IsComplete(byte[] wire, int length)
        {
            int end = HeadEnd(wire, length);
            return end >= 0 && length - end >= ContentLength(wire, end);
        }

        public static int ContentLength(byte[] wire, int headEnd)
        {
            byte[] name = BlynkWM.Storage.Utf8.GetBytes("\r\nContent-Length: ");
            for (int i = 0; i + name.Length < headEnd; i++)
            {
                bool match = true;
                for (int k = 0; match && k < name.Length; k++)
                {
                    byte b = wire[i + k];
                    byte n = name[k];
                    match = b == n || (n >= 'A' && n <= 'Z' && b == n + 32) || (n >= 'a' && n <= 'z' && b == n - 32);
                }

                if (match)
                {
                    int value = 0;
                    for (int p = i + name.Length; p < headEnd && wire[p] >= '0' && wire[p] <= '9'; p++)
                    {
                        value = value * 10 + (wire[p] - '0');
                    }

                    return value;
                }
            }

            return 0;
        }
    }
}
