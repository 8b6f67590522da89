using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BlynkWM.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

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
            DocumentationSection section = DocumentationSection.Load().Single(s => s.Id == id);
            Compilation compilation = CompileHarness.CompileWithGenerated(section.Wrong!);

            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation);

            Assert.Contains(diagnostics, d => d.Id == id);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public async Task Right_example_raises_nothing(string id)
        {
            DocumentationSection section = DocumentationSection.Load().Single(s => s.Id == id);
            Compilation compilation = CompileHarness.CompileWithGenerated(section.Right!);

            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation);

            Assert.Empty(diagnostics.Select(d => d.ToString()));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        }
    }
}
