using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Runs the analyzer over a plain compilation (no markup), with .editorconfig options applied as csc applies them.</summary>
    internal static class AnalyzerRunner
    {
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
