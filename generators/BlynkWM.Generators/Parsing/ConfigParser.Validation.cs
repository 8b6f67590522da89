using static BlynkWM.Generators.Parsing.ArgumentRules;
using static BlynkWM.Generators.Parsing.AttributeArguments;

namespace BlynkWM.Generators.Parsing
{
    /// <summary>Rules over the whole class: ids, credential counts, storage arguments, the layout and portal options.</summary>
    internal sealed partial class ConfigParser
    {
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
                    Report(DiagnosticDescriptors.InvalidFieldId, location, group.Id, SchemaLimits.MaxIdLength);
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

        private void CheckCounts(List<GroupModel> groups)
        {
            Location? classLocation = _classLocation;
            CheckCount(groups, GroupKind.Wifi, "WifiCredential", "WiFi", SchemaLimits.MaxWifiSets, classLocation);
            CheckCount(groups, GroupKind.Blynk, "BlynkCredential", "Blynk", SchemaLimits.MaxBlynkSets, classLocation);
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
            bool tooLarge = layout.MaxRecordSize - RecordFormat.Overhead > RecordFormat.MaxFieldListLength;
            if (tooLarge)
            {
                Report(DiagnosticDescriptors.LayoutDoesNotFit, classLocation, _type.Name, layout.MaxRecordSize,
                    "a record (a field list of at most " + RecordFormat.MaxFieldListLength.ToString(CultureInfo.InvariantCulture) + " bytes plus its header and CRC)",
                    RecordFormat.MaxFieldListLength + RecordFormat.Overhead, BiggestFields(fields));
            }

            switch (layout.Kind)
            {
                case ConfigStorage.Eeprom:
                {
                    Location? regionLocation = ArgumentLocation(attribute, "EepromRegionSize") ?? ArgumentLocation(attribute, "EepromStart") ?? classLocation;
                    long end = (long)layout.EepromStart + layout.EepromRegionSize;
                    if (layout.EepromStart < 0 || layout.EepromRegionSize <= RecordFormat.FlagAreaSize || layout.EepromCapacity <= 0 || end > layout.EepromCapacity)
                    {
                        Report(DiagnosticDescriptors.EepromRegionOutsideStore, regionLocation, layout.EepromStart, end, layout.EepromCapacity);
                    }
                    else if (!tooLarge && layout.MaxRecordSize > layout.SlotSize)
                    {
                        int? size = FittingEepromRegionSize(layout);
                        Report(DiagnosticDescriptors.LayoutDoesNotFit, regionLocation, size is { } s ? SetArgumentFix(attribute, "EepromRegionSize", s) : null,
                            _type.Name, layout.MaxRecordSize,
                            "each of the two EEPROM slots (a " + layout.EepromRegionSize.ToString(CultureInfo.InvariantCulture) + "-byte region minus the "
                                + RecordFormat.FlagAreaSize.ToString(CultureInfo.InvariantCulture) + "-byte flag area, halved)",
                            layout.SlotSize, BiggestFields(fields));
                    }

                    break;
                }

                case ConfigStorage.LittleFs:
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

                case ConfigStorage.Spiffs:
                {
                    int bytes = Encoding.UTF8.GetByteCount(layout.Path) + 2;
                    string? problem = HasControlCharacter(layout.Path) ? ControlCharacterProblem
                        : layout.Path.Length == 0 || layout.Path[0] != '/' ? "it must be a flat absolute name such as '/wm_config'"
                        : layout.Path.IndexOf('/', 1) >= 0 ? "SPIFFS has no directories"
                        : bytes > SchemaLimits.SpiffsMaxPathBytes ? "with its 2-byte slot suffix it is " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes; SPIFFS names hold at most 31"
                        : null;
                    if (problem is not null)
                    {
                        Report(DiagnosticDescriptors.InvalidSpiffsPath, ArgumentLocation(attribute, "Path") ?? classLocation, Displayable(layout.Path), problem);
                    }

                    break;
                }
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

        private void CheckStorageArguments(AttributeData attribute, ConfigStorage storage)
        {
            switch (storage)
            {
                case ConfigStorage.Eeprom:
                    CheckNoEffect(attribute, "for EEPROM storage (EepromStart and EepromRegionSize place the record)", "Path");
                    break;
                case ConfigStorage.LittleFs:
                    CheckNoEffect(attribute, "for LittleFS storage (Path names the file)", "EepromStart", "EepromRegionSize", "EepromCapacity");
                    break;
                case ConfigStorage.Spiffs:
                    CheckNoEffect(attribute, "for SPIFFS storage (Path names the files)", "EepromStart", "EepromRegionSize", "EepromCapacity");
                    break;
            }
        }

        /// <summary>BWM0027: portal options the generated code would otherwise send as they are.</summary>
        private void CheckPortalOptions(AttributeData attribute, PortalOptionsModel portal)
        {
            string? problem = CorsOriginProblem(portal.CorsOrigin);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidPortalOption, ArgumentLocation(attribute, "CorsOrigin") ?? _classLocation, "CorsOrigin", Displayable(portal.CorsOrigin), problem);
            }

            problem = EdgentTemplateIdProblem(portal.EdgentTemplateId);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidPortalOption, ArgumentLocation(attribute, "EdgentTemplateId") ?? _classLocation, "EdgentTemplateId", Displayable(portal.EdgentTemplateId), problem);
            }

            if (portal.EdgentTemplateId.Length == 0)
            {
                CheckNoEffect(attribute, "without EdgentTemplateId (there is no Edgent API)", "EdgentTemplateName");
            }

            problem = EdgentTemplateNameProblem(portal.EdgentTemplateId, portal.EdgentTemplateName);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidPortalOption, ArgumentLocation(attribute, "EdgentTemplateName") ?? ArgumentLocation(attribute, "EdgentTemplateId") ?? _classLocation,
                    "EdgentTemplateName", Displayable(portal.EdgentTemplateName), problem);
            }
        }

        /// <summary>The smallest region size (rounded up to 64 bytes when that still fits) whose slots hold the record; null when none fits the store.</summary>
        internal static int? FittingEepromRegionSize(StorageLayoutModel layout)
        {
            long exact = RecordFormat.FlagAreaSize + (2L * layout.MaxRecordSize);
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
    }
}
