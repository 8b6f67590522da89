using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Net80 = Basic.Reference.Assemblies.Net80;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Half-typed code never makes the analyzer throw, and without the runtime it does nothing at all.</summary>
    public class RobustnessTests
    {
        private const string Credentials = """[WifiCredential("w")] public WifiCredential W = new WifiCredential(); [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();""";

        [Theory]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { " + Credentials + " [DynamicParam(\"d\", MaxLength = ] public string D = \"")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredentia W; [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("[BlynkConfig(\"eeprom\")] public partial class C { " + Credentials + " }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom, EepromRegionSize = )] public partial class C { " + Credentials + " }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { " + Credentials + " [DynamicParam(null)] public int N; [DynamicParam] public int M; }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { " + Credentials + " [DynamicParam(\"x\")] public int N = \"text\"; }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] partial class C : C { " + Credentials + " }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial class")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public partial struct S { }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)][BlynkConfig(ConfigStorage.Spiffs)] public partial class C { " + Credentials + " }")]
        public async Task Broken_code_never_makes_the_analyzer_throw(string body)
        {
            var exceptions = new ConcurrentBag<Exception>();
            Compilation compilation = CompileHarness.CompileNet80("using BlynkWM;\n" + body);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BlynkConfigAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Empty(exceptions.Select(e => e.ToString()));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        [Fact]
        public async Task Without_the_runtime_the_analyzer_stays_silent()
        {
            Compilation compilation = CSharpCompilation.Create(
                "NoRuntime",
                new[] { CSharpSyntaxTree.ParseText("[BlynkConfig(ConfigStorage.Eeprom)] public class C { [DynamicParam(\"x y\")] public double D; }") },
                Net80.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            Assert.Empty(await AnalyzerRunner.AnalyzeAsync(compilation));
            Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)); // CS0246: really no runtime
        }
    }
}
