using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BlynkWM.Generators;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Tests.Shared
{
    /// <summary>
    /// Compiles source text the way a user's project compiles (against chosen reference assemblies and the BlynkWM runtime)
    /// and runs the generator over it the way the compiler does. Shared by the generator and analyzer tests.
    /// </summary>
    internal static class CompileHarness
    {
        public static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(BlynkConfigAttribute).Assembly.Location);

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12);

        public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, NullableContextOptions nullable, params string[] sources)
        {
            return CSharpCompilation.Create(
                "UserFirmware",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: "Source" + i + ".cs")),
                references.Concat(new[] { RuntimeReference }),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        }

        /// <summary>On .NET 8 reference assemblies, C# 12, nullable enabled.</summary>
        public static CSharpCompilation CompileNet80(params string[] sources) =>
            Compile(Basic.Reference.Assemblies.Net80.References.All, ParseOptions, NullableContextOptions.Enable, sources);

        /// <summary>On netstandard2.0 reference assemblies, C# 12, nullable enabled.</summary>
        public static CSharpCompilation CompileNetStandard20(params string[] sources) =>
            Compile(Basic.Reference.Assemblies.NetStandard20.References.All, ParseOptions, NullableContextOptions.Enable, sources);

        /// <summary>A driver for the generator, tracking its steps, whose generated trees are parsed like the consumer's sources.</summary>
        public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null)
        {
            return CSharpGeneratorDriver.Create(
                new[] { new BlynkConfigGenerator().AsSourceGenerator() },
                parseOptions: parseOptions ?? ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        /// <summary>Runs the generator over <paramref name="input"/>: the compilation with the generated files, the generator's diagnostics, and its run.</summary>
        public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result) Run(Compilation input)
        {
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return (output, diagnostics, driver.GetRunResult());
        }

        /// <summary>
        /// <paramref name="sources"/> on .NET 8 with what the generator emits for them added, as the compiler sees a user's
        /// project: code calling the generated members (<c>Settings.CreateStore(...)</c>) compiles.
        /// </summary>
        public static CSharpCompilation CompileWithGenerated(params string[] sources) => (CSharpCompilation)Run(CompileNet80(sources)).Output;

        /// <summary>The generated storage files (<c>*.Storage.g.cs</c>) of a run.</summary>
        public static GeneratedSourceResult[] StorageSources(GeneratorDriverRunResult result) => Sources(result, ".Storage.g.cs");

        /// <summary>The generated portal files (<c>*.Portal.g.cs</c>) of a run.</summary>
        public static GeneratedSourceResult[] PortalSources(GeneratorDriverRunResult result) => Sources(result, ".Portal.g.cs");

        /// <summary>
        /// <paramref name="compilation"/> with <paramref name="tree"/> edited: <paramref name="from"/> (which must occur)
        /// replaced by <paramref name="to"/>. The tree keeps its options and path, so a generator driver sees an edit of
        /// the file, as in an IDE, not a new one.
        /// </summary>
        public static CSharpCompilation Edit(CSharpCompilation compilation, SyntaxTree tree, string from, string to)
        {
            string text = tree.ToString();
            if (!text.Contains(from, System.StringComparison.Ordinal))
            {
                throw new System.ArgumentException("The tree does not contain \"" + from + "\".", nameof(from));
            }

            return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text.Replace(from, to, System.StringComparison.Ordinal), (CSharpParseOptions)tree.Options, path: tree.FilePath));
        }

        /// <summary>The text of a sample config class in samples/Configs.</summary>
        public static string SampleSource(string fileName) => File.ReadAllText(RepositoryRoot.Combine("samples", "Configs", fileName));

        private static GeneratedSourceResult[] Sources(GeneratorDriverRunResult result, string suffix) =>
            result.Results.SelectMany(r => r.GeneratedSources).Where(s => s.HintName.EndsWith(suffix, System.StringComparison.Ordinal)).ToArray();
    }
}
