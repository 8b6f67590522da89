namespace BlynkWM.Generators.Model
{
    /// <summary>Mirror of the runtime's BlynkWM.ConfigStorage (values must match).</summary>
    internal enum StorageKind
    {
        Eeprom = 0,
        LittleFs = 1,
        Spiffs = 2,
    }

    internal enum GroupKind
    {
        Wifi,
        Blynk,
        BoardName,
        Parameter,
    }

    internal enum ValueKind
    {
        String,
        Bool,
        Integer,
    }

    /// <summary>Everything the emitters need about one [BlynkConfig] class; no symbols, syntax or locations.</summary>
    internal sealed record ConfigModel(
        string? Namespace,
        string ClassName,
        EquatableArray<string> ContainingTypeDeclarations,
        string PortalTitle,
        StorageLayoutModel Layout,
        EquatableArray<GroupModel> Groups,
        bool DeclaresConstructor)
    {
        /// <summary>Portal page options (custom CSS and head elements, CORS); part of equality like every other member.</summary>
        public PortalOptionsModel Portal { get; init; } = PortalOptionsModel.Default;

        public string HintName => (Namespace is null ? "" : Namespace + ".") + string.Join(".", ContainingTypeNames()) + ClassName;

        private System.Collections.Generic.IEnumerable<string> ContainingTypeNames()
        {
            foreach (string declaration in ContainingTypeDeclarations)
            {
                yield return declaration.Substring(declaration.LastIndexOf(' ') + 1) + ".";
            }
        }
    }

    /// <summary>One portal section / stored unit: a WiFi set, a Blynk set, the board name or a dynamic parameter.</summary>
    internal sealed record GroupModel(
        GroupKind Kind,
        string MemberName,
        string Id,
        string Label,
        bool Required,
        EquatableArray<FieldModel> Fields);

    /// <summary>One stored value.</summary>
    internal sealed record FieldModel(
        string Id,
        uint Tag,
        ValueKind Kind,
        string ClrType,
        string Accessor,
        string Label,
        int MaxLength,
        long Min,
        long Max,
        bool Required,
        bool Secret,
        string DefaultLiteral,
        string DefaultText)
    {
        /// <summary>Largest encoded size of the field in a record.</summary>
        public int MaxEncodedSize => Kind switch
        {
            ValueKind.String => 7 + MaxLength,
            ValueKind.Bool => 8,
            _ => 15,
        };
    }

    /// <summary>Where the record lives and the addresses or file names derived from it.</summary>
    internal sealed record StorageLayoutModel(
        StorageKind Kind,
        string Path,
        int EepromStart,
        int EepromSize,
        int EepromCapacity,
        int MaxRecordSize,
        uint SchemaFingerprint)
    {
        public const int FlagAreaSize = 16;
        public const int SmallRecordSize = 8;

        public int SlotSize => (EepromSize - FlagAreaSize) / 2;

        public int ResetRecordAddress => EepromStart;

        public int PortalFlagAddress => EepromStart + SmallRecordSize;

        public int SlotAAddress => EepromStart + FlagAreaSize;

        public int SlotBAddress => EepromStart + FlagAreaSize + SlotSize;

        public string ResetRecordPath => Kind == StorageKind.Spiffs ? Path + ".r" : Path + ".reset";

        public string PortalFlagPath => Kind == StorageKind.Spiffs ? Path + ".p" : Path + ".portal";
    }
}
