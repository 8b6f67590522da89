namespace BlynkWM.Runtime.Tests
{
    /// <summary>What every fault campaign must show: it reached enough points, and none of them failed.</summary>
    internal static class CampaignAssert
    {
        public static void Clean(ITestOutputHelper output, string kind, PowerCutReport report, int morePointsThan)
        {
            output.WriteLine(kind + ": " + report);
            Assert.True(report.Points > morePointsThan, "too few points: " + report.Points);
            Assert.True(report.Failures == 0, report.ToString());
        }
    }
}
