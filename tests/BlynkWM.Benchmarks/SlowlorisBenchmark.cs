using System;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using BlynkWM.Host.Security;
using BlynkWM.Http;
using BlynkWM.Portal;
using BlynkWM.Storage;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// Issue 7's slowloris figures, in real time on loopback sockets against the sample device's server (default
    /// options: 4 slots): 50 connections trickle one byte every 2 s and reconnect as soon as they are answered or
    /// dropped, while a normal client sends one GET per second on a new connection for 60 s. Prints the share of those
    /// GETs answered 200 with the whole page, and their 99th percentile latency (connect to last byte).
    /// </summary>
    internal static class SlowlorisBenchmark
    {
        private const int Attackers = 50;
        private const int TrickleMilliseconds = 2000;
        private const int Seconds = 60;
        private const int ClientTimeoutMilliseconds = 10_000;

        public static void Run(Action<string, double> figure)
        {
            using var listener = new SocketTcpListenerPort(IPAddress.Loopback, 0);
            int port = listener.LocalPort;
            string host = "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
            var store = new EepromConfigStore(new PowerCutByteStore(new byte[DeviceConfig.StorageLayout.StoreCapacity], new PowerBudget()),
                DeviceConfig.StorageLayout.SlotAAddress, DeviceConfig.StorageLayout.SlotBAddress, DeviceConfig.StorageLayout.SlotSize);
            var clock = new SystemClock();
            var portal = new ConfigPortal(new DeviceConfig.PortalForm(SampleValues.DeviceA()), store, new CryptoRandomSource(), clock, null, host);
            var options = new HttpServerOptions();
            portal.ConfigureServer(options);
            var server = new HttpServer(listener, clock, portal.Handler, options);
            using var loop = new PollLoop("slowloris-bench", server.Poll);

            using var attack = new Attack(port);
            var attackThread = new Thread(attack.Run) { IsBackground = true, Name = "slowloris" };
            attackThread.Start();
            // Let the trickling connections fill every slot before the first normal request.
            Thread.Sleep(2 * TrickleMilliseconds);

            byte[] request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: gzip\r\n\r\n");
            var gets = new List<Task<double>>();
            var start = Stopwatch.StartNew();
            for (int i = 0; i < Seconds; i++)
            {
                TimeSpan due = TimeSpan.FromSeconds(i) - start.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    Thread.Sleep(due);
                }
                gets.Add(Task.Run(() => TimedGet(port, request)));
            }
            Task.WaitAll(gets.ToArray());
            attack.Stop();
            attackThread.Join();
            server.Stop();

            double[] served = gets.Select(t => t.Result).Where(ms => ms >= 0).OrderBy(ms => ms).ToArray();
            Console.Error.WriteLine("slowloris: " + served.Length + " of " + Seconds + " GETs served; attackers reconnected " + attack.Reconnects
                + " times; server evicted " + server.ConnectionsEvicted + ", rejected " + server.ConnectionsRejected + ", errors " + server.ProtocolErrors);
            figure("portal.slowloris.served_ratio", (double)served.Length / Seconds);
            // Nearest rank; with no GET served there is no latency to report.
            figure("portal.slowloris.p99_ms", served.Length == 0 ? double.NaN : served[(int)Math.Ceiling(0.99 * served.Length) - 1]);
        }

        /// <summary>One GET on a new connection: milliseconds from connect to the last byte of a 200, or -1.</summary>
        private static double TimedGet(int port, byte[] request)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
                {
                    ReceiveTimeout = ClientTimeoutMilliseconds,
                    SendTimeout = ClientTimeoutMilliseconds,
                    NoDelay = true,
                };
                socket.Connect(IPAddress.Loopback, port);
                socket.Send(request);
                return ReadResponse(socket) == 200 ? watch.Elapsed.TotalMilliseconds : -1;
            }
            catch (SocketException)
            {
                return -1;
            }
        }

        /// <summary>The status of a complete response (head and Content-Length body), or -1 when it did not all arrive.</summary>
        private static int ReadResponse(Socket socket)
        {
            var received = new List<byte>();
            byte[] chunk = new byte[4096];
            int headEnd = -1;
            int contentLength = -1;
            while (true)
            {
                int n = socket.Receive(chunk);
                if (n == 0)
                {
                    return -1;
                }
                received.AddRange(chunk.Take(n));
                if (headEnd < 0)
                {
                    string text = Encoding.Latin1.GetString(received.ToArray());
                    headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (headEnd < 0)
                    {
                        continue;
                    }
                    headEnd += 4;
                    string lengthLine = text.Substring(0, headEnd).Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) ?? "";
                    contentLength = lengthLine.Length == 0 ? 0 : int.Parse(lengthLine.Substring(15).Trim(), CultureInfo.InvariantCulture);
                }
                if (received.Count >= headEnd + contentLength)
                {
                    string statusLine = Encoding.Latin1.GetString(received.ToArray(), 0, 12);
                    return int.Parse(statusLine.Substring(9, 3), CultureInfo.InvariantCulture);
                }
            }
        }

        /// <summary>
        /// The trickling clients, on one thread: each sends the next byte of a head that never ends every 2 s, and
        /// reconnects as soon as the server answers it or drops it.
        /// </summary>
        private sealed class Attack : IDisposable
        {
            private static readonly byte[] Head = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + new string('a', 4000));

            private readonly int _port;
            private readonly Socket?[] _sockets = new Socket?[Attackers];
            private readonly int[] _written = new int[Attackers];
            private readonly long[] _nextByteAt = new long[Attackers];
            private readonly byte[] _sink = new byte[4096];
            private volatile bool _stop;

            public Attack(int port) => _port = port;

            public int Reconnects { get; private set; }

            public void Stop() => _stop = true;

            public void Run()
            {
                var clock = Stopwatch.StartNew();
                while (!_stop)
                {
                    long now = clock.ElapsedMilliseconds;
                    for (int i = 0; i < Attackers; i++)
                    {
                        Step(i, now);
                    }
                    Thread.Sleep(10);
                }
            }

            public void Dispose()
            {
                foreach (Socket? s in _sockets)
                {
                    s?.Dispose();
                }
            }

            private void Step(int i, long now)
            {
                Socket? s = _sockets[i];
                try
                {
                    if (s != null && (Answered(s) || _written[i] == Head.Length))
                    {
                        s.Dispose();
                        s = _sockets[i] = null;
                        Reconnects++;
                    }
                    if (s == null)
                    {
                        s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                        _sockets[i] = s;
                        s.Connect(IPAddress.Loopback, _port);
                        _written[i] = 0;
                        _nextByteAt[i] = now;
                    }
                    if (now >= _nextByteAt[i])
                    {
                        s.Send(Head, _written[i], 1, SocketFlags.None);
                        _written[i]++;
                        _nextByteAt[i] = now + TrickleMilliseconds;
                    }
                }
                catch (SocketException)
                {
                    // Reset by the server: the next pass reconnects.
                    s?.Dispose();
                    _sockets[i] = null;
                    Reconnects++;
                }
            }

            /// <summary>True once the server sent anything (an error answer) or closed: this head can go no further.</summary>
            private bool Answered(Socket s)
            {
                if (!s.Poll(0, SelectMode.SelectRead))
                {
                    return false;
                }
                int n = s.Receive(_sink, 0, _sink.Length, SocketFlags.None, out SocketError error);
                return n > 0 || error != SocketError.WouldBlock;
            }
        }
    }
}
