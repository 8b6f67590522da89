using static BlynkWM.Generators.Parsing.AttributeArguments;

namespace BlynkWM.Generators.Parsing
{
    /// <summary>Default values (attribute arguments and member initializers) and the lengths that must hold them.</summary>
    internal sealed partial class ConfigParser
    {
        private int CheckedMaxLength(ISymbol member, AttributeData attribute, string name, int fallback, int limit, string? defaultValue)
        {
            int value = Named(attribute, name, fallback);
            if (value < 1 || value > limit)
            {
                // The fix sets a length that holds the default: at least 32 bytes (or the limit when it was exceeded).
                int defaultBytes = defaultValue is null ? 0 : Encoding.UTF8.GetByteCount(defaultValue);
                int suggestion = Math.Min(limit, Math.Max(value > limit ? limit : Math.Min(32, limit), defaultBytes));
                Report(DiagnosticDescriptors.InvalidMaxLength, ArgumentLocation(attribute, name) ?? member.Locations.FirstOrDefault(),
                    SetArgumentFix(attribute, name, suggestion),
                    member.Name, name, limit, HasNamed(attribute, name) ? value.ToString(CultureInfo.InvariantCulture) : "missing");
                return Math.Max(0, Math.Min(value, limit));
            }

            return value;
        }

        /// <summary>A string part of a credential set: its MaxLength argument and its default argument, each checked.</summary>
        private (int MaxLength, string Default) CredentialString(
            ISymbol member, AttributeData attribute, string maxLengthName, int defaultMaxLength, int limit, string defaultName, string fallback = "")
        {
            int maxLength = CheckedMaxLength(member, attribute, maxLengthName, defaultMaxLength, limit, Named(attribute, defaultName, fallback));
            return (maxLength, CheckedDefaultString(member, attribute, defaultName, maxLength, maxLengthName, limit, fallback));
        }

        private string CheckedDefaultString(ISymbol member, AttributeData attribute, string name, int maxLength, string maxLengthName, int limit, string fallback = "")
        {
            string value = Named(attribute, name, fallback) ?? "";
            CheckDefaultLength(member.Name + "." + name, value, maxLength, attribute, maxLengthName, limit,
                ArgumentLocation(attribute, name) ?? member.Locations.FirstOrDefault());
            return value;
        }

        private string CheckedInitializerString(ISymbol member, AttributeData attribute, int maxLength, int limit)
        {
            object? initial = InitializerValue(member, out bool constant);
            if (!constant)
            {
                Report(DiagnosticDescriptors.DefaultNotConstant, InitializerLocation(member), member.Name, NotConstantHint(member));
                return "";
            }

            string value = initial as string ?? "";
            CheckDefaultLength(member.Name, value, maxLength, attribute, "MaxLength", limit, InitializerLocation(member) ?? member.Locations.FirstOrDefault());
            return value;
        }

        private void CheckDefaultLength(string name, string value, int maxLength, AttributeData attribute, string maxLengthName, int limit, Location? location)
        {
            int bytes = Encoding.UTF8.GetByteCount(value);
            if (maxLength > 0 && bytes > maxLength)
            {
                // Raising the length is the obvious fix while the default still fits the runtime's limit.
                Report(DiagnosticDescriptors.DefaultTooLong, location, bytes <= limit ? SetArgumentFix(attribute, maxLengthName, bytes) : null, name, bytes, maxLength);
            }
        }

        private void WarnIfSecretDefault(string name, string value, Location? location)
        {
            if (value.Length > 0)
            {
                Report(DiagnosticDescriptors.HardCodedSecret, location, name);
            }
        }

        /// <summary>The constant initializer of a field or property; <paramref name="constant"/> is false for a non-constant one. No initializer means the type's default.</summary>
        private object? InitializerValue(ISymbol member, out bool constant)
        {
            constant = true;
            ExpressionSyntax? expression = InitializerExpression(member);
            if (expression is null)
            {
                return null;
            }

            SemanticModel? model = _semanticModels(expression.SyntaxTree);
            if (model is not null)
            {
                Optional<object?> value = model.GetConstantValue(expression, _cancellationToken);
                if (value.HasValue)
                {
                    return value.Value;
                }

                constant = false;
                return null;
            }

            // Without a semantic model, literals (and negated numeric literals) are still understood.
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return literal.Token.Value;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax number }
                    when number.Token.Value is IConvertible convertible:
                    return -convertible.ToInt64(CultureInfo.InvariantCulture);
                default:
                    constant = false;
                    return null;
            }
        }

        /// <summary>Explains the one case where a constant is not understood: a partial declaration other than the attributed one.</summary>
        private string NotConstantHint(ISymbol member)
        {
            ExpressionSyntax? expression = InitializerExpression(member);
            return expression is not null && _semanticModels(expression.SyntaxTree) is null
                ? " (in a partial declaration other than the one carrying [BlynkConfig] only literals are understood; move the member there)"
                : "";
        }

        private static ExpressionSyntax? InitializerExpression(ISymbol member)
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                SyntaxNode node = reference.GetSyntax();
                if (node is VariableDeclaratorSyntax { Initializer: { } fieldInitializer })
                {
                    return fieldInitializer.Value;
                }

                if (node is PropertyDeclarationSyntax { Initializer: { } propertyInitializer })
                {
                    return propertyInitializer.Value;
                }
            }

            return null;
        }

        private static Location? InitializerLocation(ISymbol member) => InitializerExpression(member)?.GetLocation() ?? member.Locations.FirstOrDefault();

        private static bool TryGetInteger(object value, out long result)
        {
            switch (value)
            {
                case sbyte or byte or short or ushort or int or uint or long or char:
                    result = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    return true;
                case ulong u when u <= long.MaxValue:
                    result = (long)u;
                    return true;
                default:
                    result = 0;
                    return false;
            }
        }
    }
}
