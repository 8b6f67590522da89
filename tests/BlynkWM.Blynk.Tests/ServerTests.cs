using System;
using System.Net.Sockets;
using BlynkWM.Host.Time;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>Our Blynk server over real loopback sockets, driven by our client and by raw frames.</summary>
    public sealed class ServerTests
    {
        [Fact]
        public void A_stopped_server_is_failed_over_and_returned_to_after_a_restart_on_the_same_port()
        {
            using BlynkServer first = Live.Server("t");
            using BlynkServer second = Live.Server("t");
            BlynkClient client = Live.Client(
                new BlynkServerEndpoint("127.0.0.1", first.TcpPort, "t", StreamSecurity.Plain()),
                new BlynkServerEndpoint("127.0.0.1", second.TcpPort, "t", StreamSecurity.Plain()));
            client.Options.PreferredProbeIntervalMs = 200;
            client.Start();
            Live.StepUntil(client, () => client.IsConnected && client.CurrentServer == 0, "login on the first server");
            int port = first.TcpPort;

            first.Stop();
            Live.StepUntil(client, () => client.IsConnected && client.CurrentServer == 1, "failover to the second server");
            Assert.Equal(BlynkFailure.ConnectionLost, client.LastFailure);

            first.Start();
            Assert.Equal(port, first.TcpPort);
            Live.StepUntil(client, () => client.IsConnected && client.CurrentServer == 0, "return to the first server");
            Assert.Equal(2, first.Device("t").Logins);
            client.Stop();
        }

        [Fact]
        public void Sync_resends_stored_values_and_redirect_moves_the_device()
        {
            using BlynkServer first = Live.Server("t");
            using BlynkServer second = Live.Server("t");
            first.WriteVirtual("t", 4, "stored", "twice");
            BlynkClient client = Live.Client(new BlynkServerEndpoint("127.0.0.1", first.TcpPort, "t", StreamSecurity.Plain()));
            string? synced = null;
            client.OnWrite(4, (pin, value) => synced = value.GetString(0) + "+" + value.GetString(1));
            client.Start();
            Live.StepUntil(client, () => client.IsConnected, "login");

            client.SyncVirtual(4);
            Live.StepUntil(client, () => synced != null, "the synced value");
            Assert.Equal("stored+twice", synced);

            first.Redirect("t", "127.0.0.1", second.TcpPort);
            Live.StepUntil(client, () => second.IsOnline("t") && client.IsConnected, "login at the redirect target");
            Assert.Equal(1, client.Counters.Redirects);
            client.Stop();
        }

        [Fact]
        public void Device_info_properties_and_events_are_recorded()
        {
            using BlynkServer server = Live.Server("t");
            string? logged = null;
            server.EventLogged += (token, name, description) => logged = token + ":" + name + ":" + description;
            BlynkClient client = Live.Client(new BlynkServerEndpoint("127.0.0.1", server.TcpPort, "t", StreamSecurity.Plain()));
            client.Start();
            Live.StepUntil(client, () => client.IsConnected, "login");

            client.SetProperty(1, "label", "Temperature");
            client.LogEvent("overheat", "V1 above 50");
            Live.StepUntil(client, () => logged != null, "the event");

            DeviceRecord device = server.Device("t");
            Assert.Equal("t:overheat:V1 above 50", logged);
            Assert.Equal("Temperature", device.GetProperty(1, "label"));
            Assert.Equal("40", device.GetInfo("h-beat"));
            Assert.Equal("TMPL0test", device.GetInfo("tmpl"));
            client.Stop();
        }

        [Fact]
        public void An_unknown_token_gets_status_9_and_is_disconnected()
        {
            using BlynkServer server = Live.Server("right");
            AssertRefusedAndClosed(server, Frame.Build(29, 1, "wrong"), 9);
        }

        [Fact]
        public void A_message_before_login_gets_status_5_and_is_disconnected()
        {
            using BlynkServer server = Live.Server("t");
            AssertRefusedAndClosed(server, Frame.Build(20, 1, "vw|1|1"), 5);
        }

        [Fact]
        public void Pings_are_answered_and_silent_devices_are_dropped_after_their_heartbeats()
        {
            var clock = new ManualClock(0);
            using var server = new BlynkServer(new BlynkServerOptions { Tokens = new[] { "t" }, IdleSweepIntervalMs = 0, Clock = clock });
            server.Start();
            using var socket = Raw(server);
            socket.Send(Frame.Build(29, 1, "t"));
            Assert.Equal(Frame.Header(0, 1, 200), ReadExactly(socket, 5));
            socket.Send(Frame.Build(17, 2, "h-beat|10"));
            socket.Send(Frame.Build(6, 3, ""));
            Assert.Equal(Frame.Header(0, 3, 200), ReadExactly(socket, 5));

            clock.Advance(24_000);
            server.SweepIdle();
            Assert.True(server.IsOnline("t"));
            clock.Advance(2_000); // 2.5 heartbeats of 10 s without a message
            server.SweepIdle();

            Assert.False(server.IsOnline("t"));
            Assert.Equal(0, socket.Receive(new byte[1]));
        }

        [Fact]
        public void The_console_commands_drive_the_server()
        {
            using BlynkServer server = Live.Server("t");
            Assert.True(Program.Execute(server, "t", "write 3 on"));
            Assert.True(Program.Execute(server, "t", "@other write 4 x y"));
            Assert.False(Program.Execute(server, "t", "quit"));

            Assert.Equal(new[] { "on" }, server.Device("t").GetPin(3));
            Assert.Equal(new[] { "x", "y" }, server.Device("other").GetPin(4));
        }

        /// <summary>A new connection's first frame (message 1) is answered with <paramref name="status"/>, then the server closes.</summary>
        private static void AssertRefusedAndClosed(BlynkServer server, byte[] firstFrame, int status)
        {
            using var socket = Raw(server);
            socket.Send(firstFrame);

            Assert.Equal(Frame.Header(0, 1, status), ReadExactly(socket, 5));
            Assert.Equal(0, socket.Receive(new byte[1]));
        }

        private static Socket Raw(BlynkServer server)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 10_000 };
            socket.Connect("127.0.0.1", server.TcpPort);
            return socket;
        }

        private static byte[] ReadExactly(Socket socket, int count)
        {
            var data = new byte[count];
            int read = 0;
            while (read < count)
            {
                int n = socket.Receive(data, read, count - read, SocketFlags.None);
                if (n == 0)
                {
                    throw new InvalidOperationException("closed after " + read + " bytes");
                }

                read += n;
            }

            return data;
        }
    }
}
