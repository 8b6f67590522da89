using static BlynkWM.Generators.Emitting.CSharpLiteral;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>Emits the storage layout, serializer and store factories of a config class.</summary>
    internal static class StorageEmitter
    {
        private const string Storage = "global::BlynkWM.Storage.";

        /// <summary>Private members behind DiscardedFieldCount (reserved: see ConfigParser.GeneratedMemberNames).</summary>
        internal const string DiscardedFields = "_blynkwmDiscardedFields";
        internal const string DiscardedCount = "_blynkwmDiscardedCount";

        public static string Emit(ConfigModel model)
        {
            var w = new CodeWriter();
            FieldModel[] fields = model.Groups.SelectMany(g => g.Fields).ToArray();
            StorageLayoutModel layout = model.Layout;

            TypeScaffold.Open(w, model, " : " + Storage + "IDeviceConfig");
            EmitLayoutComment(w, model, fields);
            EmitLayoutConstants(w, model);
            EmitConstructor(w, model);
            EmitStoreFactories(w, model);
            EmitWrite(w, fields);
            EmitTryRead(w, fields);
            EmitDiscardedFields(w, fields);
            EmitResetToDefaults(w, model);
            EmitCopyTo(w, model);
            EmitCredentialLists(w, model);
            TypeScaffold.Close(w, model);
            return w.ToString();
        }

        private static void EmitLayoutComment(CodeWriter w, ConfigModel model, FieldModel[] fields)
        {
            StorageLayoutModel layout = model.Layout;
            string version = Int(RecordFormat.FormatVersion);
            w.Comment("Record layout (format " + version + ", little-endian), at most " + Int(layout.MaxRecordSize) + " bytes:");
            w.Comment("  header   " + Int(RecordFormat.HeaderSize) + " bytes  magic \"BWMC\", version " + version + ", reserved, field-list length, schema fingerprint 0x"
                + Hex(layout.SchemaFingerprint) + ", sequence");
            string fieldHeader = Int(RecordFormat.FieldHeaderSize) + " + ";
            foreach (FieldModel field in fields)
            {
                string size = fieldHeader + (field.Kind == ValueKind.String ? "0.." + Int(field.MaxLength) : field.Kind == ValueKind.Bool ? "1" : "1.." + Int(field.MaxIntegerWidth));
                w.Comment("  field    tag 0x" + Hex(field.Tag) + "  " + Pad("\"" + field.Id + "\"", 18) + Pad(KindName(field.Kind), 8) + Pad(size + " bytes", 18) + field.Accessor);
            }

            w.Comment("  trailer   " + Int(RecordFormat.TrailerSize) + " bytes  CRC-32 (IEEE) over everything before it");
            switch (layout.Kind)
            {
                case ConfigStorage.Eeprom:
                    w.Comment("EEPROM region [" + Int(layout.EepromStart) + ", " + Int(layout.EepromStart + layout.EepromRegionSize) + ") of a " + Int(layout.EepromCapacity)
                        + "-byte store: reset record @" + Int(layout.ResetRecordAddress) + ", portal flag @" + Int(layout.PortalFlagAddress)
                        + ", slot A @" + Int(layout.SlotAAddress) + ", slot B @" + Int(layout.SlotBAddress) + ", " + Int(layout.SlotSize) + " bytes per slot.");
                    break;
                case ConfigStorage.LittleFs:
                    w.Comment("LittleFS: " + layout.Path + " (+ .tmp while saving, .bak previous copy), reset record " + layout.ResetRecordPath + ", portal flag " + layout.PortalFlagPath + ".");
                    break;
                default:
                    w.Comment("SPIFFS: " + layout.Path + ".a / " + layout.Path + ".b alternating, reset record " + layout.ResetRecordPath + ", portal flag " + layout.PortalFlagPath + ".");
                    break;
            }
        }

        private static void EmitLayoutConstants(CodeWriter w, ConfigModel model)
        {
            StorageLayoutModel layout = model.Layout;
            w.Line("/// <summary>Where and how this class's record is stored, as the generator laid it out; constants a build or a test can check.</summary>");
            w.Open("public static class StorageLayout");
            w.Line("/// <summary>The storage the class declares.</summary>");
            w.Line("public const global::BlynkWM.ConfigStorage Storage = global::BlynkWM.ConfigStorage." + layout.Kind + ";");
            Constant(w, "int", "MaxRecordSize", Int(layout.MaxRecordSize), "Longest record this schema writes, in bytes: header, every field at its longest, CRC.");
            Constant(w, "uint", "SchemaFingerprint", "0x" + Hex(layout.SchemaFingerprint) + "u", "The schema's hash, written in each record's header (informational: which schema wrote it).");
            if (layout.Kind == ConfigStorage.Eeprom)
            {
                Constant(w, "int", "RegionStart", Int(layout.EepromStart), "First EEPROM address this class uses.");
                Constant(w, "int", "RegionSize", Int(layout.EepromRegionSize), "Bytes this class uses from <see cref=\"RegionStart\"/>: the reset record, the portal flag and two slots.");
                Constant(w, "int", "StoreCapacity", Int(layout.EepromCapacity), "Size in bytes the EEPROM store must have; the factories refuse a store of another size.");
                Constant(w, "int", "ResetRecordAddress", Int(layout.ResetRecordAddress), "Address of the reset detector's record.");
                Constant(w, "int", "PortalFlagAddress", Int(layout.PortalFlagAddress), "Address of the \"open the portal at the next boot\" record.");
                Constant(w, "int", "SlotAAddress", Int(layout.SlotAAddress), "Address of the first of the two slots saves alternate between.");
                Constant(w, "int", "SlotBAddress", Int(layout.SlotBAddress), "Address of the second of the two slots saves alternate between.");
                Constant(w, "int", "SlotSize", Int(layout.SlotSize), "Bytes of each slot.");
            }
            else
            {
                Constant(w, "string", "Path", Quote(layout.Path), layout.Kind == ConfigStorage.LittleFs
                    ? "The record's file (with <c>.tmp</c> while saving and <c>.bak</c>, the previous copy)."
                    : "The record's base path: saves alternate between <c>.a</c> and <c>.b</c> after it.");
                Constant(w, "string", "ResetRecordPath", Quote(layout.ResetRecordPath), "The reset detector's file.");
                Constant(w, "string", "PortalFlagPath", Quote(layout.PortalFlagPath), "The \"open the portal at the next boot\" file.");
            }

            w.Close().Line();
            w.Line("int " + TypeScaffold.StorageAlias + ".IStoredConfig.MaxRecordSize => StorageLayout.MaxRecordSize;").Line();
        }

        private static void Constant(CodeWriter w, string type, string name, string literal, string summary)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line("public const " + type + " " + name + " = " + literal + ";");
        }

        private static void EmitConstructor(CodeWriter w, ConfigModel model)
        {
            if (model.DeclaresConstructor)
            {
                // The user's constructor owns initialization; the README asks it to call ResetToDefaults().
                return;
            }

            w.Line("/// <summary>A config holding every declared default (attribute defaults included).</summary>");
            w.Open("public " + model.ClassName + "()");
            w.Line("ResetToDefaults();");
            w.Close().Line();
        }

        private static void EmitStoreFactories(CodeWriter w, ConfigModel model)
        {
            StorageLayoutModel layout = model.Layout;
            if (layout.Kind == ConfigStorage.Eeprom)
            {
                // The layout holds only for a store of the declared capacity: refuse another (BWM0028 at compile time).
                string checkedStore = Storage + "EepromCapacityCheck.Require(eeprom, " + Quote(model.ClassName.TrimStart('@')) + ", StorageLayout.StoreCapacity, StorageLayout.RegionStart, StorageLayout.RegionSize)";
                w.Line("/// <summary>The two-slot store at this class's EEPROM region of <paramref name=\"eeprom\"/>, which must have <see cref=\"StorageLayout.StoreCapacity\"/> bytes.</summary>");
                w.Line("public static " + Storage + "IConfigStore CreateStore(" + Storage + "IByteStore eeprom) => new " + Storage
                    + "EepromConfigStore(" + checkedStore + ", StorageLayout.SlotAAddress, StorageLayout.SlotBAddress, StorageLayout.SlotSize);").Line();
                w.Line("/// <summary>The reset detector's record at <see cref=\"StorageLayout.ResetRecordAddress\"/> of <paramref name=\"eeprom\"/>, which must have <see cref=\"StorageLayout.StoreCapacity\"/> bytes.</summary>");
                w.Line("public static " + Storage + "ISmallRecord CreateResetRecord(" + Storage + "IByteStore eeprom) => new " + Storage + "EepromSmallRecord(" + checkedStore + ", StorageLayout.ResetRecordAddress);").Line();
                w.Line("/// <summary>The \"open the portal at the next boot\" record at <see cref=\"StorageLayout.PortalFlagAddress\"/> of <paramref name=\"eeprom\"/>, which must have <see cref=\"StorageLayout.StoreCapacity\"/> bytes.</summary>");
                w.Line("public static " + Storage + "ISmallRecord CreatePortalFlagRecord(" + Storage + "IByteStore eeprom) => new " + Storage + "EepromSmallRecord(" + checkedStore + ", StorageLayout.PortalFlagAddress);").Line();
                return;
            }

            string store = layout.Kind == ConfigStorage.LittleFs ? "LittleFsConfigStore" : "SpiffsConfigStore";
            w.Line("/// <summary>The config store at <see cref=\"StorageLayout.Path\"/> in <paramref name=\"files\"/>.</summary>");
            w.Line("public static " + Storage + "IConfigStore CreateStore(" + Storage + "IFileStore files) => new " + Storage + store + "(files, StorageLayout.Path, StorageLayout.MaxRecordSize);").Line();
            w.Line("/// <summary>The reset detector's record, the file <see cref=\"StorageLayout.ResetRecordPath\"/> in <paramref name=\"files\"/>.</summary>");
            w.Line("public static " + Storage + "ISmallRecord CreateResetRecord(" + Storage + "IFileStore files) => new " + Storage + "FileSmallRecord(files, StorageLayout.ResetRecordPath);").Line();
            w.Line("/// <summary>The \"open the portal at the next boot\" record, the file <see cref=\"StorageLayout.PortalFlagPath\"/> in <paramref name=\"files\"/>.</summary>");
            w.Line("public static " + Storage + "ISmallRecord CreatePortalFlagRecord(" + Storage + "IFileStore files) => new " + Storage + "FileSmallRecord(files, StorageLayout.PortalFlagPath);").Line();
        }

        private static void EmitWrite(CodeWriter w, FieldModel[] fields)
        {
            w.Line("/// <summary>Serializes into <paramref name=\"buffer\"/> (at least <see cref=\"StorageLayout.MaxRecordSize\"/> bytes from <paramref name=\"offset\"/>); returns the record length. Allocates nothing.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A string is longer than its field allows, or an integer outside its range (the exception's parameter name is the field id).</exception>");
            w.Open("public int Write(byte[] buffer, int offset, uint sequence)");
            w.Line(Storage + "ConfigRecord.RequireCapacity(buffer, offset, StorageLayout.MaxRecordSize);");
            w.Line("int p = offset + " + Storage + "ConfigRecord.HeaderSize;");
            foreach (FieldModel field in fields)
            {
                string tag = "0x" + Hex(field.Tag) + "u";
                switch (field.Kind)
                {
                    case ValueKind.String:
                        w.Line("p = " + Storage + "FieldCodec.WriteString(buffer, p, " + tag + ", this." + field.Accessor + ", " + Int(field.MaxLength) + ", " + Quote(field.Id) + ");");
                        break;
                    case ValueKind.Bool:
                        w.Line("p = " + Storage + "FieldCodec.WriteBool(buffer, p, " + tag + ", this." + field.Accessor + ");");
                        break;
                    default:
                        // A value outside the declared range would be stored and then read back as the default: refuse it,
                        // as an over-long string is refused. A range as wide as the type needs no check.
                        w.Line(IsRangeRestricted(field)
                            ? "p = " + Storage + "FieldCodec.WriteInteger(buffer, p, " + tag + ", this." + field.Accessor + ", " + Long(field.Min) + ", " + Long(field.Max) + ", " + Quote(field.Id) + ");"
                            : "p = " + Storage + "FieldCodec.WriteInteger(buffer, p, " + tag + ", this." + field.Accessor + ");");
                        break;
                }
            }

            w.Line("return " + Storage + "ConfigRecord.Seal(buffer, offset, p, StorageLayout.SchemaFingerprint, sequence);");
            w.Close().Line();
        }

        private static void EmitTryRead(CodeWriter w, FieldModel[] fields)
        {
            w.Line("/// <summary>");
            w.Line("/// Reads a record; fields it lacks (new in this schema) get their defaults, and so do fields whose stored value no longer");
            w.Line("/// fits (another type, longer than the field, out of range): those are counted in <see cref=\"DiscardedFieldCount\"/>.");
            w.Line("/// On failure nothing changes.");
            w.Line("/// </summary>");
            w.Open("public " + Storage + "ConfigReadStatus TryRead(byte[] buffer, int offset, int count)");
            w.Line("int p;");
            w.Line("int end;");
            w.Line(Storage + "ConfigReadStatus status = " + Storage + "ConfigRecord.Check(buffer, offset, count, out p, out end);");
            w.Open("if (status != " + Storage + "ConfigReadStatus.Ok)");
            w.Line("return status;");
            w.Close().Line();
            w.Line("EnsureCredentialObjects();");
            for (int i = 0; i < fields.Length; i++)
            {
                // found: the record holds the field's tag; seen: its value was taken.
                w.Line("bool found" + Int(i) + " = false;");
                w.Line("bool seen" + Int(i) + " = false;");
            }

            w.Open("while (p < end)");
            w.Open("switch (" + Storage + "FieldCodec.ReadTag(buffer, p))");
            for (int i = 0; i < fields.Length; i++)
            {
                FieldModel field = fields[i];
                w.Open("case 0x" + Hex(field.Tag) + "u: // " + CodeWriter.CommentText(field.Id));
                w.Line("found" + Int(i) + " = true;");
                EmitReadField(w, field, "seen" + Int(i));
                w.Line("break;");
                w.Close();
            }

            w.Close();
            w.Line("p += " + Storage + "FieldCodec.FieldHeaderSize + " + Storage + "FieldCodec.ValueLength(buffer, p);");
            w.Close().Line();
            w.Line("int discarded = 0;");
            for (int i = 0; i < fields.Length; i++)
            {
                w.Open("if (!seen" + Int(i) + ")");
                w.Line("this." + fields[i].Accessor + " = " + fields[i].DefaultLiteral + ";");
                w.Open("if (found" + Int(i) + ")");
                w.Line("this." + DiscardedFields + "[discarded++] = " + Int(i) + ";");
                w.Close();
                w.Close();
            }

            w.Line();
            w.Line("this." + DiscardedCount + " = discarded;");
            w.Line("return " + Storage + "ConfigReadStatus.Ok;");
            w.Close().Line();
        }

        private static void EmitReadField(CodeWriter w, FieldModel field, string seen)
        {
            string codec = Storage + "FieldCodec.";
            switch (field.Kind)
            {
                case ValueKind.String:
                    w.Line("string value;");
                    w.Open("if (" + codec + "TryReadString(buffer, p, " + Int(field.MaxLength) + ", out value))");
                    w.Line("this." + field.Accessor + " = value;");
                    break;
                case ValueKind.Bool:
                    w.Line("bool value;");
                    w.Open("if (" + codec + "TryReadBool(buffer, p, out value))");
                    w.Line("this." + field.Accessor + " = value;");
                    break;
                default:
                    w.Line("long value;");
                    w.Open("if (" + codec + "TryReadInteger(buffer, p, out value) && value >= " + Long(field.Min) + " && value <= " + Long(field.Max) + ")");
                    w.Line("this." + field.Accessor + " = (" + field.ClrType + ")value;");
                    break;
            }

            w.Line(seen + " = true;");
            w.Close();
        }

        /// <summary>
        /// The fields the last successful TryRead set to their defaults although the record held them: a count and the ids by
        /// index, kept in an array sized once per instance, so that reading and reporting them allocates nothing.
        /// </summary>
        private static void EmitDiscardedFields(CodeWriter w, FieldModel[] fields)
        {
            w.Line("private readonly ushort[] " + DiscardedFields + " = new ushort[" + Int(Math.Max(fields.Length, 1)) + "];");
            w.Line("private int " + DiscardedCount + ";").Line();
            w.Line("/// <summary>");
            w.Line("/// How many stored values the last successful <see cref=\"TryRead\"/> (a store's Load) could not use, so that their fields");
            w.Line("/// fell back to their defaults: a type change, a shorter MaxLength or a narrower range since the record was written.");
            w.Line("/// Fields the record lacks (new in this schema) are not counted. <see cref=\"GetDiscardedFieldId\"/> names them.");
            w.Line("/// </summary>");
            w.Open("public int DiscardedFieldCount");
            w.Line("get { return this." + DiscardedCount + "; }");
            w.Close().Line();
            w.Line("/// <summary>The id of discarded field <paramref name=\"index\"/> (0 to <see cref=\"DiscardedFieldCount\"/> - 1), in declaration order. Allocates nothing.</summary>");
            w.Open("public string GetDiscardedFieldId(int index)");
            w.Open("if (index < 0 || index >= this." + DiscardedCount + ")");
            w.Line("throw new global::System.ArgumentOutOfRangeException(\"index\");");
            w.Close().Line();
            w.Open("switch (this." + DiscardedFields + "[index])");
            for (int i = 0; i < fields.Length; i++)
            {
                w.Line("case " + Int(i) + ": return " + Quote(fields[i].Id) + ";");
            }

            w.Line("default: return \"\";");
            w.Close();
            w.Close().Line();
        }

        private static void EmitResetToDefaults(CodeWriter w, ConfigModel model)
        {
            w.Line("/// <summary>Sets every stored field to its declared default (and <see cref=\"DiscardedFieldCount\"/> to 0).</summary>");
            w.Open("public void ResetToDefaults()");
            w.Line("EnsureCredentialObjects();");
            w.Line("this." + DiscardedCount + " = 0;");
            foreach (FieldModel field in model.Groups.SelectMany(g => g.Fields))
            {
                w.Line("this." + field.Accessor + " = " + field.DefaultLiteral + ";");
            }

            w.Close().Line();

            w.Open("private void EnsureCredentialObjects()");
            foreach (GroupModel group in model.Groups.Where(g => g.Kind is GroupKind.Wifi or GroupKind.Blynk))
            {
                string type = group.Kind == GroupKind.Wifi ? "global::BlynkWM.WifiCredential" : "global::BlynkWM.BlynkCredential";
                w.Open("if (this." + group.Identifier + " == null)");
                w.Line("this." + group.Identifier + " = new " + type + "();");
                w.Close();
            }

            w.Close().Line();
        }

        private static void EmitCopyTo(CodeWriter w, ConfigModel model)
        {
            w.Line("/// <summary>Copies every stored field into <paramref name=\"target\"/> (strings are shared; they are immutable).</summary>");
            w.Open("public void CopyTo(" + model.ClassName + " target)");
            w.Line("target.EnsureCredentialObjects();");
            w.Line("EnsureCredentialObjects();");
            foreach (FieldModel field in model.Groups.SelectMany(g => g.Fields))
            {
                w.Line("target." + field.Accessor + " = this." + field.Accessor + ";");
            }

            w.Close().Line();
        }

        private static void EmitCredentialLists(CodeWriter w, ConfigModel model)
        {
            GroupModel[] wifi = model.Groups.Where(g => g.Kind == GroupKind.Wifi).ToArray();
            GroupModel[] blynk = model.Groups.Where(g => g.Kind == GroupKind.Blynk).ToArray();
            w.Line("/// <summary>The WiFi sets in declaration order (unset ones included; check <see cref=\"global::BlynkWM.WifiCredential.IsSet\"/>).</summary>");
            w.Open("public global::BlynkWM.WifiCredential[] GetWifiCredentials()");
            w.Line("EnsureCredentialObjects();");
            w.Line("return new global::BlynkWM.WifiCredential[] { " + string.Join(", ", wifi.Select(NonNull)) + " };");
            w.Close().Line();
            w.Line("/// <summary>The Blynk servers in failover order (unset ones included; check <see cref=\"global::BlynkWM.BlynkCredential.IsSet\"/>).</summary>");
            w.Open("public global::BlynkWM.BlynkCredential[] GetBlynkCredentials()");
            w.Line("EnsureCredentialObjects();");
            w.Line("return new global::BlynkWM.BlynkCredential[] { " + string.Join(", ", blynk.Select(NonNull)) + " };");
            w.Close().Line();
            EmitDeviceConfig(w, model, wifi, blynk);
        }

        /// <summary>
        /// IDeviceConfig, explicitly (no public name the application could have taken): the credential sets by index
        /// without an array per call, and the board name.
        /// </summary>
        private static void EmitDeviceConfig(CodeWriter w, ConfigModel model, GroupModel[] wifi, GroupModel[] blynk)
        {
            string i = TypeScaffold.StorageAlias + ".IDeviceConfig.";
            w.Line("int " + i + "WifiCredentialCount => " + Int(wifi.Length) + ";").Line();
            EmitCredentialByIndex(w, "global::BlynkWM.WifiCredential " + i + "GetWifiCredential(int index)", wifi);
            w.Line("int " + i + "BlynkCredentialCount => " + Int(blynk.Length) + ";").Line();
            EmitCredentialByIndex(w, "global::BlynkWM.BlynkCredential " + i + "GetBlynkCredential(int index)", blynk);
            GroupModel? board = model.Groups.FirstOrDefault(g => g.Kind == GroupKind.BoardName);
            w.Line("string " + i + "BoardName => " + (board is null ? "\"\"" : "this." + board.Fields[0].Accessor + " ?? \"\"") + ";");
        }

        private static void EmitCredentialByIndex(CodeWriter w, string signature, GroupModel[] groups)
        {
            w.Open(signature);
            w.Line("EnsureCredentialObjects();");
            w.Open("switch (index)");
            for (int k = 0; k < groups.Length; k++)
            {
                w.Line("case " + Int(k) + ": return " + NonNull(groups[k]) + ";");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(\"index\");");
            w.Close();
            w.Close().Line();
        }

        /// <summary>A credential member after EnsureCredentialObjects, which flow analysis cannot follow into the call.</summary>
        private static string NonNull(GroupModel group) => "this." + group.Identifier + (group.IsNullable ? "!" : "");

        /// <summary>True when the field's Min/Max exclude values its CLR type can hold.</summary>
        private static bool IsRangeRestricted(FieldModel field)
        {
            long min = field.ClrType switch
            {
                "byte" or "ushort" or "uint" => 0L,
                "short" => short.MinValue,
                "int" => int.MinValue,
                _ => long.MinValue,
            };
            long max = field.ClrType switch
            {
                "byte" => byte.MaxValue,
                "short" => short.MaxValue,
                "ushort" => ushort.MaxValue,
                "int" => int.MaxValue,
                "uint" => uint.MaxValue,
                _ => long.MaxValue,
            };
            return field.Min > min || field.Max < max;
        }

        private static string KindName(ValueKind kind) => kind switch
        {
            ValueKind.String => "string",
            ValueKind.Bool => "bool",
            _ => "integer",
        };

        private static string Pad(string text, int width) => text.Length >= width ? text + " " : text.PadRight(width);
    }
}
