using System.Threading;
using BlynkWM.Generators.Diagnostics;

namespace BlynkWM.CodeFixes
{
    /// <summary>
    /// Sets the attribute argument the parser computed (diagnostic properties): BWM0003 enlarges EepromRegionSize to hold both
    /// slots, BWM0009 sets a missing or out-of-range MaxLength, BWM0010 raises a MaxLength to hold the default, BWM0028 sets
    /// EepromCapacity to the size of the store passed to the factory (the attribute is then the diagnostic's additional
    /// location, possibly in another document).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetAttributeArgumentCodeFixProvider)), Shared]
    public sealed class SetAttributeArgumentCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "BlynkWM.SetAttributeArgument";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("BWM0003", "BWM0009", "BWM0010", "BWM0028");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Attribute, out string? attribute) && attribute is not null
                    && diagnostic.Properties.TryGetValue(DiagnosticProperties.Argument, out string? argument) && argument is not null
                    && diagnostic.Properties.TryGetValue(DiagnosticProperties.Value, out string? value) && value is not null)
                {
                    Location location = diagnostic.Location;
                    if (diagnostic.Properties.ContainsKey(DiagnosticProperties.AttributeIsAdditionalLocation))
                    {
                        if (diagnostic.AdditionalLocations.Count == 0)
                        {
                            continue;
                        }

                        location = diagnostic.AdditionalLocations[0];
                    }

                    Document? document = location.SourceTree is { } tree ? context.Document.Project.Solution.GetDocument(tree) : null;
                    if (document is null)
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Set " + argument + " = " + value,
                            ct => SetAsync(document, location, attribute, argument, value, ct),
                            EquivalenceKey),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> SetAsync(Document document, Location location, string attributeName, string argument, string value, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null
                || AttributeArgumentEditing.FindAttribute(root, model, location, attributeName, cancellationToken) is not { } attribute)
            {
                return document.Project.Solution;
            }

            ExpressionSyntax expression = SyntaxFactory.ParseExpression(value);
            return document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeArgumentEditing.SetNamedArgument(attribute, argument, expression))).Project.Solution;
        }
    }
}
