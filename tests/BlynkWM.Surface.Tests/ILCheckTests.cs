using System.Collections.Generic;
using System.Linq;
using BlynkWM.ILCheck;

namespace BlynkWM.Surface.Tests
{
    /// <summary>
    /// Each rule of the IL check fails on code that compiles for nanoFramework but does not run on nanoCLR, and
    /// points at the line; the same code written the supported way passes.
    /// </summary>
    public class ILCheckTests
    {
        [Theory]
        [InlineData("class Box<T> { public T Value; }", 1)]
        [InlineData("class C { static T Id<T>(T v) => v; }", 1)]
        [InlineData("class C {\n System.Action<int> F = x => { }; }", 2)]
        [InlineData("class C { void M() {\n System.Action<string> a = null; a?.Invoke(\"\"); } }", 2)]
        public void Generics_fail(string source, int line)
        {
            AssertFinding(source, Rules.Generic, line);
        }

        [Theory]
        [InlineData("class C { int M() {\n var grid = new int[2, 3]; return grid[1, 2]; } }", 2)]
        [InlineData("class C {\n byte[,] Grid; }", 2)]
        public void Multidimensional_arrays_fail(string source, int line)
        {
            AssertFinding(source, Rules.MultiDimensionalArray, line);
        }

        [Theory]
        [InlineData("unsafe class C { int M() {\n int* p = stackalloc int[4]; return p[0]; } }", 2)]
        [InlineData("unsafe class C { static int Two() => 2; int M() {\n delegate*<int> f = &Two; return f(); } }", 2)]
        public void Instructions_nanoCLR_lacks_fail(string source, int line)
        {
            AssertFinding(source, Rules.UnsupportedInstruction, line);
        }

        [Fact]
        public void Every_instruction_nanoCLR_lacks_is_named_and_supported_ones_are_not()
        {
            short[] lacking =
            {
                Instructions.Localloc, Instructions.Calli, Instructions.Jmp, Instructions.Cpblk, Instructions.Initblk,
                Instructions.Mkrefany, Instructions.Refanyval, Instructions.Refanytype, Instructions.Arglist,
            };

            Assert.All(lacking, op => Assert.NotNull(ShapeRules.UnsupportedName(op)));
            Assert.All(new[] { Instructions.Call, Instructions.Newobj, Instructions.Ldsfld, Instructions.Ldftn }, op => Assert.Null(ShapeRules.UnsupportedName(op)));
        }

        [Fact]
        public void A_member_the_reference_declares_but_the_device_library_lacks_fails()
        {
            // Compiled against a reference that declares Greeting.Hello, checked against the library as the device has
            // it, without Hello: the situation of a surface declaring more than nanoFramework.
            var library = NanoCompiler.Compile("Lib", new[] { Parse("public static class Greeting { public static string Hello() => \"hi\"; public static int Keep() => 1; }") });
            var slim = NanoCompiler.Compile("Lib", new[] { Parse("public static class Greeting { public static int Keep() => 1; }") });
            var user = NanoCompiler.Compile("User", new[] { Parse("class C { int M() {\n return Greeting.Keep() + Greeting.Hello().Length; } }") })
                .AddReferences(library.ToMetadataReference());

            List<Finding> findings = NanoCompiler.ILCheck(user, slim);

            Finding finding = Assert.Single(findings);
            Assert.Equal(Rules.MissingMember, finding.Rule);
            Assert.Contains("Greeting.Hello", finding.Message);
            Assert.Equal(2, finding.Line);
        }

        [Fact]
        public void A_member_with_another_signature_fails()
        {
            var library = NanoCompiler.Compile("Lib", new[] { Parse("public static class Greeting { public static int Size(long v) => 1; }") });
            var other = NanoCompiler.Compile("Lib", new[] { Parse("public static class Greeting { public static int Size(int v) => 1; }") });
            var user = NanoCompiler.Compile("User", new[] { Parse("class C { int M() => Greeting.Size(5L); }") })
                .AddReferences(library.ToMetadataReference());

            Assert.Contains(NanoCompiler.ILCheck(user, other), f => f.Rule == Rules.MissingMember && f.Message.Contains("System.Int64"));
            Assert.Empty(NanoCompiler.ILCheck(user, library));
        }

        [Fact]
        public void An_explicit_implementation_written_with_global_fails_and_one_through_an_alias_passes()
        {
            const string Interface = "namespace N { public interface I { int P { get; } } }\n";
            AssertFinding(Interface + "class C : N.I {\n int global::N.I.P => 1; }", Rules.ExplicitImplementationName, 3);
            AssertClean(Interface + "class C : N.I { int N.I.P => 1; }");
            AssertClean("using Alias = global::N;\n" + Interface + "class C : N.I { int Alias.I.P => 1; }");
        }

        [Theory]
        [InlineData("class A { public static readonly byte[] Bytes = { 1 }; }\nclass B {\n static readonly byte[] Copy = A.Bytes; }", 3)]
        [InlineData("class A { static readonly int[] T = { 1 }; public static int Get() => T[0]; }\nclass B {\n static readonly int V = A.Get(); }", 3)]
        [InlineData("class A { static int n; public A() { n++; } }\nclass B {\n static readonly A Made = new A(); }", 3)]
        [InlineData("class B {\n static readonly System.Action Run = () => { }; }", 2)]
        public void A_static_initializer_using_another_types_statics_fails(string source, int line)
        {
            AssertFinding(source, Rules.StaticInitializer, line);
        }

        [Theory]
        [InlineData("class B { static readonly byte[] T = { 1, 2 }; static readonly int L = T.Length; static readonly int X = Twice(L); static int Twice(int v) => v * 2; }")]
        [InlineData("class A { public static int Pure(int v) => v + 1; }\nclass B { static readonly int V = A.Pure(1); static readonly string S = string.Empty; }")]
        public void A_static_initializer_using_only_its_own_statics_or_other_assemblies_passes(string source)
        {
            AssertClean(source);
        }

        [Theory]
        [InlineData("class C { int M(string s) { int n = 0; for (int i = 0; i < s.Length; i++) {\n n += s[i]; } return n; } }", 2)]
        [InlineData("class C { int M(string s) { int n = 0;\n foreach (char c in s) { n += c; } return n; } }", 2)]
        public void A_string_indexed_in_a_loop_fails(string source, int line)
        {
            AssertFinding(source, Rules.StringIndexedInLoop, line);
        }

        [Theory]
        [InlineData("class C { int M(string s) => s.Length > 0 ? s[0] : 0; }")]
        [InlineData("class C { int M(string s) { int n = 0; foreach (char c in s.ToCharArray()) { n += c; } return n; } }")]
        public void A_string_indexed_once_or_a_char_array_in_a_loop_passes(string source)
        {
            AssertClean(source);
        }

        private static void AssertFinding(string source, string rule, int line)
        {
            // Warnings (an unused field...) are beside the point here.
            List<Finding> findings = NanoCompiler.ILCheck(NanoCompiler.Compile("Snippet", new[] { Parse(source) }, warningsAsErrors: false));

            Assert.True(
                findings.Any(f => f.Rule == rule && f.Document == "Snippet.cs" && f.Line == line),
                "expected " + rule + " at Snippet.cs line " + line + ", got:\n" + string.Join("\n", findings));
        }

        private static void AssertClean(string source)
        {
            var compilation = NanoCompiler.Compile("Snippet", new[] { Parse(source) });
            Assert.Empty(NanoCompiler.ErrorsIncludingEmit(compilation));
            List<Finding> findings = NanoCompiler.ILCheck(compilation);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }

        private static Microsoft.CodeAnalysis.SyntaxTree Parse(string source)
        {
            return CSharpSyntaxTree.ParseText(source, NanoCompiler.ParseOptions, path: "Snippet.cs", encoding: System.Text.Encoding.UTF8);
        }
    }
}
