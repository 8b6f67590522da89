namespace BlynkWM.CodeFixes
{
    /// <summary>BWM0024 on a static class: removes <c>static</c> (the generated code holds instance state).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveStaticCodeFixProvider)), Shared]
    public sealed class RemoveStaticCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("BWM0024");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not ClassDeclarationSyntax declaration)
                {
                    continue;
                }

                int index = declaration.Modifiers.IndexOf(SyntaxKind.StaticKeyword);
                if (index < 0)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove 'static'",
                        ct => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, RemoveModifier(declaration, index)))),
                        "BlynkWM.RemoveStatic"),
                    diagnostic);
            }
        }

        private static ClassDeclarationSyntax RemoveModifier(ClassDeclarationSyntax declaration, int index)
        {
            SyntaxToken removed = declaration.Modifiers[index];
            SyntaxTokenList modifiers = declaration.Modifiers.RemoveAt(index);
            if (index == 0)
            {
                // Keep the leading trivia (indentation, comments) on whatever now comes first.
                if (modifiers.Count > 0)
                {
                    modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(removed.LeadingTrivia));
                }
                else
                {
                    return declaration.WithModifiers(modifiers).WithKeyword(declaration.Keyword.WithLeadingTrivia(removed.LeadingTrivia));
                }
            }

            return declaration.WithModifiers(modifiers);
        }
    }
}
