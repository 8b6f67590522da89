using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Generators.Tests
{
    /// <summary>
    /// The runtime files the generator compiles too declare their types without an access modifier (internal in the
    /// generator); runtime/BlynkWM.Runtime/SharedWithGenerator.cs makes them public in the runtime. A type written that
    /// way and not listed there would silently become internal in the runtime, which tests (InternalsVisibleTo) would
    /// not notice, but a user's firmware would.
    /// </summary>
    public class SharedSourceVisibilityTests
    {
        [Fact]
        public void Every_runtime_type_declared_without_an_access_modifier_is_public_in_the_runtime()
        {
            string runtime = RepositoryRoot.Combine("runtime", "BlynkWM.Runtime");
            string[] unqualified = Directory.EnumerateFiles(runtime, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
                .SelectMany(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                .Where(type => type.Parent is BaseNamespaceDeclarationSyntax && !type.Modifiers.Any(IsAccessModifier))
                .Select(type => ((BaseNamespaceDeclarationSyntax)type.Parent!).Name + "." + type.Identifier.Text)
                .Distinct()
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .ToArray();

            Assert.Contains("BlynkWM.Compression.DeflateCompressor", unqualified);
            Assert.Contains("BlynkWM.Storage.Crc32", unqualified);
            System.Reflection.Assembly assembly = typeof(BlynkConfigAttribute).Assembly;
            Assert.All(unqualified, name => Assert.True(assembly.GetType(name, throwOnError: true)!.IsPublic, name + " is not public in the runtime"));
        }

        private static bool IsAccessModifier(SyntaxToken token) =>
            token.IsKind(SyntaxKind.PublicKeyword) || token.IsKind(SyntaxKind.InternalKeyword)
            || token.IsKind(SyntaxKind.PrivateKeyword) || token.IsKind(SyntaxKind.ProtectedKeyword);
    }
}
