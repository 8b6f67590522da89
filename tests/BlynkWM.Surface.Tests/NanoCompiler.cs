using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;

namespace BlynkWM.Surface.Tests
{
    /// <summary>
    /// Compiles C# with Roslyn the way a nanoFramework project is compiled (runtime/NanoFramework.Surface/
    /// NanoFramework.Device.props): against ONLY nanoFramework's real mscorlib and the surfaces of the other libraries
    /// (copied by the build into nano-ref/), at C# 9, nullable off, NANOFRAMEWORK_1_0 defined.
    /// </summary>
    internal static class NanoCompiler
    {
        public static readonly string[] ReferenceAssemblyNames =
        {
            "mscorlib",
            "nanoFramework.System.Text",
            "nanoFramework.System.Collections",
            "System.Math",
            "nanoFramework.System.IO.Hashing",
        };

        /// <summary>The libraries the ESP32 adapters use beyond those above (copied into nano-ref/ as well).</summary>
        public static readonly string[] Esp32ReferenceAssemblyNames =
        {
            "System.Net",
            "System.Device.Wifi",
            "System.IO.FileSystem",
            "System.IO.Streams",
            "nanoFramework.Runtime.Native",
            "nanoFramework.Hardware.Esp32",
        };

        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new Lazy<ImmutableArray<MetadataReference>>(() =>
            ReferenceAssemblyNames.Select(n => (MetadataReference)MetadataReference.CreateFromFile(ReferencePath(n))).ToImmutableArray());

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });

        public static string ReferenceDirectory => Path.Combine(AppContext.BaseDirectory, "nano-ref");

        public static string ReferencePath(string assemblyName)
        {
            string path = Path.Combine(ReferenceDirectory, assemblyName + ".dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{assemblyName}.dll was not copied next to the tests ({path}); build tests/BlynkWM.Surface.Tests, which copies nanoFramework's mscorlib and the surfaces.",
                    path);
            }

            return path;
        }

        public static IEnumerable<string> ReferencePaths => ReferenceAssemblyNames.Select(ReferencePath);

        public static ImmutableArray<MetadataReference> References => s_references.Value;

        /// <summary>
        /// Compiles <paramref name="trees"/> like BlynkWM.Runtime.Nano: nullable off and, unless told otherwise,
        /// warnings as errors (the repository's TreatWarningsAsErrors).
        /// </summary>
        public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool warningsAsErrors = true)
            => Compile(assemblyName, trees, References, warningsAsErrors);

        /// <summary>The same, against <paramref name="references"/> instead of mscorlib and the core's surfaces.</summary>
        public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references, bool warningsAsErrors = true)
        {
            var options = new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable,
                    allowUnsafe: true,
                    generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default)
                // Assembly-unification notes the SDK also suppresses (/nowarn:1701,1702).
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

            return CSharpCompilation.Create(assemblyName, trees, references, options);
        }

        public static CSharpCompilation CompileSource(string source, bool warningsAsErrors = true)
            => Compile("Snippet", new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Snippet.cs", encoding: System.Text.Encoding.UTF8) }, warningsAsErrors);

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

        public static string RepoRoot => BlynkWM.Tests.Shared.RepositoryRoot.Path;

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
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, path: f, encoding: System.Text.Encoding.UTF8))
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

        /// <summary>
        /// Emits <paramref name="compilation"/> with a portable PDB into a fresh folder and runs the IL check on it
        /// against the same references; the findings' documents are the trees' paths.
        /// </summary>
        /// <param name="checkAgainst">Compilations to check against in place of those it references (written beside it).</param>
        public static List<BlynkWM.ILCheck.Finding> ILCheck(CSharpCompilation compilation, params CSharpCompilation[] checkAgainst)
            => ILCheck(compilation, ReferencePaths, checkAgainst);

        /// <summary>The same, against the files <paramref name="referencePaths"/> instead of mscorlib and the core's surfaces.</summary>
        public static List<BlynkWM.ILCheck.Finding> ILCheck(CSharpCompilation compilation, IEnumerable<string> referencePaths, params CSharpCompilation[] checkAgainst)
        {
            string dir = Path.Combine(Path.GetTempPath(), "blynkwm-ilcheck-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string dll = Path.Combine(dir, compilation.AssemblyName + ".dll");
                using (var pe = File.Create(dll))
                using (var pdb = File.Create(Path.ChangeExtension(dll, ".pdb")))
                {
                    // Sources embedded, as snippets exist on no disk: the check finds declaration lines in them.
                    var embedded = compilation.SyntaxTrees.Select(t => Microsoft.CodeAnalysis.EmbeddedText.FromSource(t.FilePath, t.GetText()));
                    var result = compilation.Emit(
                        pe,
                        pdb,
                        embeddedTexts: embedded,
                        options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
                    if (!result.Success)
                    {
                        throw new InvalidOperationException("emit failed:\n" + Describe(result.Diagnostics));
                    }
                }

                var references = new List<string>(referencePaths);
                foreach (CSharpCompilation other in checkAgainst)
                {
                    string path = Path.Combine(dir, "ref-" + other.AssemblyName + ".dll");
                    using (var stream = File.Create(path))
                    {
                        other.Emit(stream);
                    }

                    references.Add(path);
                }

                return BlynkWM.ILCheck.Checker.Check(dll, references);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
