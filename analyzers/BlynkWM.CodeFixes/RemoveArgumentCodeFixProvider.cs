namespace BlynkWM.CodeFixes
{
    /// <summary>
    /// BWM0016: removes a hard-coded secret (the DefaultPassword / DefaultToken argument, or the initializer of a secret
    /// parameter, which becomes ""). BWM0023: removes an argument that has no effect.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveArgumentCodeFixProvider)), Shared]
    public sealed class RemoveArgumentCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("BWM0016", "BWM0023");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                bool secret = diagnostic.Id == "BWM0016";
                Document document = context.Document;
                if (node.AncestorsAndSelf().OfType<AttributeArgumentSyntax>().FirstOrDefault() is { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } argument)
                {
                    string name = argument.NameEquals?.Name.Identifier.ValueText ?? "the argument";
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            secret ? "Remove the hard-coded " + name : "Remove " + name,
                            ct => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeArgumentEditing.RemoveArgument(attribute, argument)))),
                            secret ? "BlynkWM.RemoveSecretDefault" : "BlynkWM.RemoveArgument"),
                        diagnostic);
                }
                else if (secret && node.AncestorsAndSelf().OfType<EqualsValueClauseSyntax>().FirstOrDefault() is { } initializer)
                {
                    LiteralExpressionSyntax empty = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(""))
                        .WithTriviaFrom(initializer.Value);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Replace the hard-coded secret with \"\"",
                            ct => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer.Value, empty))),
                            "BlynkWM.RemoveSecretDefault"),
                        diagnostic);
                }
            }
        }
    }
}
