using System;

namespace BlynkWM.Blynk.Tests
{
    public sealed class FramingTests
    {
        [Fact]
        public void Message_id_0_closes_the_connection_cleanly_and_is_counted()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            int disconnected = 0;
            rig.Client.Disconnected += _ => disconnected++;
            Assert.True(rig.Connect());

            rig.Servers[0].SendRaw(Frame.Build(20, 0, "vw|1|1"));
            rig.Tick(10);

            Assert.Equal(1, rig.Client.Counters.MalformedFrames);
            Assert.Equal(BlynkFailure.MalformedFrame, rig.Client.LastFailure);
            Assert.Equal(1, disconnected);
            Assert.False(rig.Servers[0].HasSession);
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running, 10_000, 10));
        }

        [Fact]
        public void Replies_owed_before_a_bad_frame_still_leave_before_the_close()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());
            rig.Servers[0].ClearRecords();

            rig.Servers[0].SendRaw(Concat(Frame.Build(6, 77, ""), Frame.Build(20, 0, "vw|1|1")));
            rig.Tick(10);

            Assert.Equal(new Frame(0, 77, 200, ""), Frame.Parse(rig.Servers[0].ReceivedBytes())[0]);
            Assert.Equal(1, rig.Client.Counters.MalformedFrames);
        }

        [Fact]
        public void A_body_over_the_limit_closes_the_connection_before_it_arrives()
        {
            var options = BlynkRig.DefaultOptions();
            options.MaxIncomingBody = 100;
            var rig = new BlynkRig(1, options);
            var seen = new List<int>();
            rig.Client.OnAnyWrite((pin, value) => seen.Add(pin));
            Assert.True(rig.Connect());

            rig.Servers[0].SendRaw(Frame.Build(20, 5, "vw|1|" + new string('x', 95))); // exactly 100: fine
            rig.Servers[0].SendRaw(Frame.Header(20, 6, 101));                          // header only: enough to refuse
            rig.Tick(10);

            Assert.Equal(new[] { 1 }, seen);
            Assert.Equal(1, rig.Client.Counters.OversizedFrames);
            Assert.Equal(BlynkFailure.OversizedFrame, rig.Client.LastFailure);
            Assert.Contains("101-byte body", rig.Client.LastFailureDetail);
        }

        [Fact]
        public void Frames_split_at_every_byte_arrive_whole()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            var seen = new List<string>();
            rig.Client.OnAnyWrite((pin, value) => seen.Add(pin + "=" + value.AsString()));
            Assert.True(rig.Connect());

            byte[] bytes = Frame.Build(20, 9, "vw|12|split across steps");
            foreach (byte b in bytes)
            {
                rig.Servers[0].SendRaw(new[] { b });
                rig.Tick(1);
            }

            Assert.Equal(new[] { "12=split across steps" }, seen);
        }

        [Fact]
        public void Random_garbage_never_escapes_as_an_exception()
        {
            var random = new Random(7);
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            rig.Client.OnAnyWrite((pin, value) => value.AsString());
            Assert.True(rig.Connect());
            for (int i = 0; i < 2000; i++)
            {
                if (!rig.Servers[0].LoggedIn)
                {
                    Assert.True(rig.RunUntil(() => rig.Servers[0].LoggedIn && rig.Client.State == BlynkState.Running, 600_000, 100));
                }

                var junk = new byte[random.Next(1, 40)];
                random.NextBytes(junk);
                rig.Servers[0].SendRaw(junk);
                rig.Tick(10);
            }

            int closed = rig.Client.Counters.MalformedFrames + rig.Client.Counters.OversizedFrames;
            Assert.True(closed > 0);
            Assert.Equal(0, rig.Client.Counters.HandlerFailures);
        }

        [Fact]
        public void The_reader_cuts_frames_exactly_through_a_buffer_smaller_than_the_stream()
        {
            var reader = new BlynkFrameReader(8); // 13 bytes of buffer for 21 bytes of frames
            byte[] data = Concat(Frame.Build(20, 1, "vw|1|2"), Frame.Header(0, 3, 200), Frame.Build(6, 2, ""));
            var frames = new List<string>();
            int pushed = 0;
            while (pushed < data.Length)
            {
                pushed += reader.Push(data, pushed, Math.Min(4, data.Length - pushed));
                while (reader.Next() == BlynkFrameStatus.Frame)
                {
                    frames.Add(reader.Command + "/" + reader.MessageId + "/" + reader.Status + "/" + reader.BodyLength);
                }
            }

            Assert.Equal(new[] { "20/1/0/6", "0/3/200/0", "6/2/0/0" }, frames);
        }

        [Fact]
        public void The_reader_stays_refusing_after_a_bad_header_until_reset()
        {
            var reader = new BlynkFrameReader(8);
            reader.Push(Frame.Header(20, 4, 9), 0, 5);
            Assert.Equal(BlynkFrameStatus.Oversized, reader.Next());
            reader.Push(Frame.Build(6, 5, ""), 0, 5);
            Assert.Equal(BlynkFrameStatus.Oversized, reader.Next());

            reader.Reset();
            reader.Push(Frame.Header(20, 0, 1), 0, 5);
            Assert.Equal(BlynkFrameStatus.Malformed, reader.Next());
        }

        private static byte[] Concat(params byte[][] parts)
        {
            var all = new List<byte>();
            foreach (byte[] part in parts)
            {
                all.AddRange(part);
            }

            return all.ToArray();
        }
    }
}
