using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Surface.Tests
{
    /// <summary>
    /// Compiles C# with Roslyn against ONLY the declaration-only nanoFramework surface assemblies that the
    /// build copied next to this test assembly (nano-surface/), the way runtime/BlynkWM.Runtime.Nano does.
    /// </summary>
    internal static class NanoCompiler
    {
        public static readonly string[] SurfaceAssemblyNames =
        {
            "mscorlib",
            "nanoFramework.System.Text",
            "nanoFramework.System.Collections",
            "System.Math",
        };

        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new Lazy<ImmutableArray<MetadataReference>>(() =>
            SurfaceAssemblyNames.Select(n => (MetadataReference)MetadataReference.CreateFromFile(SurfaceAssemblyPath(n))).ToImmutableArray());

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "NANOFRAMEWORK" });

        public static string SurfaceDirectory => Path.Combine(AppContext.BaseDirectory, "nano-surface");

        public static string SurfaceAssemblyPath(string assemblyName)
        {
            string path = Path.Combine(SurfaceDirectory, assemblyName + ".dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"Surface assembly {assemblyName}.dll was not copied next to the tests ({path}); build tests/BlynkWM.Surface.Tests, whose ProjectReferences build runtime/NanoFramework.Surface.",
                    path);
            }

            return path;
        }

        public static ImmutableArray<MetadataReference> SurfaceReferences => s_references.Value;

        /// <summary>
        /// Compiles <paramref name="trees"/> like BlynkWM.Runtime.Nano: nullable enabled and, unless told
        /// otherwise, warnings as errors (the repository's TreatWarningsAsErrors).
        /// </summary>
        public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool warningsAsErrors = true)
        {
            var options = new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default)
                // Assembly-unification notes the SDK also suppresses (/nowarn:1701,1702).
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

            return CSharpCompilation.Create(assemblyName, trees, SurfaceReferences, options);
        }

        public static CSharpCompilation CompileSource(string source, bool warningsAsErrors = true)
            => Compile("Snippet", new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Snippet.cs") }, warningsAsErrors);

        /// <summary>Errors of the compilation plus those emitting it reports (missing members the compiler synthesizes calls to).</summary>
        public static ImmutableArray<Diagnostic> ErrorsIncludingEmit(CSharpCompilation compilation)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            if (!errors.IsEmpty)
            {
                return errors;
            }

            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        }

        public static string Describe(IEnumerable<Diagnostic> diagnostics)
        {
            string root = RepoRoot;
            return string.Join(Environment.NewLine, diagnostics.Select(d =>
            {
                var span = d.Location.GetMappedLineSpan();
                string file = span.Path ?? "";
                if (file.StartsWith(root, StringComparison.Ordinal))
                {
                    file = file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, '/');
                }

                return $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}";
            }));
        }

        private static readonly Lazy<string> s_repoRoot = new Lazy<string>(() =>
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "runtime", "BlynkWM.Runtime"))
                    && File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Could not find the repository root (a folder with runtime/BlynkWM.Runtime) above " + AppContext.BaseDirectory);
        });

        public static string RepoRoot => s_repoRoot.Value;

        /// <summary>All .cs files under <paramref name="relativeDirectory"/> of the repository, bin/ and obj/ excluded.</summary>
        public static IReadOnlyList<SyntaxTree> ParseRepoSources(string relativeDirectory)
        {
            string dir = Path.Combine(RepoRoot, relativeDirectory);
            if (!Directory.Exists(dir))
            {
                return Array.Empty<SyntaxTree>();
            }

            return Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsUnder(f, dir, "bin") && !IsUnder(f, dir, "obj"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, path: f))
                .ToList();
        }

        private static bool IsUnder(string file, string root, string folder)
        {
            string relative = Path.GetRelativePath(root, file);
            return relative.Split(Path.DirectorySeparatorChar, '/').Contains(folder, StringComparer.Ordinal);
        }

        /// <summary>The source generators in BlynkWM.Generators.dll (copied by the build into generator/).</summary>
        public static ImmutableArray<ISourceGenerator> LoadGenerators()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "generator", "BlynkWM.Generators.dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("BlynkWM.Generators.dll was not copied next to the tests: " + path, path);
            }

            var assembly = Assembly.LoadFrom(path);
            var generators = ImmutableArray.CreateBuilder<ISourceGenerator>();
            foreach (var type in assembly.GetTypes())
            {
                if (type.IsAbstract || type.GetCustomAttributes(typeof(GeneratorAttribute), inherit: false).Length == 0)
                {
                    continue;
                }

                object instance = Activator.CreateInstance(type)!;
                if (instance is IIncrementalGenerator incremental)
                {
                    generators.Add(incremental.AsSourceGenerator());
                }
                else if (instance is ISourceGenerator classic)
                {
                    generators.Add(classic);
                }
            }

            return generators.ToImmutable();
        }

        private static string FirstLine(SyntaxNode? node)
        {
            string text = node?.WithoutTrivia().ToString() ?? "";
            int newline = text.IndexOf('\n');
            return (newline < 0 ? text : text.Substring(0, newline)).Trim();
        }

        /// <summary>
        /// Constructs that compile against the surface but that the stable nanoCLR cannot run: declarations
        /// of generic types/methods and multi-dimensional arrays (the compiler needs no library type for them).
        /// </summary>
        public static IEnumerable<string> FindUnsupportedConstructs(IEnumerable<SyntaxTree> trees)
        {
            string root = RepoRoot;
            foreach (var tree in trees)
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    string? what = node switch
                    {
                        TypeParameterListSyntax => "generic declaration (nanoFramework's stable runtime has no generics)",
                        ArrayRankSpecifierSyntax rank when rank.Rank > 1 => "multi-dimensional array (not supported by nanoFramework)",
                        _ => null,
                    };
                    if (what == null)
                    {
                        continue;
                    }

                    var span = node.GetLocation().GetLineSpan();
                    string file = span.Path ?? "";
                    if (file.StartsWith(root, StringComparison.Ordinal))
                    {
                        file = file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, '/');
                    }

                    yield return $"{file}({span.StartLinePosition.Line + 1}): {what}: {FirstLine(node.Parent)}";
                }
            }
        }
    }
}
