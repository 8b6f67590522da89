using System.IO.Compression;
using System.Text;
using BlynkWM.Host.Net.Memory;
using BlynkWM.Host.Time;
using BlynkWM.Portal;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.TestSupport
{
    /// <summary>An EEPROM image in memory whose writes can be made to fail, to test a store that throws mid-save.</summary>
    public sealed class MemoryByteStore : IByteStore
    {
        private readonly byte[] _image;

        public MemoryByteStore(int size)
        {
            _image = new byte[size];
        }

        public int Size => _image.Length;

        public bool FailWrites { get; set; }

        public byte[] Snapshot() => (byte[])_image.Clone();

        public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_image, address, buffer, offset, count);

        public void Write(int address, byte[] buffer, int offset, int count)
        {
            if (FailWrites)
            {
                throw new IOException("flash write failed");
            }

            Array.Copy(buffer, offset, _image, address, count);
        }

        public void Commit()
        {
        }

        /// <summary>Nothing to do: the image is the medium.</summary>
        public void Reload()
        {
        }
    }

    /// <summary>A radio whose scans finish when the test says so (<see cref="Publish"/>).</summary>
    public sealed class FakeScanner : IWifiScanner
    {
        public int StartCount { get; private set; }

        public WifiNetworkInfo[] LatestNetworks { get; private set; } = Array.Empty<WifiNetworkInfo>();

        public void RequestScan() => StartCount++;

        public void Publish(params WifiNetworkInfo[] networks) => LatestNetworks = networks;
    }

    public sealed class SeededRandom : IRandomSource
    {
        private readonly Random _random;

        public SeededRandom(int seed) => _random = new Random(seed);

        public void NextBytes(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
    }

    /// <summary>A parsed HTTP response.</summary>
    public sealed class Response
    {
        public int Status { get; init; }

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] Body { get; init; } = Array.Empty<byte>();

        public int WireBytes { get; init; }

        public string Header(string name) => Headers.TryGetValue(name, out string? value) ? value : "";

        /// <summary>The body as text, gunzipped when the response says gzip.</summary>
        public string Text
        {
            get
            {
                if (Header("Content-Encoding") != "gzip")
                {
                    return Encoding.UTF8.GetString(Body);
                }

                using var gzip = new GZipStream(new MemoryStream(Body), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                return Encoding.UTF8.GetString(plain.ToArray());
            }
        }

        public static Response Parse(ReadOnlySpan<byte> wire)
        {
            string text = Encoding.Latin1.GetString(wire);
            int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidOperationException("incomplete response: " + text);
            }

            string[] lines = text.Substring(0, end).Split("\r\n");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string line in lines.Skip(1))
            {
                int colon = line.IndexOf(':');
                headers[line.Substring(0, colon)] = line.Substring(colon + 1).Trim();
            }

            int length = headers.TryGetValue("Content-Length", out string? cl) ? int.Parse(cl) : 0;
            // A HEAD answer announces the length of a body it does not carry.
            length = Math.Min(length, wire.Length - end - 4);
            var response = new Response
            {
                Status = int.Parse(lines[0].Split(' ')[1]),
                Body = wire.Slice(end + 4, length).ToArray(),
                WireBytes = end + 4 + length,
            };
            foreach (KeyValuePair<string, string> h in headers)
            {
                response.Headers[h.Key] = h.Value;
            }

            return response;
        }
    }

    /// <summary>
    /// A DeviceConfig portal (the sample's generated PortalForm) on the real HttpServer over in-memory connections,
    /// with an EEPROM store, a fake scanner, a manual clock and a seeded CSRF token.
    /// </summary>
    public sealed class PortalHarness
    {
        public const string Host = "192.168.4.1";

        private readonly MemoryTcpListenerPort _listener = new MemoryTcpListenerPort();

        public PortalHarness(DeviceConfig? stored = null, Action<HttpServerOptions>? configure = null)
        {
            Bytes = new MemoryByteStore(DeviceConfig.StorageLayout.StoreCapacity);
            Store = DeviceConfig.CreateStore(Bytes);
            if (stored != null)
            {
                Store.Save(stored);
            }

            Config = new DeviceConfig();
            Store.Load(Config);
            Form = new DeviceConfig.PortalForm(Config);
            Portal = new ConfigPortal(Form, Store, new SeededRandom(42), Clock, Scanner, Host);
            Portal.Saved = () => SavedCallbacks++;
            Options = new HttpServerOptions();
            Portal.ConfigureServer(Options);
            configure?.Invoke(Options);
            Server = new HttpServer(_listener, Clock, Portal.Handler, Options);
        }

        public ManualClock Clock { get; } = new ManualClock(1000);

        public FakeScanner Scanner { get; } = new FakeScanner();

        public MemoryByteStore Bytes { get; }

        public IConfigStore Store { get; }

        public DeviceConfig Config { get; }

        public DeviceConfig.PortalForm Form { get; }

        public ConfigPortal Portal { get; }

        public HttpServerOptions Options { get; }

        public HttpServer Server { get; }

        public int SavedCallbacks { get; private set; }

        public string Token => Portal.Csrf.TokenString;

        public MemoryTcpConnection Open()
        {
            var connection = new MemoryTcpConnection(1 << 16);
            _listener.Connect(connection);
            return connection;
        }

        public Response Send(string request) => Send(Encoding.UTF8.GetBytes(request));

        /// <summary>
        /// Average heap bytes this thread allocates per request, through the real server on one keep-alive in-memory
        /// connection, after a warm-up; <paramref name="alternate"/>, when given, is sent every other time.
        /// </summary>
        public long AllocatedBytesPerRequest(byte[] request, byte[]? alternate = null, int warmup = 200, int rounds = 2000) =>
            AllocatedBytesPerRound(i => alternate != null && i % 2 == 1 ? alternate : request, warmup, rounds);

        /// <summary>
        /// Average heap bytes this thread allocates per <c>GET /</c> on the render path: the page cache is invalidated
        /// (<see cref="ConfigPortal.Invalidate"/>, as a save, a scan or a token change would) before every request, so
        /// each one renders the form, compresses it and replaces the cached tails. <see cref="AllocatedBytesPerRequest"/>
        /// measures the cache hits that follow.
        /// </summary>
        public long AllocatedBytesPerRenderedGet(bool gzip, int warmup = 20, int rounds = 200)
        {
            byte[] request = GetRequest(gzip);
            return AllocatedBytesPerRound(
                _ =>
                {
                    Portal.Invalidate();
                    return request;
                },
                warmup,
                rounds);
        }

        /// <summary>
        /// Average heap bytes per round on one keep-alive connection after <paramref name="warmup"/> rounds: each round
        /// sends <paramref name="prepare"/>'s request (given the round's number), polls twice and requires a 2xx answer.
        /// </summary>
        private long AllocatedBytesPerRound(Func<int, byte[]> prepare, int warmup, int rounds)
        {
            MemoryTcpConnection c = Open();
            void Round(int i)
            {
                c.ClientWrite(prepare(i));
                Server.Poll();
                Server.Poll();
                if (c.OutputLength == 0 || c.Output[9] != (byte)'2')
                {
                    throw new InvalidOperationException("request failed: " + Encoding.ASCII.GetString(c.Output));
                }

                c.ClearOutput();
            }

            for (int i = 0; i < warmup; i++)
            {
                Round(i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < rounds; i++)
            {
                Round(i);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / rounds;
        }

        public static byte[] GetRequest(bool gzip) => Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: " + Host + "\r\n" + (gzip ? "Accept-Encoding: gzip, deflate\r\n" : "")
            + "User-Agent: Mozilla/5.0 (Linux; Android 14)\r\nAccept: text/html\r\n\r\n");

        public static byte[] PostRequest(string body) => Encoding.ASCII.GetBytes("POST /save HTTP/1.1\r\nHost: " + Host + "\r\nOrigin: http://" + Host + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.Length + "\r\n\r\n" + body);

        public Response Send(byte[] request) => SendFrom("memory", request);

        /// <summary>Sends a raw request from a client at <paramref name="remoteAddress"/> ("192.168.4.2:50123").</summary>
        public Response SendFrom(string remoteAddress, string request) => SendFrom(remoteAddress, Encoding.UTF8.GetBytes(request));

        public Response SendFrom(string remoteAddress, byte[] request)
        {
            MemoryTcpConnection c = Open();
            c.RemoteAddress = remoteAddress;
            c.ClientWrite(request);
            for (int i = 0; i < 50; i++)
            {
                Server.Poll();
            }

            return Response.Parse(c.Output);
        }

        public Response Get(string path = "/", bool gzip = true, string? host = null)
        {
            return Send("GET " + path + " HTTP/1.1\r\nHost: " + (host ?? Host) + "\r\n" + (gzip ? "Accept-Encoding: gzip, deflate\r\n" : "") + "\r\n");
        }

        /// <summary>POSTs a form body (already URL-encoded) to /save with the portal's Origin.</summary>
        public Response Post(string body, string? origin = "http://" + Host, string contentType = "application/x-www-form-urlencoded", bool gzip = false)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            return PostBytes(bytes, origin, contentType, gzip);
        }

        public Response PostBytes(byte[] body, string? origin = "http://" + Host, string contentType = "application/x-www-form-urlencoded", bool gzip = false)
        {
            string head = "POST /save HTTP/1.1\r\nHost: " + Host + "\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + (gzip ? "Accept-Encoding: gzip\r\n" : "")
                + "Content-Length: " + body.Length + "\r\n\r\n";
            return Send(Encoding.ASCII.GetBytes(head).Concat(body).ToArray());
        }

        /// <summary>Every field of the page with a value, as a browser would submit the rendered form unchanged.</summary>
        public static string FormOf(DeviceConfig c, string token, bool includeSecrets = true)
        {
            var pairs = new List<(string, string)>
            {
                ("_csrf", token),
                ("wifi1_ssid", c.PrimaryWifi.Ssid),
                ("wifi1_pw", includeSecrets ? c.PrimaryWifi.Password : ""),
                ("wifi2_ssid", c.BackupWifi.Ssid),
                ("wifi2_pw", includeSecrets ? c.BackupWifi.Password : ""),
                ("blynk1_server", c.PrimaryBlynk.Server),
                ("blynk1_port", c.PrimaryBlynk.Port.ToString()),
                ("blynk1_token", includeSecrets ? c.PrimaryBlynk.Token : ""),
                ("blynk2_server", c.BackupBlynk.Server),
                ("blynk2_port", c.BackupBlynk.Port.ToString()),
                ("blynk2_token", includeSecrets ? c.BackupBlynk.Token : ""),
                ("board", c.BoardName),
                ("mqtt_server", c.MqttServer),
                ("mqtt_port", c.MqttPort.ToString()),
                ("_b.mqtt_tls", "1"),
                ("mqtt_pass", includeSecrets ? c.MqttPassword : ""),
            };
            if (c.MqttTls)
            {
                pairs.Add(("mqtt_tls", "1"));
            }

            return string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        }

        /// <summary>The serialized stored config (both EEPROM slots), to prove a refused post changed nothing.</summary>
        public byte[] StoredBytes() => Bytes.Snapshot();
    }
}
