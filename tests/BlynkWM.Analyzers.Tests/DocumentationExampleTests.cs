using System.Collections.Immutable;
using System.Linq;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// docs/diagnostics.md stays true: each Wrong example raises its id, each Right example raises nothing. Both compile with
    /// the generated code, as in a user's project, so an example may call the members the generator adds.
    /// </summary>
    public class DocumentationExampleTests
    {
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (DocumentationSection section in DocumentationSection.Load())
            {
                data.Add(section.Id);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public async Task Wrong_example_raises_its_id_and_compiles_otherwise(string id)
        {
            var (reported, errors) = await AnalyzeAsync(Section(id).Wrong!);

            Assert.Contains(reported, d => d.Id == id);
            Assert.Empty(errors);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public async Task Right_example_raises_nothing(string id)
        {
            var (reported, errors) = await AnalyzeAsync(Section(id).Right!);

            Assert.Empty(reported.Select(d => d.ToString()));
            Assert.Empty(errors.Select(d => d.ToString()));
        }

        private static DocumentationSection Section(string id) => DocumentationSection.Load().Single(s => s.Id == id);

        /// <summary>What the analyzers report on an example compiled with the generated code, and the compiler's errors.</summary>
        private static async Task<(ImmutableArray<Diagnostic> Reported, Diagnostic[] Errors)> AnalyzeAsync(string example)
        {
            Compilation compilation = CompileHarness.CompileWithGenerated(example);
            ImmutableArray<Diagnostic> reported = await AnalyzerRunner.AnalyzeAsync(compilation);
            return (reported, compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray());
        }
    }
}
