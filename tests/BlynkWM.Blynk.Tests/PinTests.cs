using System.Linq;

namespace BlynkWM.Blynk.Tests
{
    public sealed class PinTests
    {
        private readonly BlynkRig _rig = new BlynkRig(1, BlynkRig.DefaultOptions());

        private FakeBlynkServer Server => _rig.Servers[0];

        private BlynkClient Client => _rig.Client;

        [Fact]
        public void Writes_of_every_kind_leave_as_the_protocol_frames_them()
        {
            Assert.True(_rig.Connect());
            Server.ClearRecords();

            Assert.True(Client.VirtualWrite(1, 42));
            Assert.True(Client.VirtualWrite(2, -7L));
            Assert.True(Client.VirtualWrite(3, 21.5));
            Assert.True(Client.VirtualWrite(4, "héllo"));
            Assert.True(Client.VirtualWrite(5, new[] { "a", "b", "" }));
            Assert.True(Client.VirtualWrite(6, new[] { 1, 2, 3 }));
            Assert.True(Client.VirtualWrite(7, new[] { 0.1, -2.0 }));
            Assert.True(Client.BeginVirtualWrite(8).Add(1).Add(2.25).Add("x").Send());
            Assert.True(Client.SetProperty(1, "label", "Temperature"));
            Assert.True(Client.SetProperty(1, "max", 50));
            Assert.True(Client.SetProperty(1, "min", -0.5));
            Assert.True(Client.LogEvent("overheat", "V1 above 50"));
            Assert.True(Client.LogEvent("boot"));
            Assert.True(Client.SyncVirtual(9));
            Assert.True(Client.SyncVirtual(new[] { 1, 2 }));
            Assert.True(Client.SyncAll());
            _rig.Tick(10);

            var bodies = Frame.Parse(Server.ReceivedBytes()).Select(f => f.Command + " " + f.Body).ToArray();
            Assert.Equal(new[]
            {
                "20 vw|1|42", "20 vw|2|-7", "20 vw|3|21.5", "20 vw|4|héllo", "20 vw|5|a|b|", "20 vw|6|1|2|3", "20 vw|7|0.1|-2",
                "20 vw|8|1|2.25|x", "19 1|label|Temperature", "19 1|max|50", "19 1|min|-0.5", "64 overheat|V1 above 50",
                "64 boot", "16 vr|9", "16 vr|1|2", "16 ",
            }, bodies);
        }

        [Fact]
        public void Message_ids_count_up_from_the_login()
        {
            Assert.True(_rig.Connect());
            Client.VirtualWrite(1, 1);
            Client.VirtualWrite(1, 2);
            _rig.Tick(10);

            Assert.Equal(new[] { 1, 2, 3, 4 }, Frame.Parse(Server.ReceivedBytes()).Select(f => f.Id));
        }

        [Fact]
        public void Message_ids_wrap_from_65535_to_1_never_0()
        {
            Assert.True(_rig.Connect());
            Server.Record = true;
            for (int i = 0; i < 70_000; i++)
            {
                Assert.True(Client.VirtualWrite(1, i));
                if (i % 50 == 0)
                {
                    _rig.Tick(1);
                }
            }

            _rig.Tick(1);
            int[] ids = Frame.Parse(Server.ReceivedBytes()).Select(f => f.Id).ToArray();
            Assert.Equal(70_002, ids.Length);
            Assert.DoesNotContain(0, ids);
            int wrap = System.Array.IndexOf(ids, 65535);
            Assert.Equal(1, ids[wrap + 1]);
            Assert.Equal(2, ids[wrap + 2]);
            Assert.Equal(70_002 - 65535, ids[^1]);
        }

        [Fact]
        public void Server_writes_reach_the_pin_handler_with_their_values()
        {
            var seen = new List<string>();
            Client.OnWrite(3, (pin, value) => seen.Add(pin + ":" + value.Count + ":" + value.AsInt() + ":" + value.AsDouble() + ":" + value.AsString()));
            Client.OnWrite(4, (pin, value) => seen.Add(pin + ":" + value.GetString(0) + "+" + value.GetInt(1) + "+" + value.GetString(2) + "+" + value.GetString(9)));
            Assert.True(_rig.Connect());

            Server.WriteVirtual(3, "12.75");
            Server.WriteVirtual(4, "x|7|ü");
            Server.WriteVirtual(5, "nobody listens");
            _rig.Tick(10);

            Assert.Equal(new[] { "3:1:12:12.75:12.75", "4:x+7+ü+" }, seen);
        }

        [Fact]
        public void The_default_handler_takes_pins_without_their_own()
        {
            var seen = new List<string>();
            Client.OnWrite(1, (pin, value) => seen.Add("own " + pin));
            Client.OnAnyWrite((pin, value) => seen.Add("any " + pin + "=" + value.AsString()));
            Client.OnAnyRead(pin => seen.Add("read " + pin));
            Assert.True(_rig.Connect());

            Server.WriteVirtual(1, "a");
            Server.WriteVirtual(200, "b");
            Server.RequestRead(17);
            _rig.Tick(10);

            Assert.Equal(new[] { "own 1", "any 200=b", "read 17" }, seen);
        }

        [Fact]
        public void A_read_request_is_answered_by_the_handler_in_the_same_step()
        {
            Client.OnRead(7, pin => Client.VirtualWrite(pin, 99));
            Assert.True(_rig.Connect());
            Server.ClearRecords();

            Server.RequestRead(7);
            _rig.Tick(10);

            Assert.Equal("20 vw|7|99", Server.Last("20"));
        }

        [Fact]
        public void Sync_brings_stored_values_back_to_the_handlers()
        {
            var seen = new List<string>();
            Client.OnAnyWrite((pin, value) => seen.Add(pin + "=" + value.AsString()));
            Server.SetPin(5, "77");
            Server.SetPin(6, "on");
            Assert.True(_rig.Connect());

            Client.SyncVirtual(5);
            _rig.Tick(10);
            Client.SyncAll();
            _rig.Tick(10);
            _rig.Tick(10);

            Assert.Equal(new[] { "5=77", "5=77", "6=on" }, seen);
        }

        [Fact]
        public void Bad_pin_messages_are_answered_with_an_error_and_the_link_stays()
        {
            var options = BlynkRig.DefaultOptions();
            options.VirtualPinCount = 10;
            var rig = new BlynkRig(1, options);
            Assert.True(rig.Connect());
            rig.Servers[0].ClearRecords();

            rig.Servers[0].SendRaw(Frame.Build(20, 100, "vw|10|x"));   // pin beyond VirtualPinCount
            rig.Servers[0].SendRaw(Frame.Build(20, 101, "vw|abc|x"));  // not a pin
            rig.Servers[0].SendRaw(Frame.Build(20, 102, "dw|2|1"));    // digital pins are not served
            rig.Servers[0].SendRaw(Frame.Build(20, 103, "vw"));        // no pin at all
            rig.Servers[0].SendRaw(Frame.Build(99, 104, "?"));         // unknown command
            rig.Tick(10);

            var replies = Frame.Parse(rig.Servers[0].ReceivedBytes()).Select(f => f.Command + " " + f.Id + " " + f.Length).ToArray();
            Assert.Equal(new[] { "0 100 11", "0 101 11", "0 102 2", "0 103 11", "0 104 2" }, replies);
            Assert.Equal(5, rig.Client.Counters.RejectedMessages);
            Assert.Equal(BlynkState.Running, rig.Client.State);
        }

        [Fact]
        public void A_handler_that_throws_is_counted_and_the_client_carries_on()
        {
            Client.OnWrite(1, (pin, value) => throw new System.InvalidOperationException("bug"));
            var seen = new List<int>();
            Client.OnWrite(2, (pin, value) => seen.Add(value.AsInt()));
            Assert.True(_rig.Connect());

            Server.WriteVirtual(1, "1");
            Server.WriteVirtual(2, "2");
            _rig.Tick(10);

            Assert.Equal(1, Client.Counters.HandlerFailures);
            Assert.Equal(new[] { 2 }, seen);
            Assert.Equal(BlynkState.Running, Client.State);
        }

        [Fact]
        public void Writes_while_not_logged_in_are_refused_and_counted()
        {
            Assert.False(Client.VirtualWrite(1, 1));
            Assert.False(Client.LogEvent("x"));
            Assert.Equal(2, Client.Counters.DroppedSends);
        }

        [Fact]
        public void A_full_send_buffer_refuses_whole_messages_only()
        {
            var options = BlynkRig.DefaultOptions();
            options.SendBufferBytes = 64;
            var rig = new BlynkRig(1, options);
            Assert.True(rig.Connect());
            MemoryClientStream stream = rig.Network.LastStream;
            rig.Servers[0].ClearRecords();
            stream.SendBlocked = true; // the socket's buffer is full: nothing leaves

            int queued = 0;
            for (int i = 0; i < 20; i++)
            {
                queued += rig.Client.VirtualWrite(1, 123456) ? 1 : 0;
            }

            Assert.Equal(4, queued); // 16-byte frames in a 64-byte buffer
            Assert.Equal(16, rig.Client.Counters.DroppedSends);
            stream.SendBlocked = false;
            Assert.False(rig.Client.VirtualWrite(1, new string('x', 100))); // never fits

            rig.Tick(10);
            var frames = Frame.Parse(rig.Servers[0].ReceivedBytes());
            Assert.Equal(queued, frames.Count);
            Assert.All(frames, f => Assert.Equal("vw|1|123456", f.Body));
        }
    }
}
