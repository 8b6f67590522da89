using System.Linq;

namespace BlynkWM.Surface.Tests
{
    /// <summary>The surface must reject what nanoFramework lacks, with the compiler's own error.</summary>
    public class SurfaceBitesTests
    {
        [Theory]
        // No generic collections, no Nullable<T>, no ValueTuple.
        [InlineData("class C { void M() { var l = new List<int>(); } }", "CS0246", "'List<>'")]
        [InlineData("using System.Collections.Generic; class C { }", "CS0234", "'Generic' does not exist in the namespace 'System.Collections'")]
        [InlineData("class C { int? F; }", "CS0518", "System.Nullable`1")]
        [InlineData("class C { void M() { var t = (1, \"a\"); } }", "CS8179", "System.ValueTuple`2")]
        [InlineData("class C { (int, int) M() => default; }", "CS8179", "System.ValueTuple`2")]
        // No Span<T>, LINQ, Task/async, generic delegates.
        [InlineData("class C { System.Span<byte> M() => default; }", "CS0234", "'Span<>'")]
        [InlineData("using System.Linq; class C { }", "CS0234", "'Linq' does not exist in the namespace 'System'")]
        [InlineData("class C { async void M() { } }", "CS0518", "AsyncVoidMethodBuilder")]
        // CoreLibrary declares no System.Decimal and does not compile IsVolatile.
        [InlineData("class C { decimal F = 1.5m; }", "CS0518", "System.Decimal")]
        [InlineData("class C { volatile int _f; int M() => _f; }", "CS0518", "System.Runtime.CompilerServices.IsVolatile")]
        // Members nanoFramework does not have.
        [InlineData("class C { string M() => string.Join(\",\", new string[0]); }", "CS0117", "'string' does not contain a definition for 'Join'")]
        [InlineData("class C { string M(string s) => s.Replace(\"a\", \"b\"); }", "CS1061", "'Replace'")]
        [InlineData("class C { bool M() => new System.Threading.AutoResetEvent(false).WaitOne(100); }", "CS7036", "'exitContext' of 'WaitHandle.WaitOne(int, bool)'")]
        [InlineData("class C { bool M(char c) => char.IsDigit(c); }", "CS0117", "'IsDigit'")]
        [InlineData("class C { System.DateTime M() => System.DateTime.Now; }", "CS0117", "'Now'")]
        [InlineData("class C { void M(byte[] b) { System.Array.Resize(ref b, 2); } }", "CS0117", "'Resize'")]
        [InlineData("class C { void M(byte[] a, byte[] b) { System.Buffer.BlockCopy(a, 0, b, 0, 1); } }", "CS0234", "'Buffer'")]
        // System.Math has no long overloads: Math.Max(long, long) silently binds to Max(float, float).
        [InlineData("class C { long M(long a, long b) => System.Math.Max(a, b); }", "CS0266", "'float' to 'long'")]
        [InlineData("class C { bool M(System.Collections.Hashtable h) => h.ContainsKey(1); }", "CS1061", "'ContainsKey'")]
        // Indices/ranges, UTF-8 literals and records need types nanoFramework lacks.
        [InlineData("class C { char M(string s) => s[^1]; }", "CS0518", "System.Index")]
        [InlineData("class C { object M() => \"abc\"u8; }", "CS0518", "System.ReadOnlySpan`1")]
        public void Snippet_fails_with_the_missing_type_or_member(string source, string expectedId, string expectedMessagePart)
        {
            // Warnings stay warnings here, so that the error under test is not hidden behind one.
            var errors = NanoCompiler.ErrorsIncludingEmit(NanoCompiler.CompileSource(source, warningsAsErrors: false));

            Assert.True(
                errors.Any(d => d.Id == expectedId && d.GetMessage().Contains(expectedMessagePart)),
                $"Expected {expectedId} mentioning {expectedMessagePart}; got:\n{NanoCompiler.Describe(errors)}");
        }

        [Fact]
        public void Record_fails()
        {
            var errors = NanoCompiler.ErrorsIncludingEmit(NanoCompiler.CompileSource("public record R(int X);", warningsAsErrors: false));

            Assert.NotEmpty(errors);
        }

        [Fact]
        public void Mscorlib_is_nanoFrameworks_core_library()
        {
            var compilation = NanoCompiler.CompileSource("class C { }");
            var mscorlib = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;

            Assert.Equal("mscorlib", mscorlib.Identity.Name);
            Assert.Equal(new System.Version(1, 17, 11, 0), mscorlib.Identity.Version);
            Assert.Empty(mscorlib.Modules.Single().ReferencedAssemblies);
        }

        [Theory]
        [InlineData("nanoFramework.System.Text", 1, 3)]
        [InlineData("nanoFramework.System.Collections", 1, 5)]
        [InlineData("System.Math", 1, 5)]
        public void Library_surfaces_reference_only_mscorlib_and_carry_the_version_nanoCLR_binds(string assemblyName, int major, int minor)
        {
            var compilation = NanoCompiler.CompileSource("class C { }");
            var assembly = compilation.References
                .Select(r => compilation.GetAssemblyOrModuleSymbol(r))
                .OfType<IAssemblySymbol>()
                .Single(a => a.Identity.Name == assemblyName);

            var referenced = assembly.Modules.Single().ReferencedAssemblies.Select(a => a.Name).ToArray();
            Assert.Equal(new[] { "mscorlib" }, referenced);
            Assert.Equal((major, minor), (assembly.Identity.Version.Major, assembly.Identity.Version.Minor));
        }
    }
}
