using System.Linq;

namespace BlynkWM.Blynk.Tests
{
    public sealed class HeartbeatTests
    {
        [Fact]
        public void A_quiet_link_sends_a_ping_after_the_heartbeat_and_stays_up_when_answered()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(1, options);
            Assert.True(rig.Connect());
            rig.Tick(10);
            long loggedIn = rig.Clock.NowMilliseconds;

            Assert.True(rig.RunUntil(() => rig.Servers[0].Pings == 1, 120_000, 100));
            Assert.InRange(rig.Clock.NowMilliseconds - loggedIn, options.HeartbeatSeconds * 1000 - 100, options.HeartbeatSeconds * 1000 + 200);

            rig.RunFor(10 * 60_000, 100);
            Assert.Equal(BlynkState.Running, rig.Client.State);
            Assert.Equal(1, rig.Client.Counters.Logins);
            Assert.InRange(rig.Servers[0].Pings, 14, 16); // one per heartbeat
        }

        [Fact]
        public void Steady_writes_without_input_still_ping_so_the_server_answer_keeps_the_link_alive()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());
            for (int second = 0; second < 300; second++)
            {
                rig.Client.VirtualWrite(1, second);
                rig.RunFor(1000, 100);
            }

            Assert.Equal(BlynkState.Running, rig.Client.State);
            Assert.True(rig.Servers[0].Pings >= 5);
        }

        [Fact]
        public void Nothing_received_for_heartbeat_plus_three_timeouts_is_a_dead_link()
        {
            var options = BlynkRig.DefaultOptions();
            var rig = new BlynkRig(2, options);
            Assert.True(rig.Connect());
            rig.Servers[0].AnswerPings = false; // the server (or the path to it) went silent without closing
            long lastInput = rig.Clock.NowMilliseconds;

            Assert.True(rig.RunUntil(() => rig.Client.LastFailure != BlynkFailure.None, 300_000, 100));

            Assert.Equal(BlynkFailure.HeartbeatTimeout, rig.Client.LastFailure);
            long limit = options.HeartbeatSeconds * 1000L + 3L * options.ResponseTimeoutMs;
            Assert.InRange(rig.Clock.NowMilliseconds - lastInput, limit, limit + 300);
            Assert.True(rig.RunUntil(() => rig.Client.State == BlynkState.Running && rig.Client.CurrentServer == 1, 1000, 10));
        }

        [Fact]
        public void A_ping_from_the_server_is_answered_with_its_id()
        {
            var rig = new BlynkRig(1, BlynkRig.DefaultOptions());
            Assert.True(rig.Connect());
            rig.Servers[0].ClearRecords();

            rig.Servers[0].SendRaw(Frame.Build(6, 4242, ""));
            rig.Tick(10);

            Assert.Equal(new Frame(0, 4242, 200, ""), Frame.Parse(rig.Servers[0].ReceivedBytes()).Single());
        }
    }
}
