using static BlynkWM.Generators.Parsing.AttributeArguments;

namespace BlynkWM.Generators.Parsing
{
    internal sealed partial class ConfigParser
    {
        /// <summary>
        /// BWM0007 across the valid config classes of one compilation: two classes whose records live in the same place
        /// (overlapping EEPROM regions, or the same file path on the same kind of file system) must not use one field id
        /// with two types. Each class gets its own diagnostic, on the member that declares the id.
        /// </summary>
        internal static void CheckSharedStores(IReadOnlyList<KeyValuePair<INamedTypeSymbol, ConfigModel>> configs, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var ordered = configs
                .OrderBy(c => c.Value.HintName, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
                .ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                ConfigModel model = ordered[i].Value;
                var reported = new HashSet<string>(StringComparer.Ordinal);
                for (int j = 0; j < ordered.Count; j++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ConfigModel other = ordered[j].Value;
                    if (i == j || !SharesStore(model.Layout, other.Layout))
                    {
                        continue;
                    }

                    var otherFields = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
                    foreach (FieldModel field in other.Groups.SelectMany(g => g.Fields))
                    {
                        otherFields[field.Id] = field;
                    }

                    foreach (GroupModel group in model.Groups)
                    {
                        foreach (FieldModel field in group.Fields)
                        {
                            if (otherFields.TryGetValue(field.Id, out FieldModel? clash) && clash.ClrType != field.ClrType && reported.Add(field.Id))
                            {
                                report(Diagnostic.Create(DiagnosticDescriptors.FieldIdTypeConflict, GroupLocation(ordered[i].Key, group) ?? Location.None,
                                    field.Id, field.ClrType, clash.ClrType, ordered[j].Key.ToDisplayString()));
                            }
                        }
                    }
                }
            }
        }

        /// <summary>True when two records would overwrite each other: overlapping EEPROM regions, or one file on one kind of file system.</summary>
        internal static bool SharesStore(StorageLayoutModel a, StorageLayoutModel b)
        {
            if (a.Kind == ConfigStorage.Eeprom && b.Kind == ConfigStorage.Eeprom)
            {
                return a.EepromStart < (long)b.EepromStart + b.EepromRegionSize && b.EepromStart < (long)a.EepromStart + a.EepromRegionSize;
            }

            return a.Kind == b.Kind && string.Equals(a.Path, b.Path, StringComparison.Ordinal);
        }

        private static Location? GroupLocation(INamedTypeSymbol type, GroupModel group)
        {
            ISymbol? member = type.GetMembers(group.MemberName).FirstOrDefault();
            AttributeData? attribute = member?.GetAttributes().FirstOrDefault(a => a.AttributeClass is not null && IsSchemaAttribute(a.AttributeClass));
            return (attribute is null ? null : ConstructorArgumentLocation(attribute)) ?? member?.Locations.FirstOrDefault();
        }
    }
}
