using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BlynkWM.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Net80 = Basic.Reference.Assemblies.Net80;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Plain compilations (no markup) for running the analyzer and the generator side by side.</summary>
    internal static class Harness
    {
        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12);

        public static CSharpCompilation Compile(params string[] sources)
        {
            return CSharpCompilation.Create(
                "UserFirmware",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
                Net80.References.All.Concat(new[] { Verifier.Runtime }),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        }

        /// <summary>
        /// <paramref name="sources"/> with what the generators emit for them added, as the compiler sees a user's project: code
        /// calling the generated members (<c>Settings.CreateStore(...)</c>) compiles.
        /// </summary>
        public static CSharpCompilation CompileWithGenerated(params string[] sources)
        {
            CSharpCompilation compilation = Compile(sources);
            CSharpGeneratorDriver.Create(new[] { new StorageGenerator().AsSourceGenerator(), new PortalGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            return (CSharpCompilation)output;
        }

        /// <summary>The storage code the generator emits for <paramref name="source"/>'s config class, and its hint name.</summary>
        public static (string HintName, string Text) GeneratedStorage(string source)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StorageGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGenerators(Compile(source));
            GeneratedSourceResult generated = driver.GetRunResult().Results.Single().GeneratedSources.Single();
            return (generated.HintName, generated.SourceText.ToString());
        }

        /// <summary>The analyzer's diagnostics (compilation-end ones included), with an .editorconfig applied as csc applies it.</summary>
        public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string? editorConfig = null)
        {
            AnalyzerOptions options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            if (editorConfig is not null)
            {
                AnalyzerConfigSet set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(editorConfig, "/src/.editorconfig") });
                var results = compilation.SyntaxTrees.ToDictionary(t => t, t => set.GetOptionsForSourcePath("/src/" + t.FilePath));
                compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptions(results, set.GlobalConfigOptions)));
                options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(results, set.GlobalConfigOptions));
            }

            return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BlynkConfigAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        /// <summary>Hint names of the files the storage generator emits.</summary>
        public static IReadOnlyList<string> Generate(Compilation compilation, out ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StorageGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGenerators(compilation);
            GeneratorDriverRunResult result = driver.GetRunResult();
            generatorDiagnostics = result.Diagnostics;
            return result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        }

        public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
        }

        /// <summary>dotnet_diagnostic.ID.severity, per tree and global, as the command-line compiler reads it.</summary>
        private sealed class TreeOptions : SyntaxTreeOptionsProvider
        {
            private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _results;
            private readonly AnalyzerConfigOptionsResult _global;

            public TreeOptions(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> results, AnalyzerConfigOptionsResult global)
            {
                _results = results;
                _global = global;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return _results.TryGetValue(tree, out AnalyzerConfigOptionsResult result) && result.TreeOptions.TryGetValue(diagnosticId, out severity);
            }

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                return _global.TreeOptions.TryGetValue(diagnosticId, out severity);
            }
        }

        /// <summary>The key/value options (e.g. dotnet_analyzer_diagnostic.category-X.severity) the analyzer driver reads.</summary>
        private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _results;

            public ConfigOptionsProvider(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> results, AnalyzerConfigOptionsResult global)
            {
                _results = results;
                GlobalOptions = new Options(global.AnalyzerOptions);
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
                new Options(_results.TryGetValue(tree, out AnalyzerConfigOptionsResult result) ? result.AnalyzerOptions : ImmutableDictionary<string, string>.Empty);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly ImmutableDictionary<string, string> _values;

                public Options(ImmutableDictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
            }
        }
    }
}
