using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Every C# block of README.md compiles, together and with the generated code, as the console project a user makes
    /// (.NET 10, nullable enabled) with the package's runtime and host port: no error, no warning, no BlynkWM diagnostic.
    /// The integration tests run the same blocks from the packed package; the surface tests compile the device ones for
    /// nanoFramework.
    /// </summary>
    public class ReadmeExampleTests
    {
        private static IReadOnlyList<ReadmeSnippet> Snippets => ReadmeSnippet.Load(RepositoryRoot.Path);

        [Fact]
        public void Every_block_names_a_file_of_its_own_and_the_program_is_among_them()
        {
            string[] files = Snippets.Select(s => s.FileName).ToArray();

            Assert.Equal(files.Distinct(StringComparer.OrdinalIgnoreCase).Count(), files.Length);
            Assert.Contains("DeviceConfig.cs", files);
            Assert.Contains("Program.cs", files);
            Assert.True(Snippets.Count(s => s.RunsOnDevice) >= 3, "the config, the device code and the portal loop run on the device");
        }

        [Fact]
        public async Task The_blocks_compile_as_a_console_program_with_nothing_reported()
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "ReadmeProgram",
                Snippets.Select(s => CSharpSyntaxTree.ParseText(s.Code, CompileHarness.ParseOptions, path: s.FileName)),
                FrameworkReferences().Concat(new[]
                {
                    CompileHarness.RuntimeReference,
                    MetadataReference.CreateFromFile(typeof(BlynkWM.Host.Storage.ImageFileByteStore).Assembly.Location),
                }),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var (output, generatorDiagnostics, _) = CompileHarness.Run(compilation);

            Assert.Empty(generatorDiagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            Assert.Empty((await AnalyzerRunner.AnalyzeAsync(output)).Select(d => d.ToString()));
        }

        /// <summary>The assemblies of the shared framework this test runs on (.NET 10), as a console project references them.</summary>
        private static IEnumerable<MetadataReference> FrameworkReferences()
        {
            string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        }
    }
}
