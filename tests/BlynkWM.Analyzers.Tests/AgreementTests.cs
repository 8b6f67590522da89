using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// The generator and the analyzer cannot disagree: for every [BlynkConfig] type of a corpus (the documentation's
    /// examples, the samples and some awkward shapes), the generator emits code for it exactly when the analyzer reports
    /// no error on it. BWM0007 is excluded by design: it compares classes, which the per-class generator never does.
    /// </summary>
    public class AgreementTests
    {
        public static TheoryData<string, string[]> Corpus()
        {
            var data = new TheoryData<string, string[]>();
            foreach (DocumentationSection section in DocumentationSection.Load())
            {
                data.Add(section.Id + " wrong", new[] { section.Wrong! });
                data.Add(section.Id + " right", new[] { section.Right! });
            }

            string samples = RepositoryRoot.Combine("samples", "Configs");
            data.Add("samples", Directory.GetFiles(samples, "*.cs").OrderBy(f => f, System.StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

            const string Credentials = """
                [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                """;
            data.Add("partial across files, constant elsewhere", new[]
            {
                "using BlynkWM;\npublic static class K { public const int N = 3; }\n[BlynkConfig(ConfigStorage.Eeprom)] public partial class C {\n" + Credentials + "\n}",
                "using BlynkWM;\npublic partial class C { [DynamicParam(\"n\")] public int N = K.N; }",
            });
            data.Add("partial across files, literals elsewhere", new[]
            {
                "using BlynkWM;\n[BlynkConfig(ConfigStorage.Eeprom)] public partial class C {\n" + Credentials + "\n}",
                "using BlynkWM;\npublic partial class C { [DynamicParam(\"n\", Min = -9, Max = 9)] public int N = -3; [DynamicParam(\"s\", MaxLength = 4)] public string S = \"abcd\"; }",
            });
            data.Add("nested, one container not partial", new[]
            {
                "using BlynkWM;\npublic partial class A { public class B { [BlynkConfig(ConfigStorage.Eeprom)] public partial class C {\n" + Credentials + "\n} } }",
            });
            data.Add("valid and broken side by side", new[] { GoodBesideBad("", "EepromRegionSize = 64") });
            data.Add("static class", new[] { "using BlynkWM;\n[BlynkConfig(ConfigStorage.Eeprom)] public static partial class C { }" });
            data.Add("reserved member names and a valid neighbour", new[] { GoodBesideBad("", "EepromRegionSize = 1024", goodMembers: " public int Writes; ", badMembers: " public int CopyTo; ") });
            data.Add("keyword names, nested in a partial class", new[]
            {
                "using BlynkWM;\nnamespace @event { public partial class @class { [BlynkConfig(ConfigStorage.Eeprom)] public partial class @struct {\n"
                    + "[WifiCredential(\"wifi\")] public WifiCredential? @default;\n[BlynkCredential(\"blynk\")] public BlynkCredential @base = new BlynkCredential();\n"
                    + "[DynamicParam(\"n\", Min = 0, Max = 9)] public int @int; } } }",
            });
            data.Add("cors origins", new[] { GoodBesideBad(", CorsOrigin = \"http://device.local:8080\"", "EepromRegionSize = 1024, CorsOrigin = \"http://device.local/\"") });
            data.Add("warnings only", new[]
            {
                "using BlynkWM;\n[BlynkConfig(ConfigStorage.Eeprom, Path = \"/x\")] public partial class C {\n"
                    + "[WifiCredential(\"wifi\", DefaultPassword = \"pw\")] public WifiCredential Wifi = new WifiCredential();\n"
                    + "[BlynkCredential(\"blynk\", DefaultToken = \"t\")] public BlynkCredential Blynk = new BlynkCredential(); }",
            });
            return data;

            // One file: class Good (EEPROM bytes 0 to 1023, with goodArguments added) and class Bad at 1024 (with badArguments).
            static string GoodBesideBad(string goodArguments, string badArguments, string goodMembers = "", string badMembers = "") =>
                "using BlynkWM;\nnamespace N { [BlynkConfig(ConfigStorage.Eeprom, EepromRegionSize = 1024" + goodArguments + ")] public partial class Good {\n" + Credentials + "\n" + goodMembers + "}\n"
                    + "[BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, " + badArguments + ")] public partial class Bad {\n" + Credentials + "\n" + badMembers + "} }";
        }

        [Theory]
        [MemberData(nameof(Corpus))]
        public async Task Generator_emits_exactly_for_the_classes_the_analyzer_finds_no_error_in(string name, string[] sources)
        {
            Compilation compilation = CompileHarness.CompileNet80(sources);
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation);
            var (_, generatorDiagnostics, run) = CompileHarness.Run(compilation);
            string[] generated = CompileHarness.StorageSources(run).Select(s => s.HintName).ToArray();
            Assert.Empty(generatorDiagnostics);

            List<INamedTypeSymbol> configs = ConfigTypes(compilation);
            Assert.NotEmpty(configs);
            foreach (INamedTypeSymbol type in configs)
            {
                bool hasError = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != "BWM0007" && IsIn(d.Location, type));
                bool emitted = generated.Contains(HintName(type) + ".Storage.g.cs");
                Assert.True(emitted != hasError,
                    name + ": " + type.Name + (emitted ? " was generated but has errors: " : " was not generated and has no error: ")
                    + string.Join("; ", diagnostics.Select(d => d.ToString())));
            }

            Assert.Equal(configs.Count(t => !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != "BWM0007" && IsIn(d.Location, t))), generated.Length);
        }

        private static List<INamedTypeSymbol> ConfigTypes(Compilation compilation)
        {
            var types = new List<INamedTypeSymbol>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (TypeDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
                {
                    if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type
                        && type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "BlynkWM.BlynkConfigAttribute")
                        && !types.Contains(type, SymbolEqualityComparer.Default))
                    {
                        types.Add(type);
                    }
                }
            }

            return types;
        }

        private static bool IsIn(Location location, INamedTypeSymbol type)
        {
            return type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == location.SourceTree && r.Span.Contains(location.SourceSpan)
                // ...and not inside another config type nested in this one.
                && !type.GetTypeMembers().Any(n => IsIn(location, n)));
        }

        /// <summary>Namespaces joined by '.', nested types by '+', names unescaped (as the generator names its files).</summary>
        private static string HintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
            {
                parts.Insert(0, t.Name);
            }

            var namespaces = new List<string>();
            for (INamespaceSymbol? n = type.ContainingNamespace; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
            {
                namespaces.Insert(0, n.Name + ".");
            }

            return string.Concat(namespaces) + string.Join("+", parts);
        }
    }
}
