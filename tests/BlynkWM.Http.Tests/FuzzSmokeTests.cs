using System.IO;
using BlynkWM.Fuzz;

namespace BlynkWM.Http.Tests
{
    /// <summary>A short run of each fuzz target, so a parser regression fails the suite, not only the benchmark.</summary>
    public sealed class FuzzSmokeTests
    {
        [Theory]
        [InlineData("http")]
        [InlineData("dns")]
        [InlineData("form")]
        [InlineData("blynk")]
        public void Fuzz_target_runs_clean_on_a_small_count(string target)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = FuzzProgram.Run(new[] { "--target", target, "--cases", "20000", "--seed", "4242" }, output, errors);
            Assert.True(exit == 0, errors.ToString());
            Assert.Equal("figure fuzz." + target + ".cases 20000", output.ToString().Trim());
        }

        [Fact]
        public void Http_fuzz_leaves_no_internal_failure_and_every_owed_answer_given()
        {
            // The server swallows its own exceptions per connection, so a parser crash only shows in this counter.
            var fuzzer = new HttpFuzzer(4243);
            Assert.Equal(20000, fuzzer.Run(20000));

            Assert.Equal(0, fuzzer.Server.InternalFailures);
            Assert.Null(fuzzer.Server.LastInternalFailure);
            Assert.Equal(0, fuzzer.Server.PortFailures);
            Assert.Equal(0, fuzzer.Server.HandlerFailures);
            Assert.True(fuzzer.AnswerExpectedCases > 10000, fuzzer.AnswerExpectedCases + " cases checked for an answer");
            Assert.True(fuzzer.Server.ProtocolErrors > 0 && fuzzer.Server.RequestsHandled > 0);
        }

        [Fact]
        public void Fuzz_program_rejects_unknown_arguments()
        {
            Assert.Equal(2, FuzzProgram.Run(new[] { "--target", "smtp" }, new StringWriter(), new StringWriter()));
            Assert.Equal(2, FuzzProgram.Run(new[] { "--bogus" }, new StringWriter(), new StringWriter()));
        }
    }
}
