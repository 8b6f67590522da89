namespace BlynkWM.Generators.Model
{
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

    /// <summary>What the portal accepts in a string field besides valid UTF-8 of its length.</summary>
    internal enum TextRule
    {
        /// <summary>No control characters (the default).</summary>
        Plain,

        /// <summary>Control characters too: <c>[DynamicParam(AllowControlCharacters = true)]</c>.</summary>
        AllowControlCharacters,

        /// <summary>A host name or IPv4 address (a Blynk server).</summary>
        HostName,

        /// <summary>A WPA2 passphrase: empty, <see cref="FieldModel.MinLength"/> to 63 characters, or 64 hex digits.</summary>
        Passphrase,

        /// <summary>A Blynk auth token: exactly <see cref="FieldModel.MinLength"/> letters, digits, '-' or '_'.</summary>
        Token,
    }

    /// <summary>
    /// Everything the emitters need about one [BlynkConfig] class; no symbols, syntax or locations. Names meant for
    /// generated code (<see cref="Namespace"/>, <see cref="ClassName"/>, the containing type declarations, accessors)
    /// are already escaped where they are C# keywords (<c>@class</c>).
    /// </summary>
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

        /// <summary>
        /// The stem of the generated files' hint names: namespaces joined by '.', nested types by '+'
        /// (<c>Outer.Config</c> for a namespace, <c>Outer+Config</c> for a containing class), unescaped.
        /// </summary>
        public string HintName { get; init; } = "";

        /// <summary>The class's <c>global::</c>-qualified name, for references that a nested member could otherwise shadow.</summary>
        public string QualifiedName { get; init; } = "";
    }

    /// <summary>One portal section / stored unit: a WiFi set, a Blynk set, the board name or a dynamic parameter.</summary>
    internal sealed record GroupModel(
        GroupKind Kind,
        string MemberName,
        string Id,
        string Label,
        bool Required,
        EquatableArray<FieldModel> Fields)
    {
        /// <summary><see cref="MemberName"/> as generated code writes it (escaped when a keyword).</summary>
        public string Identifier { get; init; } = "";

        /// <summary>True when the member is declared with a nullable reference type (<c>WifiCredential?</c>).</summary>
        public bool IsNullable { get; init; }
    }

    /// <summary>One stored value. <see cref="Accessor"/> is the member path generated code assigns (escaped, with '!' after a nullable credential).</summary>
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
        /// <summary>Largest encoded size of the field in a record: an integer is sized by its declared range, as it is written.</summary>
        public int MaxEncodedSize => Kind switch
        {
            ValueKind.String => RecordFormat.FieldHeaderSize + MaxLength,
            ValueKind.Bool => RecordFormat.FieldHeaderSize + 1,
            _ => RecordFormat.FieldHeaderSize + MaxIntegerWidth,
        };

        /// <summary>Bytes the widest value of [<see cref="Min"/>, <see cref="Max"/>] is stored in (1, 2, 4 or 8).</summary>
        public int MaxIntegerWidth => IntegerWidth.OfRange(Min, Max);

        /// <summary>Strings only: what the portal accepts in it.</summary>
        public TextRule Rule { get; init; }

        /// <summary><see cref="TextRule.Passphrase"/>: the shortest passphrase; <see cref="TextRule.Token"/>: the token's length.</summary>
        public int MinLength { get; init; }
    }

    /// <summary>Where the record lives and the addresses or file names derived from it.</summary>
    internal sealed record StorageLayoutModel(
        ConfigStorage Kind,
        string Path,
        int EepromStart,
        int EepromRegionSize,
        int EepromCapacity,
        int MaxRecordSize,
        uint SchemaFingerprint)
    {
        public int SlotSize => (EepromRegionSize - RecordFormat.FlagAreaSize) / 2;

        public int ResetRecordAddress => EepromStart;

        public int PortalFlagAddress => EepromStart + RecordFormat.SmallRecordSize;

        public int SlotAAddress => EepromStart + RecordFormat.FlagAreaSize;

        public int SlotBAddress => EepromStart + RecordFormat.FlagAreaSize + SlotSize;

        public string ResetRecordPath => Kind == ConfigStorage.Spiffs ? Path + ".r" : Path + ".reset";

        public string PortalFlagPath => Kind == ConfigStorage.Spiffs ? Path + ".p" : Path + ".portal";
    }
}
