using System;
using System.Runtime.CompilerServices;
using BlynkWM.Blynk;
using BlynkWM.Ports;
using BlynkWM.Server;
using BlynkWM.Testing;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// Issue 11's Blynk figures: failover time on the simulated clock, heap per VirtualWrite in steady state, and
    /// virtual writes per second over loopback to our server through our client and through the official JavaScript
    /// client in the same run.
    /// </summary>
    internal static class ConnectivityBenchmark
    {
        private const int Writes = 1_000_000;
        private const int Rounds = 3;
        private const string Token = "bench-token";

        public static void Run(Action<string, double> figure)
        {
            figure("blynk.failover_s", KilledServerFailoverSeconds());
            figure("blynk.failover_silent_s", SilentServerFailoverSeconds());
            figure("blynk.vw_alloc_bytes", AllocatedBytesPerVirtualWrite());

            // A warm-up round (JIT, connection setup), then alternating rounds, the best of each: the machine is shared, and
            // a busy moment should not decide the ratio.
            OursPerSecond(Writes / 10);
            JavaScriptPerSecond(Writes / 10);
            double ours = 0;
            double theirs = 0;
            for (int round = 0; round < Rounds; round++)
            {
                double o = OursPerSecond(Writes);
                double t = JavaScriptPerSecond(Writes);
                Console.Error.WriteLine("round " + (round + 1) + ": virtual writes per second over loopback: ours " + o.ToString("F0") + ", official JavaScript client " + t.ToString("F0"));
                ours = Math.Max(ours, o);
                theirs = Math.Max(theirs, t);
            }

            figure("blynk.msgs_per_s", Math.Round(ours));
            figure("blynk.js_ratio", ours / theirs);
        }

        /// <summary>Server 1's process dies (its connection closes, connects are refused): seconds until logged in on server 2, with a 10 ms device loop.</summary>
        private static double KilledServerFailoverSeconds()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            Require(rig.Connect() && rig.Client.CurrentServer == 0, "login on server 1");
            rig.Servers[0].Kill();
            long start = rig.Clock.NowMilliseconds;
            Require(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == 1, 600_000, 10), "failover");
            return (rig.Clock.NowMilliseconds - start) / 1000.0;
        }

        /// <summary>Server 1 goes silent right after the login (a cut path: no close, no answer): the dead-link rule has to notice.</summary>
        private static double SilentServerFailoverSeconds()
        {
            var rig = new BlynkRig(2, BlynkRig.DefaultOptions());
            Require(rig.Connect() && rig.Client.CurrentServer == 0, "login on server 1");
            rig.Servers[0].AnswerPings = false;
            rig.Listeners[0].Hang = true;
            long start = rig.Clock.NowMilliseconds;
            Require(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == 1, 600_000, 10), "failover");
            return (rig.Clock.NowMilliseconds - start) / 1000.0;
        }

        private static double AllocatedBytesPerVirtualWrite()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Require(rig.Connect(), "login");
            rig.Servers[0].Record = false;
            for (int i = 0; i < 10_000; i++)
            {
                WriteAndSend(rig, i);
            }

            const int count = 100_000;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < count; i++)
            {
                WriteAndSend(rig, i);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void WriteAndSend(BlynkRig rig, int i)
        {
            rig.Client.VirtualWrite(1, i);
            rig.Client.Step();
            rig.Servers[0].Poll();
        }

        private static double OursPerSecond(int writes)
        {
            using BlynkServer server = StartServer();
            var client = new BlynkClient(new SocketStreamPort(), new SystemClock(), null, new BlynkClientOptions(),
                new[] { new BlynkServerEndpoint("127.0.0.1", server.TcpPort, Token, StreamSecurity.Plain()) });
            client.Start();
            Until(() => { client.Step(); return client.IsConnected; }, "our client's login");
            DeviceRecord device = server.Device(Token);
            device.ResetWriteClock();

            long start = Stopwatch.GetTimestamp();
            int sent = 0;
            while (sent < writes)
            {
                if (client.VirtualWrite(1, sent))
                {
                    sent++;
                }
                else
                {
                    client.Step();
                }
            }

            Until(() => { client.Step(); return device.VirtualWrites >= writes; }, "the server to count our writes");
            client.Stop();
            return PerSecond(start, device);
        }

        private static double JavaScriptPerSecond(int writes)
        {
            string js = JsDirectory();
            if (!File.Exists(Path.Combine(js, "node_modules", "blynk-library", "blynk.js")))
            {
                throw new InvalidOperationException("the official JavaScript client is not installed: run " + Path.Combine(js, "install.sh"));
            }

            using BlynkServer server = StartServer();
            DeviceRecord device = server.Device(Token);
            var start = new ProcessStartInfo("node") { WorkingDirectory = js, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string arg in new[] { "throughput.js", "127.0.0.1", server.TcpPort.ToString(), Token, writes.ToString() })
            {
                start.ArgumentList.Add(arg);
            }

            using Process node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            long connected = 0;
            node.OutputDataReceived += (_, e) =>
            {
                if (e.Data == "@ connected")
                {
                    Interlocked.CompareExchange(ref connected, Stopwatch.GetTimestamp(), 0);
                }
            };
            node.BeginOutputReadLine();
            try
            {
                Until(() => device.VirtualWrites >= writes && Interlocked.Read(ref connected) != 0, "the server to count the JavaScript client's writes");
                server.WriteVirtual(Token, 0, "done");
                node.WaitForExit(10_000);
            }
            finally
            {
                if (!node.HasExited)
                {
                    node.Kill();
                }
            }

            // The script prints "@ connected" just before its first write; reading that line takes a little, which only
            // shortens the JavaScript client's measured time.
            return PerSecond(Interlocked.Read(ref connected), device);
        }

        private static BlynkServer StartServer()
        {
            var server = new BlynkServer(new BlynkServerOptions { Tokens = new[] { Token }, KeepTranscript = false, IdleSweepIntervalMs = 0 });
            server.Start();
            return server;
        }

        /// <summary>Writes per second from the moment the client started writing until the server had handled the last one.</summary>
        private static double PerSecond(long start, DeviceRecord device)
        {
            double seconds = (device.LastWriteTimestamp - start) / (double)Stopwatch.Frequency;
            return device.VirtualWrites / seconds;
        }

        private static void Until(Func<bool> condition, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(120))
                {
                    throw new TimeoutException("waited 120 s for " + what);
                }

                Thread.Yield();
            }
        }

        private static void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException("benchmark setup failed: " + what);
            }
        }

        private static string JsDirectory() => BlynkWM.Tests.Shared.RepositoryRoot.Combine("tests", "BlynkWM.Blynk.Tests", "js");
    }
}
