using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using BlynkWM.Generators.Diagnostics;
using BlynkWM.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Generators.Parsing
{
    /// <summary>
    /// Turns a [BlynkConfig] class into a <see cref="ConfigModel"/>. The generator calls it without a reporter and
    /// emits nothing when it returns null; the analyzers call it with one and publish what it finds, so the two
    /// can never disagree about what is valid.
    /// </summary>
    internal sealed partial class ConfigParser
    {
        private readonly INamedTypeSymbol _type;
        private readonly Func<SyntaxTree, SemanticModel?> _semanticModels;
        private readonly Action<Diagnostic>? _report;
        private readonly CancellationToken _cancellationToken;
        private bool _hasErrors;

        /// <summary>Where class-level diagnostics go: the name in the declaration that carries [BlynkConfig].</summary>
        private Location? _classLocation;

        private ConfigParser(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel?> semanticModels, Action<Diagnostic>? report, CancellationToken cancellationToken)
        {
            _type = type;
            _semanticModels = semanticModels;
            _report = report;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Returns the model, or null when the class has an error (reported through <paramref name="report"/> when given).</summary>
        public static ConfigModel? Parse(
            INamedTypeSymbol type,
            Func<SyntaxTree, SemanticModel?> semanticModels,
            Action<Diagnostic>? report,
            CancellationToken cancellationToken)
        {
            try
            {
                return new ConfigParser(type, semanticModels, report, cancellationToken).Parse();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception) when (report is null)
            {
                // Half-typed code can produce symbol shapes no rule anticipated; the generator must never throw.
                return null;
            }
        }

        private ConfigModel? Parse()
        {
            AttributeData? configAttribute = FindAttribute(_type, SchemaNames.BlynkConfigAttribute);
            if (configAttribute is null || HasErrorArguments(configAttribute))
            {
                return null;
            }

            _classLocation = configAttribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).Parent?.Parent is BaseTypeDeclarationSyntax attributed
                ? attributed.Identifier.GetLocation()
                : IdentifierLocation(_type);

            CheckDeclaration();

            StorageKind storage = configAttribute.ConstructorArguments.Length == 1 && configAttribute.ConstructorArguments[0].Value is int kind
                ? (StorageKind)kind
                : StorageKind.Eeprom;
            if (storage is not (StorageKind.Eeprom or StorageKind.LittleFs or StorageKind.Spiffs))
            {
                Report(DiagnosticDescriptors.UnknownStorageKind, ConstructorArgumentLocation(configAttribute) ?? _classLocation, (int)storage);
            }

            CheckStorageArguments(configAttribute, storage);
            string path = Named(configAttribute, "Path", "");
            int eepromStart = Named(configAttribute, "EepromStart", 0);
            int eepromSize = Named(configAttribute, "EepromSize", 2048);
            int eepromCapacity = Named(configAttribute, "EepromCapacity", 4096);
            string portalTitle = Named(configAttribute, "PortalTitle", "Device setup");
            var portal = new PortalOptionsModel(
                Named(configAttribute, "PortalCss", "") ?? "",
                Named(configAttribute, "PortalHeadHtml", "") ?? "",
                Named(configAttribute, "CorsOrigin", "") ?? "",
                _type.InstanceConstructors.Any(c => c.Parameters.Length == 0));

            CheckPortalOptions(configAttribute, portal);
            CheckReservedNames();
            List<GroupModel> groups = ParseMembers();
            CheckIds(groups);
            CheckCounts(groups);

            FieldModel[] fields = groups.SelectMany(g => g.Fields).ToArray();
            int maxRecordSize = SchemaNames.RecordOverhead + fields.Sum(f => f.MaxEncodedSize);
            var layout = new StorageLayoutModel(storage, path, eepromStart, eepromSize, eepromCapacity, maxRecordSize, Fingerprint(fields));
            CheckLayout(layout, configAttribute, fields);

            if (_hasErrors)
            {
                return null;
            }

            string[] namespaceParts = NamespaceParts();
            string[] typeNames = ContainingTypeNames();
            string? emittedNamespace = namespaceParts.Length == 0 ? null : string.Join(".", namespaceParts.Select(Identifier));
            string qualifiedName = "global::" + (emittedNamespace is null ? "" : emittedNamespace + ".")
                + string.Join("", typeNames.Select(n => TypeIdentifier(n) + ".")) + TypeIdentifier(_type.Name);

            // The hint name names the file: raw names ('@' is not allowed there), '.' between namespaces and '+' between
            // nested types, so that namespace Outer { class Config } and class Outer { class Config } do not collide.
            string hintName = (namespaceParts.Length == 0 ? "" : string.Join(".", namespaceParts) + ".")
                + string.Join("", typeNames.Select(n => n + "+")) + _type.Name;

            return new ConfigModel(
                emittedNamespace,
                TypeIdentifier(_type.Name),
                new EquatableArray<string>(ContainingTypeDeclarations()),
                portalTitle,
                layout,
                new EquatableArray<GroupModel>(groups.ToArray()),
                _type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared)) { Portal = portal, HintName = hintName, QualifiedName = qualifiedName };
        }

        /// <summary>
        /// <paramref name="name"/> as it can be written in generated code: with '@' when it is a C# keyword (e.g. a member
        /// declared as <c>@class</c>) or a contextual one (harmless where it is not needed, required where it is).
        /// </summary>
        internal static string Identifier(string name)
        {
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                ? "@" + name
                : name;
        }

        /// <summary>
        /// A type name as generated code declares it: <see cref="Identifier"/>, and also with '@' when it is all lower-case
        /// ASCII, which the compiler warns about (CS8981) on every declaration of the type, generated ones included,
        /// unless the name is written verbatim.
        /// </summary>
        internal static string TypeIdentifier(string name)
        {
            return name.Length > 0 && name.All(c => c >= 'a' && c <= 'z') ? "@" + name : Identifier(name);
        }

        /// <summary>The namespaces around the class, outermost first, unescaped.</summary>
        private string[] NamespaceParts()
        {
            var parts = new List<string>();
            for (INamespaceSymbol? ns = _type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                parts.Insert(0, ns.Name);
            }

            return parts.ToArray();
        }

        /// <summary>The types containing the class, outermost first, unescaped.</summary>
        private string[] ContainingTypeNames()
        {
            var names = new List<string>();
            for (INamedTypeSymbol? t = _type.ContainingType; t is not null; t = t.ContainingType)
            {
                names.Insert(0, t.Name);
            }

            return names.ToArray();
        }

        private void CheckDeclaration()
        {
            if (_type.IsRecord || _type.IsStatic || _type.TypeKind != TypeKind.Class)
            {
                string what = _type.IsRecord ? "a record" : _type.IsStatic ? "a static class" : "not a class";
                Report(DiagnosticDescriptors.ConfigTypeNotInstantiableClass, _classLocation, _type.Name, what);
            }

            for (INamedTypeSymbol? t = _type; t is not null; t = t.ContainingType)
            {
                if (t.IsGenericType)
                {
                    Report(DiagnosticDescriptors.ClassGeneric, _classLocation, _type.Name);
                    break;
                }
            }

            for (INamedTypeSymbol? t = _type; t is not null; t = t.ContainingType)
            {
                if (!IsPartial(t, out Location? offending))
                {
                    if (SymbolEqualityComparer.Default.Equals(t, _type))
                    {
                        Report(DiagnosticDescriptors.ClassNotPartial, offending ?? _classLocation, t.Name);
                    }
                    else
                    {
                        // A containing type is reported on the config class (the declaration being analyzed, where the fix
                        // adds partial to the whole chain) and points at the container as an additional location.
                        ReportCore(DiagnosticDescriptors.ClassNotPartial, _classLocation, offending is null ? null : new[] { offending }, null, t.Name);
                    }
                }
            }
        }

        /// <summary>True when every declaration of <paramref name="type"/> says partial; otherwise <paramref name="offending"/> is the identifier of one that does not.</summary>
        private static bool IsPartial(INamedTypeSymbol type, out Location? offending)
        {
            offending = null;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    offending = declaration.Identifier.GetLocation();
                    return false;
                }
            }

            return type.DeclaringSyntaxReferences.Length > 0;
        }

        private string[] ContainingTypeDeclarations()
        {
            var declarations = new List<string>();
            for (INamedTypeSymbol? t = _type.ContainingType; t is not null; t = t.ContainingType)
            {
                string keyword = t.IsRecord
                    ? (t.TypeKind == TypeKind.Struct ? "record struct" : "record")
                    : t.TypeKind switch
                    {
                        TypeKind.Struct => "struct",
                        TypeKind.Interface => "interface",
                        _ => "class",
                    };
                declarations.Insert(0, "partial " + keyword + " " + TypeIdentifier(t.Name));
            }

            return declarations.ToArray();
        }

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

                if (!IsWritableInstanceMember(member))
                {
                    Report(DiagnosticDescriptors.MemberNotWritable, member.Locations.FirstOrDefault(), member.Name);
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

        private static bool IsWritableInstanceMember(ISymbol member)
        {
            if (member.IsStatic)
            {
                return false;
            }

            return member switch
            {
                IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
                IPropertySymbol property => property.SetMethod is { IsInitOnly: false } && !property.IsIndexer,
                _ => false,
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
            int ssidMax = CheckedMaxLength(member, attribute, "SsidMaxLength", 32, 32, Named(attribute, "DefaultSsid", ""));
            int passwordMax = CheckedMaxLength(member, attribute, "PasswordMaxLength", 64, 64, Named(attribute, "DefaultPassword", ""));
            string defaultSsid = CheckedDefaultString(member, attribute, "DefaultSsid", ssidMax, "SsidMaxLength", 32);
            string defaultPassword = CheckedDefaultString(member, attribute, "DefaultPassword", passwordMax, "PasswordMaxLength", 64);
            WarnIfSecretDefault(member.Name + ".Password", defaultPassword, ArgumentLocation(attribute, "DefaultPassword") ?? member.Locations.FirstOrDefault());

            label = label.Length > 0 ? label : "WiFi network " + index.ToString(CultureInfo.InvariantCulture);
            string credential = CredentialAccess(member);
            return Group(GroupKind.Wifi, member, id, label, required, new[]
            {
                StringField(id + "_ssid", credential + ".Ssid", "SSID", ssidMax, required, secret: false, defaultSsid),
                StringField(id + "_pw", credential + ".Password", "Password", passwordMax, required: false, secret: true, defaultPassword),
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
            int serverMax = CheckedMaxLength(member, attribute, "ServerMaxLength", 64, 255, Named(attribute, "DefaultServer", "blynk.cloud"));
            int tokenMax = CheckedMaxLength(member, attribute, "TokenMaxLength", 34, 128, Named(attribute, "DefaultToken", ""));
            string defaultServer = CheckedDefaultString(member, attribute, "DefaultServer", serverMax, "ServerMaxLength", 255, "blynk.cloud");
            string defaultToken = CheckedDefaultString(member, attribute, "DefaultToken", tokenMax, "TokenMaxLength", 128);
            int defaultPort = Named(attribute, "DefaultPort", 80);
            if (defaultPort < 1 || defaultPort > 65535)
            {
                Report(DiagnosticDescriptors.InvalidPort, ArgumentLocation(attribute, "DefaultPort") ?? member.Locations.FirstOrDefault(), defaultPort);
            }

            WarnIfSecretDefault(member.Name + ".Token", defaultToken, ArgumentLocation(attribute, "DefaultToken") ?? member.Locations.FirstOrDefault());

            label = label.Length > 0 ? label : "Blynk server " + index.ToString(CultureInfo.InvariantCulture);
            string credential = CredentialAccess(member);
            return Group(GroupKind.Blynk, member, id, label, required, new[]
            {
                StringField(id + "_server", credential + ".Server", "Server", serverMax, required, secret: false, defaultServer) with { Rule = TextRule.HostName },
                IntegerField(id + "_port", credential + ".Port", "Port", "int", 1, 65535, required, defaultPort),
                StringField(id + "_token", credential + ".Token", "Auth token", tokenMax, required, secret: true, defaultToken),
            });
        }

        private GroupModel? ParseBoardName(ISymbol member, AttributeData attribute)
        {
            if (MemberType(member).SpecialType != SpecialType.System_String)
            {
                Report(DiagnosticDescriptors.UnsupportedMemberType, member.Locations.FirstOrDefault(), member.Name, MemberType(member).ToDisplayString(), "[BoardName]", "string");
                return null;
            }

            string label = Named(attribute, "Label", "Board name");
            bool required = Named(attribute, "Required", false);
            int maxLength = CheckedMaxLength(member, attribute, "MaxLength", 24, 63, InitializerValue(member, out _) as string);
            string defaultValue = CheckedInitializerString(member, attribute, maxLength, 63);
            return Group(GroupKind.BoardName, member, SchemaNames.BoardNameId, label, required, new[]
            {
                StringField(SchemaNames.BoardNameId, Identifier(member.Name), label, maxLength, required, secret: false, defaultValue),
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
                    int maxLength = CheckedMaxLength(member, attribute, "MaxLength", 0, SchemaNames.MaxStringBytes, InitializerValue(member, out _) as string);
                    string defaultValue = CheckedInitializerString(member, attribute, maxLength, SchemaNames.MaxStringBytes);
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

        private string ConstructorId(AttributeData attribute)
        {
            return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id ? id : "";
        }

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

        /// <summary>Warns about each named argument of <paramref name="attribute"/> in <paramref name="names"/> that is given although it is ignored.</summary>
        private void CheckNoEffect(AttributeData attribute, string why, params string[] names)
        {
            foreach (string name in names)
            {
                if (HasNamed(attribute, name))
                {
                    Report(DiagnosticDescriptors.ArgumentHasNoEffect, ArgumentLocation(attribute, name), name, why);
                }
            }
        }

        private void CheckStorageArguments(AttributeData attribute, StorageKind storage)
        {
            switch (storage)
            {
                case StorageKind.Eeprom:
                    CheckNoEffect(attribute, "for EEPROM storage (EepromStart and EepromSize place the record)", "Path");
                    break;
                case StorageKind.LittleFs:
                    CheckNoEffect(attribute, "for LittleFS storage (Path names the file)", "EepromStart", "EepromSize", "EepromCapacity");
                    break;
                case StorageKind.Spiffs:
                    CheckNoEffect(attribute, "for SPIFFS storage (Path names the files)", "EepromStart", "EepromSize", "EepromCapacity");
                    break;
            }
        }

        private static ImmutableDictionary<string, string?> SetArgumentFix(AttributeData attribute, string argument, int value)
        {
            return ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Attribute, attribute.AttributeClass?.ToDisplayString())
                .Add(DiagnosticProperties.Argument, argument)
                .Add(DiagnosticProperties.Value, value.ToString(CultureInfo.InvariantCulture));
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

        private void CheckIds(List<GroupModel> groups)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var tags = new Dictionary<uint, string>();
            bool boardNameSeen = false;
            foreach (GroupModel group in groups)
            {
                if (group.Kind == GroupKind.BoardName)
                {
                    if (boardNameSeen)
                    {
                        continue; // BWM0021 reports the second [BoardName]; its "board" id is not a separate mistake.
                    }

                    boardNameSeen = true;
                }

                ISymbol? member = _type.GetMembers(group.MemberName).FirstOrDefault();
                AttributeData? attribute = member?.GetAttributes().FirstOrDefault(a => a.AttributeClass is not null && IsSchemaAttribute(a.AttributeClass));
                Location? location = (attribute is null ? null : ConstructorArgumentLocation(attribute)) ?? member?.Locations.FirstOrDefault();
                if (group.Kind != GroupKind.BoardName && !IsValidId(group.Id))
                {
                    Report(DiagnosticDescriptors.InvalidFieldId, location, group.Id, SchemaNames.MaxIdLength);
                    continue;
                }

                foreach (FieldModel field in group.Fields)
                {
                    if (seen.ContainsKey(field.Id))
                    {
                        // Once per member: a repeated WiFi id would otherwise be reported for its SSID and its password.
                        Report(DiagnosticDescriptors.DuplicateFieldId, location, field.Id, _type.Name);
                        break;
                    }

                    seen.Add(field.Id, group.MemberName);
                    if (tags.TryGetValue(field.Tag, out string? other))
                    {
                        Report(DiagnosticDescriptors.TagCollision, location, other, field.Id, field.Tag);
                        continue;
                    }

                    tags.Add(field.Tag, field.Id);
                }
            }
        }

        /// <summary>Letters, digits, '_' and '-', starting with a letter: safe as an HTML name/id and a URL key without escaping.</summary>
        internal static bool IsValidId(string id)
        {
            if (id.Length == 0 || id.Length > SchemaNames.MaxIdLength || !IsAsciiLetter(id[0]))
            {
                return false;
            }

            foreach (char c in id)
            {
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private void CheckCounts(List<GroupModel> groups)
        {
            Location? classLocation = _classLocation;
            CheckCount(groups, GroupKind.Wifi, "WifiCredential", "WiFi", SchemaNames.MaxWifiSets, classLocation);
            CheckCount(groups, GroupKind.Blynk, "BlynkCredential", "Blynk", SchemaNames.MaxBlynkSets, classLocation);
            GroupModel? secondBoardName = groups.Where(g => g.Kind == GroupKind.BoardName).Skip(1).FirstOrDefault();
            if (secondBoardName is not null)
            {
                Report(DiagnosticDescriptors.DuplicateBoardName, _type.GetMembers(secondBoardName.MemberName).FirstOrDefault()?.Locations.FirstOrDefault() ?? classLocation, _type.Name);
            }
        }

        private void CheckCount(List<GroupModel> groups, GroupKind kind, string attributeName, string what, int limit, Location? location)
        {
            int count = groups.Count(g => g.Kind == kind);
            if (count == 0)
            {
                Report(DiagnosticDescriptors.MissingCredentialSet, location, _type.Name, attributeName);
            }
            else if (count > limit)
            {
                GroupModel extra = groups.Where(g => g.Kind == kind).ElementAt(limit);
                Report(DiagnosticDescriptors.TooManyCredentialSets, _type.GetMembers(extra.MemberName).FirstOrDefault()?.Locations.FirstOrDefault() ?? location,
                    _type.Name, count, what, limit);
            }
        }

        private void CheckLayout(StorageLayoutModel layout, AttributeData attribute, FieldModel[] fields)
        {
            Location? classLocation = _classLocation;
            bool tooLarge = layout.MaxRecordSize - SchemaNames.RecordOverhead > SchemaNames.MaxFieldListBytes;
            if (tooLarge)
            {
                Report(DiagnosticDescriptors.LayoutDoesNotFit, classLocation, _type.Name, layout.MaxRecordSize,
                    "a record (a field list of at most " + SchemaNames.MaxFieldListBytes.ToString(CultureInfo.InvariantCulture) + " bytes plus its header and CRC)",
                    SchemaNames.MaxFieldListBytes + SchemaNames.RecordOverhead, BiggestFields(fields));
            }

            switch (layout.Kind)
            {
                case StorageKind.Eeprom:
                {
                    Location? regionLocation = ArgumentLocation(attribute, "EepromSize") ?? ArgumentLocation(attribute, "EepromStart") ?? classLocation;
                    long end = (long)layout.EepromStart + layout.EepromSize;
                    if (layout.EepromStart < 0 || layout.EepromSize <= StorageLayoutModel.FlagAreaSize || layout.EepromCapacity <= 0 || end > layout.EepromCapacity)
                    {
                        Report(DiagnosticDescriptors.EepromRegionOutsideStore, regionLocation, layout.EepromStart, end, layout.EepromCapacity);
                    }
                    else if (!tooLarge && layout.MaxRecordSize > layout.SlotSize)
                    {
                        int? size = FittingEepromSize(layout);
                        Report(DiagnosticDescriptors.LayoutDoesNotFit, regionLocation, size is { } s ? SetArgumentFix(attribute, "EepromSize", s) : null,
                            _type.Name, layout.MaxRecordSize,
                            "each of the two EEPROM slots (a " + layout.EepromSize.ToString(CultureInfo.InvariantCulture) + "-byte region minus the "
                                + StorageLayoutModel.FlagAreaSize.ToString(CultureInfo.InvariantCulture) + "-byte flag area, halved)",
                            layout.SlotSize, BiggestFields(fields));
                    }

                    break;
                }

                case StorageKind.LittleFs:
                {
                    string? problem = HasControlCharacter(layout.Path) ? ControlCharacterProblem
                        : layout.Path.Length == 0 ? "it is empty"
                        : layout.Path[0] != '/' ? "it must be absolute (start with '/')"
                        : layout.Path.EndsWith("/", StringComparison.Ordinal) ? "it names a directory, not a file"
                        : null;
                    if (problem is not null)
                    {
                        Report(DiagnosticDescriptors.InvalidLittleFsPath, ArgumentLocation(attribute, "Path") ?? classLocation, Displayable(layout.Path), problem);
                    }

                    break;
                }

                case StorageKind.Spiffs:
                {
                    int bytes = Encoding.UTF8.GetByteCount(layout.Path) + 2;
                    string? problem = HasControlCharacter(layout.Path) ? ControlCharacterProblem
                        : layout.Path.Length == 0 || layout.Path[0] != '/' ? "it must be a flat absolute name such as '/wm_config'"
                        : layout.Path.IndexOf('/', 1) >= 0 ? "SPIFFS has no directories"
                        : bytes > SchemaNames.SpiffsMaxPathBytes ? "with its 2-byte slot suffix it is " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes; SPIFFS names hold at most 31"
                        : null;
                    if (problem is not null)
                    {
                        Report(DiagnosticDescriptors.InvalidSpiffsPath, ArgumentLocation(attribute, "Path") ?? classLocation, Displayable(layout.Path), problem);
                    }

                    break;
                }
            }
        }

        private const string ControlCharacterProblem = "it contains a control character (a line break, tab or other non-printing character)";

        /// <summary>C0 and C1 controls (tab, CR, LF, NEL...) and the Unicode line and paragraph separators.</summary>
        internal static bool HasControlCharacter(string text)
        {
            foreach (char c in text)
            {
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A value for a diagnostic message: as written, or with escapes when it holds control characters.</summary>
        private static string Displayable(string text) => HasControlCharacter(text) ? SymbolDisplay.FormatLiteral(text, quote: false) : text;

        /// <summary>Names the emitters declare in the config class (StorageEmitter, PortalEmitter): a user member with one of them breaks the generated code.</summary>
        internal static readonly string[] GeneratedMemberNames =
        {
            "StorageLayout", "CreateStore", "CreateResetRecord", "CreatePortalFlagRecord", "Write", "TryRead", "ResetToDefaults",
            "EnsureCredentialObjects", "CopyTo", "GetWifiCredentials", "GetBlynkCredentials", "PortalForm",
        };

        /// <summary>BWM0026: every member of the class (with or without a BlynkWM attribute) and the class itself.</summary>
        private void CheckReservedNames()
        {
            if (Array.IndexOf(GeneratedMemberNames, _type.Name) >= 0)
            {
                Report(DiagnosticDescriptors.ReservedMemberName, _classLocation, _type.Name, _type.Name, " as a member, and a class cannot contain a member named like itself");
            }

            foreach (ISymbol member in _type.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (member.IsImplicitlyDeclared || Array.IndexOf(GeneratedMemberNames, member.Name) < 0 || IsDeclaredByBlynkWM(member))
                {
                    continue;
                }

                Report(DiagnosticDescriptors.ReservedMemberName, member.Locations.FirstOrDefault() ?? _classLocation, member.Name, _type.Name, "");
            }
        }

        /// <summary>
        /// True for a member of code this generator emitted. The analyzers see the generated members beside the user's (the
        /// generator, which runs before its own output exists, does not); they must not count as the user's.
        /// </summary>
        private bool IsDeclaredByBlynkWM(ISymbol member)
        {
            ImmutableArray<SyntaxReference> references = member.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return false;
            }

            foreach (SyntaxReference reference in references)
            {
                SyntaxTree tree = reference.SyntaxTree;
                if (!(tree.FilePath.EndsWith(".Storage.g.cs", StringComparison.Ordinal) || tree.FilePath.EndsWith(".Portal.g.cs", StringComparison.Ordinal)))
                {
                    return false;
                }

                Microsoft.CodeAnalysis.Text.SourceText text = tree.GetText(_cancellationToken);
                if (text.Length < SchemaNames.GeneratedHeader.Length
                    || text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(0, SchemaNames.GeneratedHeader.Length)) != SchemaNames.GeneratedHeader)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>BWM0027: portal options the generated code would otherwise send as they are.</summary>
        private void CheckPortalOptions(AttributeData attribute, PortalOptionsModel portal)
        {
            string? problem = CorsOriginProblem(portal.CorsOrigin);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidPortalOption, ArgumentLocation(attribute, "CorsOrigin") ?? _classLocation, "CorsOrigin", Displayable(portal.CorsOrigin), problem);
            }
        }

        /// <summary>
        /// Why <paramref name="origin"/> cannot be the Access-Control-Allow-Origin value, or null: it must be empty (no
        /// header), "*" or one serialized origin, scheme://host[:port] in lower case, as browsers send and compare it.
        /// </summary>
        internal static string? CorsOriginProblem(string origin)
        {
            if (origin.Length == 0 || origin == "*")
            {
                return null;
            }

            foreach (char c in origin)
            {
                if (c < '!' || c > '~')
                {
                    return "it is sent as an HTTP header value and must be printable ASCII, without spaces or line breaks";
                }
            }

            const string Expected = "use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"";
            int separator = origin.IndexOf("://", StringComparison.Ordinal);
            if (separator <= 0 || !IsAsciiLetter(origin[0]))
            {
                return "it is not an origin; " + Expected;
            }

            for (int i = 1; i < separator; i++)
            {
                char c = origin[i];
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
                {
                    return "the scheme '" + origin.Substring(0, separator) + "' is not valid; " + Expected;
                }
            }

            string rest = origin.Substring(separator + 3);
            if (rest.IndexOfAny(new[] { '/', '?', '#', '@', '\\' }) >= 0)
            {
                return "an origin has no path, query, fragment or user name (not even a trailing '/'); " + Expected;
            }

            string host;
            string? port = null;
            if (rest.StartsWith("[", StringComparison.Ordinal))
            {
                int close = rest.IndexOf(']');
                if (close < 3 || rest.Substring(1, close - 1).Any(c => !(c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))))
                {
                    return "the IPv6 address is not valid; " + Expected;
                }

                host = rest.Substring(0, close + 1);
                string after = rest.Substring(close + 1);
                if (after.Length > 0)
                {
                    if (after[0] != ':')
                    {
                        return "only a port may follow the host; " + Expected;
                    }

                    port = after.Substring(1);
                }
            }
            else
            {
                int colon = rest.IndexOf(':');
                host = colon < 0 ? rest : rest.Substring(0, colon);
                port = colon < 0 ? null : rest.Substring(colon + 1);
                foreach (char c in host)
                {
                    if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_' && c != '~')
                    {
                        return "the host '" + host + "' is not valid; " + Expected;
                    }
                }
            }

            if (host.Length == 0)
            {
                return "the host is missing; " + Expected;
            }

            if (port is not null && (port.Length == 0 || port.Length > 5 || port.Any(c => c < '0' || c > '9') || int.Parse(port, CultureInfo.InvariantCulture) is 0 or > 65535))
            {
                return "the port must be a number from 1 to 65535; " + Expected;
            }

            if (!string.Equals(origin, origin.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return "browsers send the origin in lower case and compare it byte for byte; write the scheme and host in lower case";
            }

            return null;
        }

        /// <summary>The smallest region size (rounded up to 64 bytes when that still fits) whose slots hold the record; null when none fits the store.</summary>
        internal static int? FittingEepromSize(StorageLayoutModel layout)
        {
            long exact = StorageLayoutModel.FlagAreaSize + (2L * layout.MaxRecordSize);
            long rounded = (exact + 63) / 64 * 64;
            foreach (long size in new[] { rounded, exact })
            {
                if (layout.EepromStart + size <= layout.EepromCapacity)
                {
                    return (int)size;
                }
            }

            return null;
        }

        private static string BiggestFields(FieldModel[] fields)
        {
            return string.Join(", ", fields.OrderByDescending(f => f.MaxEncodedSize).ThenBy(f => f.Id, StringComparer.Ordinal).Take(3)
                .Select(f => f.Id + " (" + f.MaxEncodedSize.ToString(CultureInfo.InvariantCulture) + " bytes)"));
        }

        /// <summary>FNV-1a over "id:type" of the fields in id order: identifies the schema that wrote a record.</summary>
        private static uint Fingerprint(FieldModel[] fields)
        {
            uint hash = 2166136261u;
            foreach (FieldModel field in fields.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                foreach (char c in field.Id + ":" + ((int)field.Kind).ToString(CultureInfo.InvariantCulture) + ";")
                {
                    hash = unchecked((hash ^ c) * 16777619u);
                }
            }

            return hash;
        }

        /// <summary>The runtime's field tag (runtime/BlynkWM.Runtime/Storage/FieldTag.cs, compiled into this assembly too).</summary>
        internal static uint Tag(string id) => BlynkWM.Storage.FieldTag.Compute(id);

        private static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
        {
            return symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
        }

        private static bool HasErrorArguments(AttributeData attribute)
        {
            return attribute.AttributeClass is null or IErrorTypeSymbol
                || attribute.AttributeConstructor is null
                || attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error)
                || attribute.NamedArguments.Any(a => a.Value.Kind == TypedConstantKind.Error);
        }

        private static bool HasNamed(AttributeData attribute, string name) => attribute.NamedArguments.Any(a => a.Key == name);

        private static T Named<T>(AttributeData attribute, string name, T fallback)
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

        private static Location? ArgumentLocation(AttributeData attribute, string name)
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

        private static Location? ConstructorArgumentLocation(AttributeData attribute)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments })
            {
                AttributeArgumentSyntax? first = arguments.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null);
                return first?.GetLocation();
            }

            // No positional argument (e.g. [BoardName]): callers fall back to the member.
            return null;
        }

        private static Location? IdentifierLocation(INamedTypeSymbol type)
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is BaseTypeDeclarationSyntax declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }

            return type.Locations.FirstOrDefault();
        }

        private void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] arguments)
        {
            Report(descriptor, location, (ImmutableDictionary<string, string?>?)null, arguments);
        }

        private void Report(DiagnosticDescriptor descriptor, Location? location, ImmutableDictionary<string, string?>? properties, params object?[] arguments)
        {
            ReportCore(descriptor, location, null, properties, arguments);
        }

        private void ReportCore(DiagnosticDescriptor descriptor, Location? location, Location[]? additionalLocations, ImmutableDictionary<string, string?>? properties, params object?[] arguments)
        {
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                _hasErrors = true;
            }

            _report?.Invoke(Diagnostic.Create(descriptor, location ?? Location.None, additionalLocations, properties, arguments));
        }
    }
}
