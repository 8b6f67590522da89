using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>The shipped sample configs are valid: not a single diagnostic, alone or all in one project.</summary>
    public class SampleTests
    {
        public static TheoryData<string> Samples()
        {
            var data = new TheoryData<string>();
            foreach (string file in SampleFiles())
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        private static string[] SampleFiles()
        {
            return Directory.GetFiles(Path.Combine(Harness.RepoRoot(), "samples", "Configs"), "*.cs").OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        }

        [Fact]
        public void There_are_samples_to_check()
        {
            Assert.True(SampleFiles().Length >= 3, "expected the sample configs under samples/Configs");
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public Task Sample_config_produces_no_diagnostic(string fileName)
        {
            return Verifier.AnalyzerAsync(File.ReadAllText(Path.Combine(Harness.RepoRoot(), "samples", "Configs", fileName)));
        }

        [Fact]
        public Task All_samples_in_one_project_produce_no_diagnostic()
        {
            // Includes the compilation-end check BWM0007 across every sample.
            return Verifier.AnalyzerAsync(SampleFiles().Select(File.ReadAllText).ToArray());
        }
    }
}
