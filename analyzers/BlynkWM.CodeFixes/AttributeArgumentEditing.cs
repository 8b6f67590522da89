using System.Threading;

namespace BlynkWM.CodeFixes
{
    /// <summary>Finding and editing the attribute a diagnostic is about, keeping the user's formatting.</summary>
    internal static class AttributeArgumentEditing
    {
        /// <summary>
        /// The attribute of type <paramref name="attributeMetadataName"/> the diagnostic points into, or, when it points at a
        /// member or type name (or an initializer), that attribute on the enclosing declaration.
        /// </summary>
        public static AttributeSyntax? FindAttribute(SyntaxNode root, SemanticModel model, Location location, string attributeMetadataName, CancellationToken cancellationToken)
        {
            SyntaxNode? node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (node is null)
            {
                return null;
            }

            if (node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } enclosing && Is(enclosing, model, attributeMetadataName, cancellationToken))
            {
                return enclosing;
            }

            MemberDeclarationSyntax? declaration = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            return declaration?.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => Is(a, model, attributeMetadataName, cancellationToken));
        }

        private static bool Is(AttributeSyntax attribute, SemanticModel model, string metadataName, CancellationToken cancellationToken)
        {
            return model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() == metadataName;
        }

        /// <summary>Sets <c>name = value</c> on the attribute: replaces the argument's value, or appends the argument.</summary>
        public static AttributeSyntax SetNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
        {
            AttributeArgumentListSyntax arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            AttributeArgumentSyntax? existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
            if (existing is not null)
            {
                return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
            }

            AttributeArgumentSyntax added = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(
                    SyntaxFactory.IdentifierName(name),
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space))),
                nameColon: null,
                value);
            SeparatedSyntaxList<AttributeArgumentSyntax> list = arguments.Arguments;
            var nodesAndTokens = list.GetWithSeparators();
            if (list.Count > 0)
            {
                nodesAndTokens = nodesAndTokens.Add(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
            }

            nodesAndTokens = nodesAndTokens.Add(added);
            return attribute.WithArgumentList(arguments.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(nodesAndTokens)));
        }

        /// <summary>Removes one argument (and its separator); drops the parentheses when none is left.</summary>
        public static AttributeSyntax RemoveArgument(AttributeSyntax attribute, AttributeArgumentSyntax argument)
        {
            AttributeArgumentListSyntax arguments = attribute.ArgumentList!;
            SeparatedSyntaxList<AttributeArgumentSyntax> remaining = arguments.Arguments.Remove(argument);
            return remaining.Count == 0
                ? attribute.WithArgumentList(null)
                : attribute.WithArgumentList(arguments.WithArguments(remaining));
        }
    }
}
