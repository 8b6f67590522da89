using System.IO;
using BlynkWM.Fuzz;

namespace BlynkWM.Dhcp.Tests
{
    /// <summary>A short run of the DHCP fuzz target, so a regression in the server fails the suite, not only the benchmark.</summary>
    public sealed class DhcpFuzzSmokeTests
    {
        [Fact]
        public void Dhcp_fuzz_runs_clean_on_a_small_count()
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = FuzzProgram.Run(new[] { "--target", "dhcp", "--cases", "20000", "--seed", "4242" }, output, errors);
            Assert.True(exit == 0, errors.ToString());
            Assert.Equal("figure fuzz.dhcp.cases 20000", output.ToString().Trim());
        }
    }
}
