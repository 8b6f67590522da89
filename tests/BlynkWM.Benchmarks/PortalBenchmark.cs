using System;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using BlynkWM.Host.Security;
using BlynkWM.Http;
using BlynkWM.Portal;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// Issue 4's portal figures: bytes on the wire, requests per save, heap per request, and throughput under
    /// 32 concurrent connections (wrk) beside a minimal Kestrel app serving the same bytes.
    /// </summary>
    internal static class PortalBenchmark
    {
        private const int WrkSeconds = 8;
        private const int WrkConnections = 32;

        public static void Run(Action<string, double> figure)
        {
            RunSize(figure);
            RunAllocationsAndThroughput(figure);
        }

        /// <summary>portal.get.gzip_bytes and portal.save.requests: the page with every field set and ten networks, one save.</summary>
        public static void RunSize(Action<string, double> figure)
        {
            var harness = new PortalHarness(SampleValues.DeviceA());
            harness.Scanner.Publish(TenNetworks());
            harness.Portal.Invalidate();

            Response page = harness.Get("/", gzip: true);
            if (page.Status != 200 || page.Header("Content-Encoding") != "gzip")
            {
                throw new InvalidOperationException("GET / did not answer gzip");
            }

            figure("portal.get.gzip_bytes", page.WireBytes);

            int handledBefore = harness.Server.RequestsHandled;
            int savesBefore = harness.Portal.SaveCount;
            Response saved = harness.Post(PortalHarness.FormOf(SampleValues.DeviceB(), harness.Token));
            if (saved.Status != 200 || harness.Portal.SaveCount != savesBefore + 1)
            {
                throw new InvalidOperationException("the save did not go through: " + saved.Status);
            }

            figure("portal.save.requests", harness.Server.RequestsHandled - handledBefore);
        }

        private static void RunAllocationsAndThroughput(Action<string, double> figure)
        {

            var steady = new PortalHarness(SampleValues.DeviceA());
            steady.Scanner.Publish(TenNetworks());
            steady.Portal.Invalidate();
            figure("portal.get.alloc_bytes", steady.AllocatedBytesPerRequest(PortalHarness.GetRequest(gzip: true)));
            // The first GET after a save or a scan-list change renders and compresses the page again.
            figure("portal.get.render_alloc_bytes", steady.AllocatedBytesPerRenderedGet(gzip: true));
            byte[] postA = PortalHarness.PostRequest(PortalHarness.FormOf(SampleValues.DeviceA(), steady.Token));
            byte[] postB = PortalHarness.PostRequest(PortalHarness.FormOf(SampleValues.DeviceB(), steady.Token));
            figure("portal.save.alloc_bytes", steady.AllocatedBytesPerRequest(postA, postB));

            (double ours, double oursP99, byte[] body) = MeasureOurs();
            (double kestrel, double kestrelP99) = MeasureKestrel(body);
            Console.Error.WriteLine("ours: " + ours + " req/s, p99 " + oursP99 + " ms; Kestrel: " + kestrel + " req/s, p99 " + kestrelP99 + " ms");
            figure("portal.rps", ours);
            figure("portal.p99_ms", oursP99);
            figure("portal.kestrel_ratio", ours / kestrel);
        }

        private static WifiNetworkInfo[] TenNetworks() => Enumerable.Range(1, 10)
            .Select(i => new WifiNetworkInfo("Network-" + i.ToString(CultureInfo.InvariantCulture), -40 - (4 * i), i % 3 != 0))
            .ToArray();

        private static (double Rps, double P99, byte[] Body) MeasureOurs()
        {
            using var listener = new SocketTcpListenerPort(IPAddress.Loopback, 0);
            string host = "127.0.0.1:" + listener.LocalPort.ToString(CultureInfo.InvariantCulture);
            var store = new EepromConfigStore(new PowerCutByteStore(new byte[DeviceConfig.StorageLayout.StoreCapacity], new PowerBudget()),
                DeviceConfig.StorageLayout.SlotAAddress, DeviceConfig.StorageLayout.SlotBAddress, DeviceConfig.StorageLayout.SlotSize);
            DeviceConfig config = SampleValues.DeviceA();
            var clock = new SystemClock();
            var portal = new ConfigPortal(new DeviceConfig.PortalForm(config), store, new CryptoRandomSource(), clock, null, host);
            // A device serves a handful of phones; the benchmark's 32 connections need as many slots.
            var options = new HttpServerOptions { MaxConnections = WrkConnections + 8, MaxAcceptsPerPoll = 16, MaxRequestsPerPoll = 64 };
            portal.ConfigureServer(options);
            var server = new HttpServer(listener, clock, portal.Handler, options);
            using var loop = new PollLoop("portal-bench", server.Poll);

            byte[] body;
            using (var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }))
            {
                var request = new HttpRequestMessage(System.Net.Http.HttpMethod.Get, "http://" + host + "/");
                request.Headers.AcceptEncoding.ParseAdd("gzip");
                body = client.Send(request).Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            }

            (double rps, double p99) = Wrk("http://" + host + "/");
            server.Stop();
            return (rps, p99, body);
        }

        private static (double Rps, double P99) MeasureKestrel(byte[] body)
        {
            string file = Path.GetTempFileName();
            File.WriteAllBytes(file, body);
            int port = FreePort();
            string app = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "BlynkWM.Benchmarks.Kestrel", "bin", "Release", "net10.0", "BlynkWM.Benchmarks.Kestrel.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string arg in new[] { Path.GetFullPath(app), port.ToString(CultureInfo.InvariantCulture), file, "gzip" })
            {
                start.ArgumentList.Add(arg);
            }

            using Process kestrel = Process.Start(start)!;
            try
            {
                string? line = kestrel.StandardOutput.ReadLine();
                if (line != "listening")
                {
                    throw new InvalidOperationException("the Kestrel app did not start: " + line);
                }

                return Wrk("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/");
            }
            finally
            {
                kestrel.Kill(entireProcessTree: true);
                kestrel.WaitForExit(10000);
                File.Delete(file);
            }
        }

        private static (double Rps, double P99) Wrk(string url)
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { "-t2", "-c" + WrkConnections, "-d" + WrkSeconds + "s", "--latency", "-H", "Accept-Encoding: gzip", url })
            {
                start.ArgumentList.Add(arg);
            }

            using Process wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk is not installed (apt-get install wrk)");
            string output = wrk.StandardOutput.ReadToEnd();
            wrk.WaitForExit();
            Console.Error.WriteLine(output);
            Match rps = Regex.Match(output, @"Requests/sec:\s+([0-9.]+)");
            Match p99 = Regex.Match(output, @"\s99%\s+([0-9.]+)(us|ms|s)");
            if (!rps.Success || !p99.Success || output.Contains("Non-2xx", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("wrk run failed or saw errors:\n" + output);
            }

            double latency = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
            latency = p99.Groups[2].Value switch { "us" => latency / 1000, "s" => latency * 1000, _ => latency };
            return (double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture), latency);
        }

        private static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
