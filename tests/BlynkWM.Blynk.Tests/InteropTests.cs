using System;
using System.IO;
using System.Linq;
using System.Threading;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>
    /// Proof that our server and our client speak the protocol the real world speaks: the official JavaScript device
    /// client (npm blynk-library 0.5.4) runs a script against our server — log in, write pins, sync, set a property, log
    /// an event, receive a write, answer a read request, heartbeat, answer the server's ping — and our C# client runs the
    /// same script against the same server. Both must leave the same transcript at the server.
    /// </summary>
    public sealed class InteropTests : IDisposable
    {
        /// <summary>What the script leaves at the server, in order (INTERNAL, PING and responses aside).</summary>
        private static readonly string[] ScriptTranscript =
        {
            "29 (token)", "20 vw|1|21.5", "20 vw|2|a|b|c", "19 1|label|Temperature", "64 boot|started", "16 vr|5",
            "20 vw|6|echo:77", "20 vw|4|got:on", "20 vw|7|read:7",
        };

        private readonly ServerCertificates _certificates = ServerCertificates.Create();
        private readonly BlynkServer _server;

        public InteropTests()
        {
            _server = Live.Server(tcp: true, tls: true, _certificates, "js-token", "cs-token");
        }

        public void Dispose()
        {
            _server.Dispose();
            _certificates.Dispose();
        }

        [Theory]
        [InlineData("tcp")]
        [InlineData("tls")]
        public void The_official_javascript_client_runs_the_script_against_our_server(string mode)
        {
            string ca = Path.Combine(Path.GetTempPath(), "blynkwm-ca-" + Guid.NewGuid().ToString("N") + ".pem");
            File.WriteAllText(ca, _certificates.CaPem);
            try
            {
                int port = mode == "tls" ? _server.TlsPort : _server.TcpPort;
                using var node = new NodeDevice("device.js", mode, "localhost", port.ToString(), "js-token", ca, "300");
                RunScript("js-token", () => node.Output);

                Assert.Contains("connected", node.Lines);
                Assert.Contains("write 3 on", node.Lines);
                Assert.Contains("write 5 77", node.Lines);
                Assert.Contains("read 7", node.Lines);
                DeviceRecord device = _server.Device("js-token");
                Assert.Equal("0.5.4", device.GetInfo("ver"));
                Assert.Equal("4096", device.GetInfo("buff-in"));
                Assert.Equal("js", device.GetInfo("dev"));
            }
            finally
            {
                File.Delete(ca);
            }
        }

        [Theory]
        [InlineData("tcp")]
        [InlineData("tls")]
        public void Our_client_runs_the_same_script_against_the_same_server(string mode)
        {
            StreamSecurity security = mode == "tls" ? StreamSecurity.TlsPinnedCa(_certificates.CaDer) : StreamSecurity.Plain();
            int port = mode == "tls" ? _server.TlsPort : _server.TcpPort;
            BlynkClient client = Live.Client(new BlynkServerEndpoint("localhost", port, "cs-token", security));
            client.Options.HeartbeatSeconds = 1;
            client.Options.ResponseTimeoutMs = 300;
            client.Connected += c =>
            {
                c.VirtualWrite(1, 21.5);
                c.VirtualWrite(2, new[] { "a", "b", "c" });
                c.SetProperty(1, "label", "Temperature");
                c.LogEvent("boot", "started");
                c.SyncVirtual(5);
            };
            client.OnWrite(3, (pin, value) => client.VirtualWrite(4, "got:" + value.AsString()));
            client.OnWrite(5, (pin, value) => client.VirtualWrite(6, "echo:" + value.AsString()));
            client.OnRead(7, pin => client.VirtualWrite(7, "read:7"));
            client.OnWrite(0, (pin, value) => client.Stop());
            client.Start();
            using var loop = new PollLoop("blynk-client", client.Step);

            RunScript("cs-token", () => client.Describe());

            Assert.Null(loop.Failure);
            Assert.Equal(BlynkState.Stopped, client.State);
            DeviceRecord device = _server.Device("cs-token");
            Assert.Equal(BlynkClient.LibraryVersion, device.GetInfo("ver"));
            Assert.Equal("1024", device.GetInfo("buff-in"));
            Assert.Equal("1", device.GetInfo("h-beat"));
        }

        [Fact]
        public void Both_clients_stop_on_an_invalid_token()
        {
            using (var node = new NodeDevice("device.js", "tcp", "127.0.0.1", _server.TcpPort.ToString(), "not-a-token"))
            {
                WaitFor(() => node.Saw("error INVALID_TOKEN"), "the JavaScript client's INVALID_TOKEN", () => node.Output);
            }

            BlynkClient client = Live.Client(new BlynkServerEndpoint("127.0.0.1", _server.TcpPort, "not-a-token", StreamSecurity.Plain()));
            client.Start();
            Live.StepUntil(client, () => client.State == BlynkState.Error, "our client's error state");
            Assert.Equal(BlynkFailure.InvalidToken, client.LastFailure);
        }

        /// <summary>The server's side of the script; the device (either client) reacts on its own.</summary>
        private void RunScript(string token, Func<string> deviceState)
        {
            DeviceRecord device = _server.Device(token);
            _server.WriteVirtual(token, 5, "77"); // an app set V5 while the device was away: the sync brings it
            WaitFor(() => device.GetPin(6)?[0] == "echo:77" && device.GetProperty(1, "label") == "Temperature", "login, writes and sync", deviceState);

            _server.WriteVirtual(token, 3, "on");
            WaitFor(() => device.GetPin(4)?[0] == "got:on", "the answer to an app write", deviceState);
            _server.RequestRead(token, 7);
            WaitFor(() => device.GetPin(7)?[0] == "read:7", "the answer to a read request", deviceState);
            WaitFor(() => device.Pings >= 1, "a heartbeat PING", deviceState);
            Assert.True(_server.SendPing(token));
            WaitFor(() => device.Transcript().Any(m => m.Command == 0 && m.Fields[0] == "200"), "the answer to the server's PING", deviceState);

            _server.WriteVirtual(token, 0, "bye");
            WaitFor(() => !device.Online, "the device to leave", deviceState);

            string[] transcript = device.Transcript()
                .Where(m => m.Command != 17 && m.Command != 6 && m.Command != 0)
                .Select(m => m.ToString())
                .ToArray();
            Assert.Equal(ScriptTranscript, transcript);
            Assert.Equal(1, device.Logins);
        }

        private static void WaitFor(Func<bool> condition, string what, Func<string> deviceState)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > Live.Patience)
                {
                    throw new TimeoutException("waited " + Live.Patience.TotalSeconds + " s for " + what + "; device: " + deviceState());
                }

                Thread.Sleep(5);
            }
        }
    }
}
