using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BlynkWM.Generators.Analyzers
{
    /// <summary>
    /// Reports every schema mistake of a [BlynkConfig] class, by running the very parser the generator runs
    /// (so a class the generator skips always has an error here, and a class it accepts has none), plus the
    /// cross-class check BWM0007 at the end of the compilation and the store-size check BWM0028 on calls of the
    /// generated store factories.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BlynkConfigAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.All);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                INamedTypeSymbol? configAttribute = start.Compilation.GetTypeByMetadataName(SchemaNames.BlynkConfigAttribute);
                if (configAttribute is null)
                {
                    // The runtime is not referenced: there is nothing to check.
                    return;
                }

                var validConfigs = new ConcurrentQueue<KeyValuePair<INamedTypeSymbol, ConfigModel>>();

                // A syntax-node action rather than a symbol action: it brings the semantic model of the declaration's tree,
                // which is exactly what the generator's ForAttributeWithMetadataName step hands the parser, so both
                // evaluate initializers the same way. It filters on the attribute before any parsing.
                start.RegisterSyntaxNodeAction(
                    node => AnalyzeDeclaration(node, configAttribute, validConfigs),
                    SyntaxKind.ClassDeclaration,
                    SyntaxKind.RecordDeclaration);

                // BWM0028 looks at calls, not at the config class.
                EepromStoreSizeAnalysis.Register(start, configAttribute);

                start.RegisterCompilationEndAction(end =>
                {
                    if (validConfigs.Count > 1)
                    {
                        ConfigParser.CheckSharedStores(validConfigs.ToArray(), end.ReportDiagnostic, end.CancellationToken);
                    }
                });
            });
        }

        private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, INamedTypeSymbol configAttribute, ConcurrentQueue<KeyValuePair<INamedTypeSymbol, ConfigModel>> validConfigs)
        {
            var declaration = (TypeDeclarationSyntax)context.Node;
            if (declaration.AttributeLists.Count == 0 && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return; // Cheap syntactic filter: neither carries an attribute nor can be a part of an attributed class.
            }

            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not INamedTypeSymbol type
                || FindConfigAttribute(type, configAttribute) is not { ApplicationSyntaxReference: { } reference })
            {
                return;
            }

            // The generator parses a class only when its attributed declaration is a class declaration, with the semantic
            // model of that declaration's tree. Records get BWM0024 here, which the generator never sees.
            var attributedDeclaration = reference.GetSyntax(context.CancellationToken).Parent?.Parent as TypeDeclarationSyntax;
            if (attributedDeclaration is null)
            {
                return;
            }

            bool isAttributedDeclaration = attributedDeclaration == declaration;
            SemanticModel? attributedModel = attributedDeclaration.SyntaxTree == declaration.SyntaxTree ? context.SemanticModel : null;
            SyntaxTree attributedTree = attributedDeclaration.SyntaxTree;

            // Each declaration of a partial class reports what lies inside it, so every diagnostic is local to the
            // declaration being analyzed (the IDE shows it live and offers its fix); the attributed declaration also
            // reports what lies in no declaration (class-level findings sit on its name).
            ImmutableArray<SyntaxReference> parts = type.DeclaringSyntaxReferences;
            ConfigModel? model = ConfigParser.Parse(
                type,
                tree => tree == attributedTree ? attributedModel : null,
                diagnostic =>
                {
                    Location location = diagnostic.Location;
                    bool here = location.SourceTree == declaration.SyntaxTree && declaration.Span.Contains(location.SourceSpan);
                    if (here || (isAttributedDeclaration && InNoPart(parts, location, context.CancellationToken)))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                },
                context.CancellationToken);
            if (isAttributedDeclaration && model is not null && attributedModel is not null)
            {
                validConfigs.Enqueue(new KeyValuePair<INamedTypeSymbol, ConfigModel>(type, model));
            }
        }

        private static AttributeData? FindConfigAttribute(INamedTypeSymbol type, INamedTypeSymbol configAttribute)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, configAttribute))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="location"/> is outside every declaration of the class (or has no source).</summary>
        private static bool InNoPart(ImmutableArray<SyntaxReference> parts, Location location, CancellationToken cancellationToken)
        {
            if (!location.IsInSource)
            {
                return true;
            }

            foreach (SyntaxReference part in parts)
            {
                if (part.SyntaxTree == location.SourceTree && part.GetSyntax(cancellationToken).Span.Contains(location.SourceSpan))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
