using BlynkWM.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace BlynkWM.Runtime.Tests
{
    public class PowerCutTests
    {
        private readonly ITestOutputHelper _output;

        public PowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_cut_at_any_step_of_a_save_leaves_the_old_or_the_new_config(string kind)
        {
            SimulatedStorage storage = System.Array.Find(SimulatedStorage.All, s => s.Name == kind)!;
            PowerCutReport report = PowerCutSimulator.Run(storage, secondCutStride: 97);

            _output.WriteLine(kind + ": " + report.Points + " cut points tried, " + report.Failures + " failures");
            System.Console.WriteLine("power-cut " + kind + ": " + report.Points + " cut points tried, " + report.Failures + " failures");
            Assert.True(report.Points > 400, "too few cut points: " + report.Points);
            Assert.True(report.Failures == 0, string.Join("\n", report.FailureDescriptions));
        }
    }
}
