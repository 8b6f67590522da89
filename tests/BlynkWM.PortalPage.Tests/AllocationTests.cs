using System;
using System.Text;
using BlynkWM.Host.Net.Memory;
using BlynkWM.TestSupport;
using Xunit;
using Xunit.Abstractions;

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
            byte[] request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: 192.168.4.1\r\n" + (gzip ? "Accept-Encoding: gzip, deflate\r\n" : "")
                + "User-Agent: Mozilla/5.0 (Linux; Android 14)\r\nAccept: text/html\r\n\r\n");

            long perRequest = Measure(h, request, _ => { });

            _output.WriteLine("figure portal.get.alloc_bytes " + perRequest + (gzip ? "" : " (plain)"));
            Assert.True(perRequest <= 512, perRequest + " B per GET");
        }

        [Fact]
        public void Valid_post_allocates_at_most_2_kilobytes()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] same = PostRequest(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: true));

            long perRequest = Measure(h, same, _ => { });

            _output.WriteLine("figure portal.save.alloc_bytes " + perRequest + " (every field resubmitted unchanged)");
            Assert.True(perRequest <= 2048, perRequest + " B per POST");
            Assert.Equal(Warmup + Rounds, h.Portal.SaveCount);
        }

        [Fact]
        public void Valid_post_changing_every_field_allocates_at_most_2_kilobytes()
        {
            var h = new PortalHarness(SampleValues.DeviceA());
            byte[] a = PostRequest(PortalHarness.FormOf(SampleValues.DeviceA(), h.Token, includeSecrets: true));
            byte[] b = PostRequest(PortalHarness.FormOf(SampleValues.DeviceB(), h.Token, includeSecrets: true));

            long perRequest = Measure(h, a, i => { }, b);

            _output.WriteLine("portal.save.alloc_bytes when every value changes: " + perRequest);
            Assert.True(perRequest <= 2048, perRequest + " B per POST");
            Assert.Equal(Warmup + Rounds, h.Portal.SaveCount);
        }

        private static byte[] PostRequest(string body)
        {
            return Encoding.ASCII.GetBytes("POST /save HTTP/1.1\r\nHost: 192.168.4.1\r\nOrigin: http://192.168.4.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.Length + "\r\n\r\n" + body);
        }

        /// <summary>Average bytes allocated per request after a warm-up; <paramref name="alternate"/>, when given, is sent every other time.</summary>
        private static long Measure(PortalHarness h, byte[] request, Action<int> check, byte[]? alternate = null)
        {
            MemoryTcpConnection c = h.Open();
            void Round(int i)
            {
                c.ClientWrite(alternate != null && i % 2 == 1 ? alternate : request);
                h.Server.Poll();
                h.Server.Poll();
                if (c.OutputLength == 0 || c.Output[9] != (byte)'2')
                {
                    throw new InvalidOperationException("request failed: " + Encoding.ASCII.GetString(c.Output));
                }

                c.ClearOutput();
                check(i);
            }

            for (int i = 0; i < Warmup; i++)
            {
                Round(i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Rounds; i++)
            {
                Round(i);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
        }
    }
}
