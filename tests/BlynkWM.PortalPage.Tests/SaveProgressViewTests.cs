using System.Linq;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>The live view of a tested save: one line per step, each pending, running, done or failed, from /status.</summary>
    public sealed class SaveProgressViewTests
    {
        private static string Render(SaveStatus status)
        {
            var w = new HtmlWriter(256);
            SaveProgressView.Write(w, status);
            return Encoding.UTF8.GetString(w.Buffer, 0, w.Length);
        }

        private static string[] Lines(string html) =>
            Regex.Matches(html, "<li( class=(?<c>[a-z]+))?( aria-current=step)?>(?<t>.*?)</li>").Select(m => (m.Groups["c"].Value + ":" + m.Groups["t"].Value)).ToArray();

        [Fact]
        public void While_joining_the_network_is_running_and_the_rest_pending()
        {
            var s = new SaveStatus { Phase = SavePhase.Testing, Step = SaveStep.Wifi, Ssid = "Home <Net>" };

            string html = Render(s);

            Assert.Equal(new[] { "r:Joining Home &lt;Net&gt;…", ":Get an address", ":Log in to the Blynk server", ":Save" }, Lines(html));
            Assert.Contains("data-k=\"testing/wifi\"", html);
            Assert.Contains("<li class=r aria-current=step>", html);
        }

        [Fact]
        public void Logging_in_marks_the_network_and_the_address_done()
        {
            var s = new SaveStatus { Phase = SavePhase.Testing, Step = SaveStep.Blynk, Ssid = "HomeNet", Server = "blynk.cloud:80" };

            Assert.Equal(new[] { "d:Joined HomeNet", "d:Got an address", "r:Logging in to blynk.cloud:80…", ":Save" }, Lines(Render(s)));
        }

        [Fact]
        public void A_committed_test_is_done_on_every_line()
        {
            var s = new SaveStatus { Phase = SavePhase.Committed, Step = SaveStep.Done, Ssid = "HomeNet", Server = "blynk.cloud:80" };

            Assert.Equal(new[] { "d:Joined HomeNet", "d:Got an address", "d:Logged in to blynk.cloud:80", "d:Saved" }, Lines(Render(s)));
        }

        [Theory]
        [InlineData(SaveStatus.WrongPassword, 0)]
        [InlineData(SaveStatus.NetworkNotFound, 0)]
        [InlineData(SaveStatus.WifiTimeout, 0)]
        [InlineData(SaveStatus.NoIp, 1)]
        [InlineData(SaveStatus.ServerUnreachable, 2)]
        [InlineData(SaveStatus.InvalidToken, 2)]
        [InlineData(SaveStatus.Tls, 2)]
        [InlineData(SaveStatus.BlynkTimeout, 2)]
        [InlineData(SaveStatus.StoreFailed, 3)]
        public void A_failure_is_shown_at_its_step_with_the_steps_before_done(string failure, int failedLine)
        {
            var s = new SaveStatus { Ssid = "HomeNet", Server = "blynk.cloud:80" };
            s.Fail(failure, "why, and what to do");

            string[] lines = Lines(Render(s));

            Assert.Equal(4, lines.Length); // wifi, address, blynk, save
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.StartsWith(i < failedLine ? "d:" : i == failedLine ? "f:" : ":", lines[i]);
            }
        }

        [Fact]
        public void Nothing_is_shown_without_a_test()
        {
            Assert.Equal("", Render(new SaveStatus()));
            Assert.Equal("", Render(new SaveStatus { Phase = SavePhase.Committed, Step = SaveStep.Done })); // saved anyway: nothing was tested
        }
    }
}
