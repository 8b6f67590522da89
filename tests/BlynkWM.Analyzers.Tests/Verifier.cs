using System;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Net80 = Basic.Reference.Assemblies.Net80;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Analyzer and code fix tests on net8.0 reference assemblies from Basic.Reference.Assemblies (no reference pack is
    /// downloaded) plus the BlynkWM runtime, the way a user's project compiles.
    /// </summary>
    internal static class Verifier
    {
        /// <summary>A target framework with no package to resolve: every reference comes from <see cref="Configure"/>.</summary>
        private static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies NoPackages = new("net8.0");

        public static DiagnosticResult Diagnostic(string id)
        {
            DiagnosticDescriptor descriptor = new BlynkConfigAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
            return new DiagnosticResult(descriptor);
        }

        public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync(new[] { source }, expected);

        public static async Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest();
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        public static Task CodeFixAsync<TCodeFix>(string source, DiagnosticResult[] expected, string fixedSource, Action<CodeFixTest<TCodeFix>>? configure = null)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.AddRange(expected);
            configure?.Invoke(test);
            return test.RunAsync(CancellationToken.None);
        }

        internal static void Configure(ProjectState state)
        {
            state.ReferenceAssemblies = NoPackages;
            state.AdditionalReferences.AddRange(Net80.References.All);
            state.AdditionalReferences.Add(CompileHarness.RuntimeReference);
        }

        internal sealed class AnalyzerTest : CSharpAnalyzerTest<BlynkConfigAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest()
            {
                Configure(TestState);
            }
        }

        internal sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<BlynkConfigAnalyzer, TCodeFix, DefaultVerifier>
            where TCodeFix : CodeFixProvider, new()
        {
            public CodeFixTest()
            {
                Configure(TestState);
            }
        }
    }
}
