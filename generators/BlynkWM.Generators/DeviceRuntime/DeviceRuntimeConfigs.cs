using System.Collections.Concurrent;
using BlynkWM.Generators.Emitting;

namespace BlynkWM.Generators.DeviceRuntime
{
    /// <summary>
    /// The [BlynkConfig] classes of a compilation that gets the runtime from this generator. A generator never sees its own
    /// output, so in such a compilation BlynkConfigAttribute does not resolve and ForAttributeWithMetadataName finds
    /// nothing: here the classes are parsed against the compilation with the runtime's trees added. Only compilations the
    /// runtime is emitted into pay for this (on every edit: nanoFramework projects are small); the result is equatable,
    /// so the files made from it are only rebuilt when a model changes.
    /// </summary>
    internal static class DeviceRuntimeConfigs
    {
        /// <summary>The runtime's trees, parsed once per parse options (the project's language version and symbols).</summary>
        private static readonly ConcurrentDictionary<CSharpParseOptions, SyntaxTree[]> s_runtimeTrees = new ConcurrentDictionary<CSharpParseOptions, SyntaxTree[]>();

        private static readonly EquatableArray<ConfigModel> None = new EquatableArray<ConfigModel>(new ConfigModel[0]);

        public static EquatableArray<ConfigModel> Parse(Compilation compilation, DeviceRuntimeTarget target, CancellationToken cancellationToken)
        {
            if (!target.WantsCore || target.Problem is not null || compilation is not CSharpCompilation csharp)
            {
                return None;
            }

            // Cheap syntactic filter first: most edits in most projects touch no class carrying an attribute named so.
            var candidates = new List<(SyntaxTree Tree, ClassDeclarationSyntax Class)>();
            foreach (SyntaxTree tree in csharp.SyntaxTrees)
            {
                foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    if (node is ClassDeclarationSyntax declaration && MayBeBlynkConfig(declaration))
                    {
                        candidates.Add((tree, declaration));
                    }
                }
            }

            if (candidates.Count == 0)
            {
                return None;
            }

            CSharpParseOptions options = (CSharpParseOptions)candidates[0].Item1.Options;
            CSharpCompilation withRuntime = csharp.AddSyntaxTrees(RuntimeTrees(options, cancellationToken));
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var models = new List<ConfigModel>();
            foreach ((SyntaxTree tree, ClassDeclarationSyntax declaration) in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SemanticModel semanticModel = withRuntime.GetSemanticModel(tree);
                if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type || !seen.Add(type))
                {
                    continue;
                }

                ConfigModel? model = ConfigParser.Parse(type, t => t == tree ? semanticModel : null, report: null, cancellationToken);
                if (model is not null)
                {
                    models.Add(model);
                }
            }

            return new EquatableArray<ConfigModel>(models.ToArray());
        }

        private static bool MayBeBlynkConfig(ClassDeclarationSyntax declaration)
        {
            foreach (AttributeListSyntax list in declaration.AttributeLists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                        : attribute.Name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
                        : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
                        : "";
                    if (name is "BlynkConfig" or "BlynkConfigAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static SyntaxTree[] RuntimeTrees(CSharpParseOptions options, CancellationToken cancellationToken)
        {
            return s_runtimeTrees.GetOrAdd(options, o =>
            {
                var trees = new List<SyntaxTree>();
                foreach (GeneratedFile file in DeviceRuntimeSources.Core)
                {
                    trees.Add(CSharpSyntaxTree.ParseText(file.Source, o, path: file.HintName, cancellationToken: cancellationToken));
                }

                return trees.ToArray();
            });
        }
    }
}
