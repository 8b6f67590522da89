namespace BlynkWM.Generators.Parsing
{
    /// <summary>Reading the arguments of an applied attribute, and where they are written.</summary>
    internal static class AttributeArguments
    {
        internal static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
        {
            return symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
        }

        internal static bool HasErrorArguments(AttributeData attribute)
        {
            return attribute.AttributeClass is null or IErrorTypeSymbol
                || attribute.AttributeConstructor is null
                || attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error)
                || attribute.NamedArguments.Any(a => a.Value.Kind == TypedConstantKind.Error);
        }

        internal static bool HasNamed(AttributeData attribute, string name) => attribute.NamedArguments.Any(a => a.Key == name);

        internal static T Named<T>(AttributeData attribute, string name, T fallback)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Value is T value)
                {
                    return value;
                }
            }

            return fallback;
        }

        internal static Location? ArgumentLocation(AttributeData attribute, string name)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments })
            {
                foreach (AttributeArgumentSyntax argument in arguments.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return argument.GetLocation();
                    }
                }
            }

            return null;
        }

        internal static Location? ConstructorArgumentLocation(AttributeData attribute)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments })
            {
                AttributeArgumentSyntax? first = arguments.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null);
                return first?.GetLocation();
            }

            // No positional argument (e.g. [BoardName]): callers fall back to the member.
            return null;
        }

        internal static string ConstructorId(AttributeData attribute)
        {
            return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id ? id : "";
        }

        internal static ImmutableDictionary<string, string?> SetArgumentFix(AttributeData attribute, string argument, int value)
        {
            return ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Attribute, attribute.AttributeClass?.ToDisplayString())
                .Add(DiagnosticProperties.Argument, argument)
                .Add(DiagnosticProperties.Value, value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
