using System.Collections.Generic;

namespace BlynkWM.CodeFixes
{
    /// <summary>BWM0001: adds <c>partial</c> to the config class and to every type containing it.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider)), Shared]
    public sealed class MakePartialCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "BlynkWM.MakePartial";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("BWM0001");

        public override FixAllProvider GetFixAllProvider() => MakePartialFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || Declaration(root, diagnostic) is not { } declaration)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make '" + declaration.Identifier.ValueText + "' and its containing types partial",
                        ct => Task.FromResult(document.WithSyntaxRoot(AddPartial(root, new[] { declaration }))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static TypeDeclarationSyntax? Declaration(SyntaxNode root, Diagnostic diagnostic)
        {
            return root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        }

        /// <summary>Adds partial to each declaration and each type declaration containing it, all in one rewrite.</summary>
        private static SyntaxNode AddPartial(SyntaxNode root, IEnumerable<TypeDeclarationSyntax> declarations)
        {
            var targets = new HashSet<TypeDeclarationSyntax>();
            foreach (TypeDeclarationSyntax declaration in declarations)
            {
                foreach (TypeDeclarationSyntax type in declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
                {
                    if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        targets.Add(type);
                    }
                }
            }

            return root.ReplaceNodes(targets, static (_, rewritten) => WithPartial(rewritten));
        }

        private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Count == 0)
            {
                // The keyword's leading trivia (indentation, comments) moves to the new first token.
                SyntaxToken keyword = declaration.Keyword;
                SyntaxToken partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                return declaration.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
            }

            // partial must come last, right before the keyword.
            return declaration.WithModifiers(declaration.Modifiers.Add(
                SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space))));
        }

        /// <summary>Fixes every BWM0001 of a document in one rewrite, so nested declarations do not produce conflicting edits.</summary>
        private sealed class MakePartialFixAllProvider : DocumentBasedFixAllProvider
        {
            public static readonly MakePartialFixAllProvider Instance = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Make every config class and its containing types partial";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    return document;
                }

                TypeDeclarationSyntax[] declarations = diagnostics.Select(d => Declaration(root, d)).Where(d => d is not null).Select(d => d!).ToArray();
                return document.WithSyntaxRoot(AddPartial(root, declarations));
            }
        }
    }
}
