using System;
using BlynkWM.Host.Net.Memory;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>
    /// Heap bytes per request on the host, through the real server on one keep-alive in-memory connection:
    /// targets 512 B per GET / and 2 KB per valid POST /save. Measured on this thread only (the server runs here).
    /// </summary>
    public sealed class AllocationTests
    {
        private const int Warmup = 200;
        private const int Rounds = 2000;

        private readonly ITestOutputHelper _output;

        public AllocationTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Get_page_allocates_at_most_512_bytes(bool gzip)
        {
            var h = new PortalHarness(SampleValues.DeviceA());

            long perRequest = h.AllocatedBytesPerRequest(PortalHarness.GetRequest(gzip), rounds: Rounds, warmup: Warmup);

            _output.WriteLine("GET / " + (gzip ? "gzip" : "plain") + ": " + perRequest + " B per request");
            Assert.True(perRequest <= 512, perRequest + " B per GET");
        }

        [Fact]
        public void Valid_post_allocates_at_most_2_kilobytes()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] same = PortalHarness.PostRequest(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: true));

            long perRequest = h.AllocatedBytesPerRequest(same, rounds: Rounds, warmup: Warmup);

            _output.WriteLine("POST /save, every field resubmitted unchanged: " + perRequest + " B per request");
            Assert.True(perRequest <= 2048, perRequest + " B per POST");
            // Nothing changed: nothing was written, every time.
            Assert.Equal(0, h.Portal.SaveCount);
            Assert.Equal(Warmup + Rounds, h.Portal.UnchangedCount);
        }

        [Fact]
        public void Valid_post_changing_every_field_allocates_at_most_2_kilobytes()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] a = PortalHarness.PostRequest(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: true));
            byte[] b = PortalHarness.PostRequest(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: true));

            long perRequest = h.AllocatedBytesPerRequest(a, b, rounds: Rounds, warmup: Warmup);

            _output.WriteLine("POST /save when every value changes: " + perRequest + " B per request");
            Assert.True(perRequest <= 2048, perRequest + " B per POST");
            // The very first post repeats what is stored (DeviceA): that one writes nothing.
            Assert.Equal(Warmup + Rounds - 1, h.Portal.SaveCount);
            Assert.Equal(1, h.Portal.UnchangedCount);
        }
    }
}
