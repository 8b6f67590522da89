using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Where the record is stored: EEPROM region and slot sizes, SPIFFS and LittleFS paths, the storage kind. Each
    /// diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class StorageDiagnosticTests
    {
        // ---- BWM0003 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0003_record_larger_than_eeprom_slot_states_sizes_and_biggest_fields()
        {
            // wifi: 39 + 71, blynk: 71 + 11 (port 1..65535: 4 bytes) + 41, header and CRC 20: 253 bytes; a 64-byte region has 24-byte slots.
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, {|#0:EepromRegionSize = 64|}"""),
                Diagnostic("BWM0003").WithLocation(0).WithArguments(
                    "C", 253, "each of the two EEPROM slots (a 64-byte region minus the 16-byte flag area, halved)", 24,
                    "blynk_server (71 bytes), wifi_pw (71 bytes), blynk_token (41 bytes)"));
        }

        [Fact]
        public Task BWM0003_record_larger_than_the_format_allows()
        {
            var members = new System.Text.StringBuilder();
            for (int i = 0; i < 64; i++)
            {
                members.Append("    [DynamicParam(\"p").Append(i).Append("\", MaxLength = 1024)] public string P").Append(i).Append(" = \"\";\n");
            }

            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/big.cfg")]
                public partial class {|BWM0003:Big|}
                {
                    {{Credentials}}
                {{members}}
                }
                """);
        }

        [Fact]
        public Task BWM0003_negative_exact_fit()
        {
            // 16 + 2 * 253 = 522 bytes hold both slots.
            return AnalyzerAsync(Class(arguments: "ConfigStorage.Eeprom, EepromRegionSize = 522"));
        }

        // ---- BWM0004 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0004_region_past_the_end_of_the_store()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, EepromStart = 3000, {|#0:EepromRegionSize = 2048|}"""),
                Diagnostic("BWM0004").WithLocation(0).WithArguments(3000, 5048L, 4096));
        }

        [Fact]
        public Task BWM0004_region_larger_than_the_store()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, {|BWM0004:EepromRegionSize = 8192|}, EepromCapacity = 4096"""));
        }

        [Fact]
        public Task BWM0004_negative_region_ends_exactly_at_capacity()
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.Eeprom, EepromStart = 2048, EepromRegionSize = 2048"));
        }

        // ---- BWM0012 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("/dir/cfg", "SPIFFS has no directories")]
        [InlineData("/abcdefghijklmnopqrstuvwxyz0123", "with its 2-byte slot suffix it is 33 bytes; SPIFFS names hold at most 31")]
        [InlineData("cfg", "it must be a flat absolute name such as '/wm_config'")]
        public Task BWM0012_invalid_spiffs_path(string path, string problem)
        {
            return AnalyzerAsync(Class(arguments: $$"""ConfigStorage.Spiffs, {|#0:Path = "{{path}}"|}"""),
                Diagnostic("BWM0012").WithLocation(0).WithArguments(path, problem));
        }

        [Fact]
        public Task BWM0012_missing_spiffs_path_points_at_the_class()
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.Spiffs", name: """{|BWM0012:C|}"""));
        }

        [Fact]
        public Task BWM0012_negative_29_byte_name()
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.Spiffs, Path = \"/abcdefghijklmnopqrstuvwxyz01\""));
        }

        // ---- BWM0013 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("", "it is empty")]
        [InlineData("config.bin", "it must be absolute (start with '/')")]
        [InlineData("/data/", "it names a directory, not a file")]
        public Task BWM0013_invalid_littlefs_path(string path, string problem)
        {
            return AnalyzerAsync(Class(arguments: $$"""ConfigStorage.LittleFs, {|#0:Path = "{{path}}"|}"""),
                Diagnostic("BWM0013").WithLocation(0).WithArguments(path, problem));
        }

        [Fact]
        public Task BWM0013_missing_littlefs_path_points_at_the_class()
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.LittleFs", name: """{|BWM0013:C|}"""));
        }

        [Fact]
        public Task BWM0013_negative_nested_absolute_path()
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.LittleFs, Path = \"/data/device/config.bin\""));
        }

        // ---- BWM0025 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0025_undefined_storage_kind()
        {
            return AnalyzerAsync(Class(arguments: """{|#0:(ConfigStorage)7|}"""), Diagnostic("BWM0025").WithLocation(0).WithArguments(7));
        }

        [Theory]
        [InlineData("ConfigStorage.Eeprom")]
        [InlineData("ConfigStorage.LittleFs, Path = \"/c\"")]
        [InlineData("(ConfigStorage)2, Path = \"/c\"")]
        public Task BWM0025_negative_defined_kinds(string arguments)
        {
            return AnalyzerAsync(Class(arguments: $$"""{{arguments}}"""));
        }

        // ---- BWM0012 / BWM0013: control characters ----------------------------------------------------------------

        [Fact]
        public Task BWM0013_control_character_in_path()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.LittleFs, {|#0:Path = "/cfg\nclass X { }"|}"""),
                Diagnostic("BWM0013").WithLocation(0).WithArguments("/cfg\\nclass X { }",
                    "it contains a control character (a line break, tab or other non-printing character)"));
        }

        [Fact]
        public Task BWM0012_control_character_in_path()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Spiffs, {|#0:Path = "/cfg\t1"|}"""),
                Diagnostic("BWM0012").WithLocation(0).WithArguments("/cfg\\t1",
                    "it contains a control character (a line break, tab or other non-printing character)"));
        }
    }
}
