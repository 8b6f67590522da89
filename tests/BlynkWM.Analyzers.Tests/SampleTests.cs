using System.Collections.Immutable;
using System.IO;
using System.Linq;

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
            return Directory.GetFiles(RepositoryRoot.Combine("samples", "Configs"), "*.cs").OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
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
            return Verifier.AnalyzerAsync(File.ReadAllText(RepositoryRoot.Combine("samples", "Configs", fileName)));
        }

        [Fact]
        public Task All_samples_in_one_project_produce_no_diagnostic()
        {
            // Includes the compilation-end check BWM0007 across every sample.
            return Verifier.AnalyzerAsync(SampleFiles().Select(File.ReadAllText).ToArray());
        }

        [Fact]
        public async Task Generated_members_are_not_taken_for_the_users_in_a_real_build()
        {
            // In a build the analyzers see the generated Write, CopyTo, StorageLayout, PortalForm... beside the user's
            // members; the generator, running before its output exists, does not. Neither may report BWM0026 for them.
            Compilation input = CompileHarness.CompileNet80(SampleFiles().Select(File.ReadAllText).ToArray());
            var (output, generatorDiagnostics, _) = CompileHarness.Run(input);
            Assert.Empty(generatorDiagnostics);
            Assert.True(output.SyntaxTrees.Count() > input.SyntaxTrees.Count());
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

            Assert.Empty((await AnalyzerRunner.AnalyzeAsync(output)).Select(d => d.ToString()));
        }

        [Fact]
        public async Task Generated_members_do_not_hide_a_class_from_the_cross_class_check_in_a_real_build()
        {
            // Were the generated members taken for the user's, the parser would find BWM0026 "errors" in every class
            // (reported nowhere: they lie in generated code), return no model, and BWM0007 would go silent in builds.
            string wrong = DocumentationSection.Load().Single(s => s.Id == "BWM0007").Wrong!;
            Compilation input = CompileHarness.CompileNet80(wrong);
            Compilation output = CompileHarness.Run(input).Output;
            Assert.True(output.SyntaxTrees.Count() > input.SyntaxTrees.Count());

            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(output);
            Assert.Equal(2, diagnostics.Count(d => d.Id == "BWM0007"));
            Assert.DoesNotContain(diagnostics, d => d.Id == "BWM0026");
        }
    }
}
