using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Tests
{
    /// <summary>Runs the generators over source text the way the compiler does, against chosen reference sets.</summary>
    internal static class GeneratorHarness
    {
        public static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(BlynkWM.BlynkConfigAttribute).Assembly.Location);

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12);

        public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, params string[] sources)
        {
            return Compile(references, ParseOptions, NullableContextOptions.Enable, sources);
        }

        public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, NullableContextOptions nullable, params string[] sources)
        {
            return CSharpCompilation.Create(
                "UserFirmware",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: "Source" + i + ".cs")),
                references.Concat(new[] { RuntimeReference }),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        }

        public static CSharpCompilation CompileNet80(params string[] sources) => Compile(Net80.References.All, sources);

        public static CSharpCompilation CompileNetStandard20(params string[] sources) => Compile(NetStandard20.References.All, sources);

        public static GeneratorDriver CreateDriver(params IIncrementalGenerator[] generators)
        {
            return CreateDriver(ParseOptions, generators);
        }

        /// <summary>A driver whose generated trees are parsed like the consumer's sources (language version included).</summary>
        public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, params IIncrementalGenerator[] generators)
        {
            return CSharpGeneratorDriver.Create(
                generators.Select(GeneratorExtensions.AsSourceGenerator),
                parseOptions: parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result) Run(Compilation input, params IIncrementalGenerator[] generators)
        {
            GeneratorDriver driver = CreateDriver(generators).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return (output, diagnostics, driver.GetRunResult());
        }

        public static string SampleSource(string fileName)
        {
            return File.ReadAllText(Path.Combine(RepoRoot(), "samples", "Configs", fileName));
        }

        public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
        }
    }
}
