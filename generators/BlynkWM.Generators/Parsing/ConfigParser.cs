using static BlynkWM.Generators.Parsing.AttributeArguments;
using static BlynkWM.Generators.Parsing.CSharpNames;

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

            ConfigStorage storage = configAttribute.ConstructorArguments.Length == 1 && configAttribute.ConstructorArguments[0].Value is int kind
                ? (ConfigStorage)kind
                : ConfigStorage.Eeprom;
            if (storage is not (ConfigStorage.Eeprom or ConfigStorage.LittleFs or ConfigStorage.Spiffs))
            {
                Report(DiagnosticDescriptors.UnknownStorageKind, ConstructorArgumentLocation(configAttribute) ?? _classLocation, (int)storage);
            }

            CheckStorageArguments(configAttribute, storage);
            string path = Named(configAttribute, "Path", "");
            int eepromStart = Named(configAttribute, "EepromStart", 0);
            int eepromSize = Named(configAttribute, "EepromRegionSize", AttributeDefaults.EepromRegionSize);
            int eepromCapacity = Named(configAttribute, "EepromCapacity", AttributeDefaults.EepromCapacity);
            string portalTitle = Named(configAttribute, "PortalTitle", AttributeDefaults.PortalTitle);
            var portal = new PortalOptionsModel(
                Named(configAttribute, "PortalCss", "") ?? "",
                Named(configAttribute, "PortalHeadHtml", "") ?? "",
                Named(configAttribute, "CorsOrigin", "") ?? "",
                _type.InstanceConstructors.Any(c => c.Parameters.Length == 0))
            {
                EdgentTemplateId = Named(configAttribute, "EdgentTemplateId", "") ?? "",
                EdgentTemplateName = Named(configAttribute, "EdgentTemplateName", "") ?? "",
            };

            CheckPortalOptions(configAttribute, portal);
            CheckReservedNames();
            List<GroupModel> groups = ParseMembers();
            CheckIds(groups);
            CheckCounts(groups);

            FieldModel[] fields = groups.SelectMany(g => g.Fields).ToArray();
            int maxRecordSize = RecordFormat.Overhead + fields.Sum(f => f.MaxEncodedSize);
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
