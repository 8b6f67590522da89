using System.IO;
using BlynkWM.Fuzz;
using Xunit;

namespace BlynkWM.Portal.Tests
{
    /// <summary>A short run of each fuzz target, so a parser regression fails the suite, not only the benchmark.</summary>
    public sealed class FuzzSmokeTests
    {
        [Theory]
        [InlineData("http")]
        [InlineData("dns")]
        [InlineData("form")]
        public void Fuzz_target_runs_clean_on_a_small_count(string target)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = FuzzProgram.Run(new[] { "--target", target, "--cases", "20000", "--seed", "4242" }, output, errors);
            Assert.True(exit == 0, errors.ToString());
            Assert.Equal("figure fuzz." + target + ".cases 20000", output.ToString().Trim());
        }

        [Fact]
        public void Fuzz_program_rejects_unknown_arguments()
        {
            Assert.Equal(2, FuzzProgram.Run(new[] { "--target", "smtp" }, new StringWriter(), new StringWriter()));
            Assert.Equal(2, FuzzProgram.Run(new[] { "--bogus" }, new StringWriter(), new StringWriter()));
        }
    }
}
