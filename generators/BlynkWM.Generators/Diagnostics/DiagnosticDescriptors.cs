namespace BlynkWM.Generators.Diagnostics
{
    /// <summary>
    /// Every diagnostic BlynkWM reports. The parser raises them; the analyzers publish them; the generator stays
    /// silent and emits nothing for a class with an error. Each help link points at its section of docs/diagnostics.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string HelpBase = "https://github.com/blynkwm/blynkwm/blob/main/docs/diagnostics.md#";
        private const string Schema = "BlynkWM.Schema";
        private const string Storage = "BlynkWM.Storage";
        private const string Security = "BlynkWM.Security";

        public static readonly DiagnosticDescriptor ClassNotPartial = Create(
            "BWM0001", "Config class must be partial",
            "'{0}' must be partial (and so must every type containing it) so that BlynkWM can generate its serializer and portal",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ClassGeneric = Create(
            "BWM0002", "Config class cannot be generic",
            "'{0}' is generic or nested in a generic type; nanoFramework has no generics, so a config class must not be",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LayoutDoesNotFit = Create(
            "BWM0003", "Config does not fit its storage",
            "'{0}' needs up to {1} bytes per copy but {2} holds at most {3}; biggest fields: {4}",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EepromRegionOutsideStore = Create(
            "BWM0004", "EEPROM region lies outside the store",
            "The EEPROM region [{0}, {1}) does not fit a store of {2} bytes (start must be ≥ 0, size > 16, start + size ≤ capacity)",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateFieldId = Create(
            "BWM0005", "Duplicate field id",
            "Field id '{0}' is used more than once in '{1}'; ids identify stored values and must be unique",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidFieldId = Create(
            "BWM0006", "Field id is not a safe name",
            "Field id '{0}' must be 1 to {1} characters of ASCII letters, digits, '_' or '-', starting with a letter (it is an HTML name and a URL key)",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor FieldIdTypeConflict = Create(
            "BWM0007", "Field id reused with another type in a shared store",
            "Field id '{0}' is a {1} here but a {2} in '{3}', which is stored in the same place; one would read the other's value as invalid",
            Storage, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
            "BWM0008", "Unsupported member type",
            "'{0}' has type '{1}', but {2} needs {3}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidMaxLength = Create(
            "BWM0009", "Missing or out-of-range MaxLength",
            "'{0}' needs a {1} between 1 and {2} bytes (it is {3})",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DefaultTooLong = Create(
            "BWM0010", "Default value longer than its field",
            "The default of '{0}' is {1} bytes long but the field holds at most {2}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidRange = Create(
            "BWM0011", "Integer range or default out of range",
            "'{0}': {1}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidSpiffsPath = Create(
            "BWM0012", "Invalid SPIFFS path",
            "SPIFFS path '{0}' is invalid: {1}",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidLittleFsPath = Create(
            "BWM0013", "Invalid LittleFS path",
            "LittleFS path '{0}' is invalid: {1}",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TooManyCredentialSets = Create(
            "BWM0014", "Too many credential sets",
            "'{0}' declares {1} {2} sets; the runtime supports at most {3}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingCredentialSet = Create(
            "BWM0015", "Missing credential set",
            "'{0}' declares no [{1}] member; a BlynkWM config needs at least one",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor HardCodedSecret = Create(
            "BWM0016", "Secret with a hard-coded default",
            "'{0}' is a secret with a non-empty default; it would end up in every firmware image",
            Security, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DefaultNotConstant = Create(
            "BWM0017", "Default is not a compile-time constant",
            "The initializer of '{0}' must be a compile-time constant to serve as its stored default{1}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberNotWritable = Create(
            "BWM0018", "Config member must be a writable instance field or property",
            "'{0}' {1}; loading assigns config members after construction, so use a non-static, non-readonly field or a property with a 'set' accessor",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TagCollision = Create(
            "BWM0019", "Field ids collide",
            "Field ids '{0}' and '{1}' hash to the same stored tag 0x{2:X8}; rename one of them",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ConflictingMemberAttributes = Create(
            "BWM0020", "Member has more than one BlynkWM attribute",
            "'{0}' carries more than one of [WifiCredential], [BlynkCredential], [BoardName] and [DynamicParam]",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateBoardName = Create(
            "BWM0021", "More than one board name",
            "'{0}' declares more than one [BoardName] member",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidPort = Create(
            "BWM0022", "Invalid default port",
            "Default port {0} is outside 1..65535",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ArgumentHasNoEffect = Create(
            "BWM0023", "Attribute argument has no effect",
            "'{0}' has no effect {1}; remove it",
            Schema, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ConfigTypeNotInstantiableClass = Create(
            "BWM0024", "Config type must be a non-static class",
            "'{0}' is {1}; [BlynkConfig] applies to a non-static partial class, whose instances hold the values",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownStorageKind = Create(
            "BWM0025", "Unknown storage kind",
            "Storage kind {0} is not a ConfigStorage member; use ConfigStorage.Eeprom, ConfigStorage.LittleFs or ConfigStorage.Spiffs",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ReservedMemberName = Create(
            "BWM0026", "Member name is reserved by the generated code",
            "'{0}' is also the name of a member BlynkWM generates in '{1}'{2}; rename it",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidPortalOption = Create(
            "BWM0027", "Invalid portal option",
            "{0} \"{1}\" is invalid: {2}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EepromStoreSizeMismatch = Create(
            "BWM0028", "EEPROM store size differs from EepromCapacity",
            "This EEPROM store has {0} bytes, but '{1}' declares EepromCapacity = {2} (the store size its region [{3}, {4}) was laid out for); {1}.{5} would throw. Set EepromCapacity = {0}, or make the store {2} bytes",
            Storage, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidCredentialCheck = Create(
            "BWM0029", "Invalid credential check",
            "'{0}': {1}",
            Schema, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor[] All =
        {
            ClassNotPartial, ClassGeneric, LayoutDoesNotFit, EepromRegionOutsideStore, DuplicateFieldId, InvalidFieldId,
            FieldIdTypeConflict, UnsupportedMemberType, InvalidMaxLength, DefaultTooLong, InvalidRange, InvalidSpiffsPath,
            InvalidLittleFsPath, TooManyCredentialSets, MissingCredentialSet, HardCodedSecret, DefaultNotConstant,
            MemberNotWritable, TagCollision, ConflictingMemberAttributes, DuplicateBoardName, InvalidPort,
            ArgumentHasNoEffect, ConfigTypeNotInstantiableClass, UnknownStorageKind, ReservedMemberName, InvalidPortalOption,
            EepromStoreSizeMismatch, InvalidCredentialCheck,
        };

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                message,
                category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: HelpBase + id.ToLowerInvariant(),
                customTags: customTags);
        }
    }
}
