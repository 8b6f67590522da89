using static BlynkWM.Generators.Parsing.AttributeArguments;
using static BlynkWM.Generators.Parsing.CSharpNames;

namespace BlynkWM.Generators.Parsing
{
    /// <summary>The attributed members, each turned into a group of stored fields.</summary>
    internal sealed partial class ConfigParser
    {
        private List<GroupModel> ParseMembers()
        {
            var groups = new List<GroupModel>();
            int wifiIndex = 0;
            int blynkIndex = 0;
            foreach (ISymbol member in _type.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (member.IsImplicitlyDeclared || member is not (IFieldSymbol or IPropertySymbol))
                {
                    continue;
                }

                var attributes = member.GetAttributes().Where(a => a.AttributeClass is not null && IsSchemaAttribute(a.AttributeClass)).ToList();
                if (attributes.Count == 0)
                {
                    continue;
                }

                if (attributes.Count > 1)
                {
                    Report(DiagnosticDescriptors.ConflictingMemberAttributes, member.Locations.FirstOrDefault(), member.Name);
                    continue;
                }

                AttributeData attribute = attributes[0];
                if (HasErrorArguments(attribute))
                {
                    _hasErrors = true;
                    continue;
                }

                if (NotWritableBecause(member) is { } why)
                {
                    Report(DiagnosticDescriptors.MemberNotWritable, member.Locations.FirstOrDefault(), member.Name, why);
                    continue;
                }

                GroupModel? group = attribute.AttributeClass!.ToDisplayString() switch
                {
                    SchemaNames.WifiCredentialAttribute => ParseWifi(member, attribute, ++wifiIndex),
                    SchemaNames.BlynkCredentialAttribute => ParseBlynk(member, attribute, ++blynkIndex),
                    SchemaNames.BoardNameAttribute => ParseBoardName(member, attribute),
                    _ => ParseParameter(member, attribute),
                };
                if (group is not null)
                {
                    groups.Add(group);
                }
            }

            return groups;
        }

        private static bool IsSchemaAttribute(INamedTypeSymbol attributeClass)
        {
            string name = attributeClass.ToDisplayString();
            return name is SchemaNames.WifiCredentialAttribute or SchemaNames.BlynkCredentialAttribute
                or SchemaNames.BoardNameAttribute or SchemaNames.DynamicParamAttribute;
        }

        /// <summary>What keeps loading from assigning <paramref name="member"/> (BWM0018), or null when it can.</summary>
        private static string? NotWritableBecause(ISymbol member)
        {
            return member switch
            {
                IFieldSymbol { IsConst: true } => "is a constant",
                { IsStatic: true } => "is static (one value for every instance)",
                IFieldSymbol { IsReadOnly: true } => "is readonly",
                IPropertySymbol { IsIndexer: true } => "is an indexer",
                IPropertySymbol { SetMethod: { IsInitOnly: true } } => "has an 'init' accessor, which only an object initializer can call",
                IPropertySymbol { SetMethod: null } => "has no 'set' accessor",
                IPropertySymbol or IFieldSymbol => null,
                _ => "is neither a field nor a property",
            };
        }

        private static ITypeSymbol MemberType(ISymbol member) => member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;

        private GroupModel? ParseWifi(ISymbol member, AttributeData attribute, int index)
        {
            if (!HasType(member, SchemaNames.WifiCredential, "[WifiCredential]", "BlynkWM.WifiCredential"))
            {
                return null;
            }

            string id = ConstructorId(attribute);
            string label = Named(attribute, "Label", "");
            bool required = Named(attribute, "Required", false);
            (int ssidMax, string defaultSsid) = CredentialString(member, attribute, "SsidMaxLength", AttributeDefaults.SsidMaxLength, SchemaLimits.MaxSsidBytes, "DefaultSsid");
            (int passwordMax, string defaultPassword) = CredentialString(member, attribute, "PasswordMaxLength", AttributeDefaults.PasswordMaxLength, SchemaLimits.MaxPasswordBytes, "DefaultPassword");
            WarnIfSecretDefault(member.Name + ".Password", defaultPassword, ArgumentLocation(attribute, "DefaultPassword") ?? member.Locations.FirstOrDefault());
            int passwordMin = CredentialCheckLength(member, attribute, "PasswordMinLength", AttributeDefaults.PasswordMinLength,
                Math.Min(AttributeDefaults.PassphraseMaxCharacters, passwordMax), "PasswordMaxLength", "no minimum");

            label = label.Length > 0 ? label : "WiFi network " + index.ToString(CultureInfo.InvariantCulture);
            string credential = CredentialAccess(member);
            FieldModel password = StringField(id + "_pw", credential + ".Password", "Password", passwordMax, required: false, secret: true, defaultPassword);
            return Group(GroupKind.Wifi, member, id, label, required, new[]
            {
                StringField(id + "_ssid", credential + ".Ssid", "SSID", ssidMax, required, secret: false, defaultSsid),
                passwordMin > 0 ? password with { Rule = TextRule.Passphrase, MinLength = passwordMin } : password,
            });
        }

        private GroupModel? ParseBlynk(ISymbol member, AttributeData attribute, int index)
        {
            if (!HasType(member, SchemaNames.BlynkCredential, "[BlynkCredential]", "BlynkWM.BlynkCredential"))
            {
                return null;
            }

            string id = ConstructorId(attribute);
            string label = Named(attribute, "Label", "");
            bool required = Named(attribute, "Required", false);
            (int serverMax, string defaultServer) = CredentialString(
                member, attribute, "ServerMaxLength", AttributeDefaults.ServerMaxLength, SchemaLimits.MaxServerBytes, "DefaultServer", AttributeDefaults.BlynkServer);
            (int tokenMax, string defaultToken) = CredentialString(member, attribute, "TokenMaxLength", AttributeDefaults.TokenMaxLength, SchemaLimits.MaxTokenBytes, "DefaultToken");
            int defaultPort = Named(attribute, "DefaultPort", AttributeDefaults.BlynkPort);
            if (defaultPort < 1 || defaultPort > 65535)
            {
                Report(DiagnosticDescriptors.InvalidPort, ArgumentLocation(attribute, "DefaultPort") ?? member.Locations.FirstOrDefault(), defaultPort);
            }

            WarnIfSecretDefault(member.Name + ".Token", defaultToken, ArgumentLocation(attribute, "DefaultToken") ?? member.Locations.FirstOrDefault());
            int tokenLength = CredentialCheckLength(member, attribute, "TokenLength", AttributeDefaults.TokenLength, tokenMax, "TokenMaxLength", "any text");

            label = label.Length > 0 ? label : "Blynk server " + index.ToString(CultureInfo.InvariantCulture);
            string credential = CredentialAccess(member);
            FieldModel token = StringField(id + "_token", credential + ".Token", "Auth token", tokenMax, required, secret: true, defaultToken);
            return Group(GroupKind.Blynk, member, id, label, required, new[]
            {
                StringField(id + "_server", credential + ".Server", "Server", serverMax, required, secret: false, defaultServer) with { Rule = TextRule.HostName },
                IntegerField(id + "_port", credential + ".Port", "Port", "int", 1, 65535, required, defaultPort),
                tokenLength > 0 ? token with { Rule = TextRule.Token, MinLength = tokenLength } : token,
            });
        }

        /// <summary>
        /// A credential check's length (PasswordMinLength, TokenLength): as written, 0 (off) to <paramref name="limit"/>;
        /// when not written, the default where the field can hold it, otherwise 0 (a field shortened below the check's
        /// length has chosen other credentials).
        /// </summary>
        private int CredentialCheckLength(ISymbol member, AttributeData attribute, string name, int fallback, int limit, string maxName, string offMeaning)
        {
            if (!HasNamed(attribute, name))
            {
                return fallback <= limit ? fallback : 0;
            }

            int value = Named(attribute, name, fallback);
            if (value < 0 || value > limit)
            {
                Report(DiagnosticDescriptors.InvalidCredentialCheck, ArgumentLocation(attribute, name) ?? member.Locations.FirstOrDefault(), member.Name,
                    name + " is " + value.ToString(CultureInfo.InvariantCulture) + "; it must be 0 (" + offMeaning + ") or 1 to "
                    + limit.ToString(CultureInfo.InvariantCulture) + " (" + maxName + " and the credential's own limit)");
                return 0;
            }

            return value;
        }

        private GroupModel? ParseBoardName(ISymbol member, AttributeData attribute)
        {
            if (MemberType(member).SpecialType != SpecialType.System_String)
            {
                Report(DiagnosticDescriptors.UnsupportedMemberType, member.Locations.FirstOrDefault(), member.Name, MemberType(member).ToDisplayString(), "[BoardName]", "string");
                return null;
            }

            string label = Named(attribute, "Label", AttributeDefaults.BoardNameLabel);
            bool required = Named(attribute, "Required", false);
            int maxLength = CheckedMaxLength(member, attribute, "MaxLength", AttributeDefaults.BoardNameMaxLength, SchemaLimits.MaxBoardNameBytes, InitializerValue(member, out _) as string);
            string defaultValue = CheckedInitializerString(member, attribute, maxLength, SchemaLimits.MaxBoardNameBytes);
            return Group(GroupKind.BoardName, member, AttributeDefaults.BoardNameId, label, required, new[]
            {
                StringField(AttributeDefaults.BoardNameId, Identifier(member.Name), label, maxLength, required, secret: false, defaultValue),
            });
        }

        private GroupModel? ParseParameter(ISymbol member, AttributeData attribute)
        {
            string id = ConstructorId(attribute);
            string label = Named(attribute, "Label", "");
            label = label.Length > 0 ? label : id;
            bool required = Named(attribute, "Required", false);
            bool secret = Named(attribute, "Secret", false);
            ITypeSymbol type = MemberType(member);
            FieldModel field;
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                {
                    CheckNoEffect(attribute, "for a string parameter (it has no range)", "Min", "Max");
                    int maxLength = CheckedMaxLength(member, attribute, "MaxLength", 0, SchemaLimits.MaxStringBytes, InitializerValue(member, out _) as string);
                    string defaultValue = CheckedInitializerString(member, attribute, maxLength, SchemaLimits.MaxStringBytes);
                    if (secret)
                    {
                        WarnIfSecretDefault(member.Name, defaultValue, InitializerLocation(member));
                    }

                    field = StringField(id, Identifier(member.Name), label, maxLength, required, secret, defaultValue)
                        with { Rule = Named(attribute, "AllowControlCharacters", false) ? TextRule.AllowControlCharacters : TextRule.Plain };
                    break;
                }

                case SpecialType.System_Boolean:
                {
                    CheckNoEffect(attribute, "for a bool parameter", "MaxLength", "Min", "Max", "Secret", "AllowControlCharacters");
                    object? initial = InitializerValue(member, out bool constant);
                    if (!constant)
                    {
                        Report(DiagnosticDescriptors.DefaultNotConstant, InitializerLocation(member), member.Name, NotConstantHint(member));
                    }

                    bool defaultValue = initial is bool b && b;
                    field = new FieldModel(id, Tag(id), ValueKind.Bool, "bool", Identifier(member.Name), label, 1, 0, 1, required, secret,
                        defaultValue ? "true" : "false", defaultValue ? "true" : "false");
                    break;
                }

                default:
                {
                    if (!IntegerRange(type.SpecialType, out long typeMin, out long typeMax))
                    {
                        Report(DiagnosticDescriptors.UnsupportedMemberType, member.Locations.FirstOrDefault(), member.Name, type.ToDisplayString(),
                            "[DynamicParam]", "string, bool, byte, short, ushort, int, uint or long");
                        return null;
                    }

                    CheckNoEffect(attribute, "for an integer parameter (it has a fixed size)", "MaxLength");
                    CheckNoEffect(attribute, "for an integer parameter (it is a number)", "AllowControlCharacters");
                    long min = Named(attribute, "Min", long.MinValue);
                    long max = Named(attribute, "Max", long.MaxValue);
                    bool minGiven = HasNamed(attribute, "Min");
                    bool maxGiven = HasNamed(attribute, "Max");
                    bool minOutside = minGiven && (min < typeMin || min > typeMax);
                    bool maxOutside = maxGiven && (max < typeMin || max > typeMax);
                    Location? rangeLocation = ArgumentLocation(attribute, minGiven && !(maxOutside && !minOutside) ? "Min" : "Max") ?? member.Locations.FirstOrDefault();
                    if (minOutside || maxOutside)
                    {
                        Report(DiagnosticDescriptors.InvalidRange, rangeLocation, member.Name,
                            "Min and Max must lie within " + type.ToDisplayString() + " (" + typeMin.ToString(CultureInfo.InvariantCulture) + ".." + typeMax.ToString(CultureInfo.InvariantCulture) + ")");
                    }

                    min = minGiven ? Math.Max(min, typeMin) : typeMin;
                    max = maxGiven ? Math.Min(max, typeMax) : typeMax;
                    if (min > max)
                    {
                        Report(DiagnosticDescriptors.InvalidRange, rangeLocation, member.Name, "Min is greater than Max");
                    }

                    object? initial = InitializerValue(member, out bool constant);
                    if (!constant)
                    {
                        Report(DiagnosticDescriptors.DefaultNotConstant, InitializerLocation(member), member.Name, NotConstantHint(member));
                    }

                    long defaultValue = 0;
                    if (initial is not null && !TryGetInteger(initial, out defaultValue))
                    {
                        // Not an integer at all (e.g. = "text"): the compiler reports the conversion error; no stored default.
                        _hasErrors = true;
                    }
                    if (min <= max && (defaultValue < min || defaultValue > max))
                    {
                        Report(DiagnosticDescriptors.InvalidRange, InitializerLocation(member) ?? member.Locations.FirstOrDefault(), member.Name,
                            "the default " + defaultValue.ToString(CultureInfo.InvariantCulture) + " is outside " + min.ToString(CultureInfo.InvariantCulture) + ".." + max.ToString(CultureInfo.InvariantCulture));
                    }

                    field = IntegerField(id, Identifier(member.Name), label, type.ToDisplayString(), min, max, required, defaultValue) with { Secret = secret };
                    break;
                }
            }

            return Group(GroupKind.Parameter, member, id, label, required, new[] { field });
        }

        private static GroupModel Group(GroupKind kind, ISymbol member, string id, string label, bool required, FieldModel[] fields)
        {
            return new GroupModel(kind, member.Name, id, label, required, new EquatableArray<FieldModel>(fields))
            {
                Identifier = Identifier(member.Name),
                IsNullable = MemberType(member).NullableAnnotation == NullableAnnotation.Annotated,
            };
        }

        /// <summary>
        /// How generated code reaches a credential member's fields: its escaped name, with '!' when it is declared nullable
        /// (<c>WifiCredential?</c>). The generated code creates a missing credential object before any access
        /// (EnsureCredentialObjects), which the compiler's flow analysis cannot see across the call.
        /// </summary>
        private static string CredentialAccess(ISymbol member)
        {
            return Identifier(member.Name) + (MemberType(member).NullableAnnotation == NullableAnnotation.Annotated ? "!" : "");
        }

        private bool HasType(ISymbol member, string metadataName, string attributeName, string expected)
        {
            ITypeSymbol type = MemberType(member);
            if (type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None)).TrimEnd('?') == metadataName
                || type.OriginalDefinition.ToDisplayString().TrimEnd('?') == metadataName)
            {
                return true;
            }

            Report(DiagnosticDescriptors.UnsupportedMemberType, member.Locations.FirstOrDefault(), member.Name, type.ToDisplayString(), attributeName, expected);
            return false;
        }

        private static FieldModel StringField(string id, string accessor, string label, int maxLength, bool required, bool secret, string defaultValue)
        {
            return new FieldModel(id, Tag(id), ValueKind.String, "string", accessor, label, maxLength, 0, 0, required, secret,
                SymbolDisplay.FormatLiteral(defaultValue, quote: true), secret ? "" : defaultValue);
        }

        private static FieldModel IntegerField(string id, string accessor, string label, string clrType, long min, long max, bool required, long defaultValue)
        {
            string text = defaultValue.ToString(CultureInfo.InvariantCulture);
            return new FieldModel(id, Tag(id), ValueKind.Integer, clrType, accessor, label, 20, min, max, required, Secret: false, text, text);
        }

        private static bool IntegerRange(SpecialType type, out long min, out long max)
        {
            (min, max) = type switch
            {
                SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
                SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
                SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
                SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
                SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
                SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
                _ => (1L, 0L),
            };
            return min <= max;
        }

        /// <summary>The runtime's field tag (runtime/BlynkWM.Runtime/Storage/FieldTag.cs, compiled into this assembly too).</summary>
        internal static uint Tag(string id) => BlynkWM.Storage.FieldTag.Compute(id);
    }
}
