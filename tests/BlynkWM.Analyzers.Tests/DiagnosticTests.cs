using System.Threading.Tasks;
using BlynkWM.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Every diagnostic at its exact location (markup), with a valid neighbour that must stay silent.</summary>
    public class DiagnosticTests
    {
        private const string Wifi = """[WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();""";
        private const string Blynk = """[BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();""";
        private const string Credentials = Wifi + "\n    " + Blynk;

        // ---- BWM0001 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0001_class_not_partial()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public class {|#0:C|}
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0001").WithLocation(0).WithArguments("C"));
        }

        [Fact]
        public Task BWM0001_containing_type_not_partial()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                public static class {|#1:Firmware|}
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class {|#0:C|}
                    {
                        {{Credentials}}
                    }
                }
                """, Diagnostic("BWM0001").WithLocation(0).WithLocation(1).WithArguments("Firmware"));
        }

        [Fact]
        public Task BWM0001_negative_partial_class_in_partial_container()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                public static partial class Firmware
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class C
                    {
                        {{Credentials}}
                    }
                }
                """);
        }

        // ---- BWM0002 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0002_generic_class()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class {|BWM0002:C|}<T>
                {
                    {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0002_nested_in_generic_type()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                public partial class Outer<T>
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class {|#0:C|}
                    {
                        {{Credentials}}
                    }
                }
                """, Diagnostic("BWM0002").WithLocation(0).WithArguments("C"));
        }

        [Fact]
        public Task BWM0002_negative_generic_sibling_is_not_a_container()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                public class Helper<T> { }
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    public Helper<int> NotStored = new Helper<int>();
                }
                """);
        }

        // ---- BWM0003 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0003_record_larger_than_eeprom_slot_states_sizes_and_biggest_fields()
        {
            // wifi: 39 + 71, blynk: 71 + 11 (port 1..65535: 4 bytes) + 41, header and CRC 20: 253 bytes; a 64-byte region has 24-byte slots.
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, {|#0:EepromRegionSize = 64|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """,
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
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromRegionSize = 522)]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0004 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0004_region_past_the_end_of_the_store()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 3000, {|#0:EepromRegionSize = 2048|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0004").WithLocation(0).WithArguments(3000, 5048L, 4096));
        }

        [Fact]
        public Task BWM0004_region_larger_than_the_store()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, {|BWM0004:EepromRegionSize = 8192|}, EepromCapacity = 4096)]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0004_negative_region_ends_exactly_at_capacity()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 2048, EepromRegionSize = 2048)]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0005 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0005_duplicate_credential_id()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [WifiCredential({|#0:"wifi"|})] public WifiCredential Backup = new WifiCredential();
                }
                """, Diagnostic("BWM0005").WithLocation(0).WithArguments("wifi_ssid", "C"));
        }

        [Fact]
        public Task BWM0005_parameter_id_clashing_with_a_credential_field()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam({|BWM0005:"blynk_port"|})] public int Port;
                }
                """);
        }

        [Fact]
        public Task BWM0005_negative_distinct_ids()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [WifiCredential("wifi2")] public WifiCredential Backup = new WifiCredential();
                    [DynamicParam("port")] public int Port;
                }
                """);
        }

        // ---- BWM0006 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("mqtt server")]
        [InlineData("1st")]
        [InlineData("ä")]
        [InlineData("a<b")]
        [InlineData("")]
        [InlineData("abcdefghijklmnopqrstuvwxy")] // 25 characters
        public Task BWM0006_unsafe_ids(string id)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam({|#0:"{{id}}"|})] public int N;
                }
                """, Diagnostic("BWM0006").WithLocation(0).WithArguments(id, 24));
        }

        [Fact]
        public Task BWM0006_unsafe_credential_id()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential({|BWM0006:"home/wifi"|})] public WifiCredential Wifi = new WifiCredential();
                    {{Blynk}}
                }
                """);
        }

        [Fact]
        public Task BWM0006_negative_letters_digits_underscore_dash_up_to_24()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("Mqtt-port_2")] public int A;
                    [DynamicParam("abcdefghijklmnopqrstuvwx")] public int B;
                }
                """);
        }

        // ---- BWM0007 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0007_id_reused_with_another_type_in_overlapping_eeprom_regions()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                public partial class App
                {
                    {{Credentials}}
                    [DynamicParam({|#0:"mode"|})] public int Mode;
                }

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 512, EepromRegionSize = 1024)]
                public partial class Loader
                {
                    {{Credentials}}
                    [DynamicParam({|#1:"mode"|}, MaxLength = 8)] public string Mode = "";
                }
                """,
                Diagnostic("BWM0007").WithLocation(0).WithArguments("mode", "int", "string", "Loader"),
                Diagnostic("BWM0007").WithLocation(1).WithArguments("mode", "string", "int", "App"));
        }

        [Fact]
        public Task BWM0007_id_reused_with_another_type_in_the_same_file_across_trees()
        {
            return AnalyzerAsync(new[]
            {
                $$"""
                using BlynkWM;
                namespace Device
                {
                    [BlynkConfig(ConfigStorage.LittleFs, Path = "/cfg/main.cfg")]
                    public partial class App
                    {
                        {{Credentials}}
                        [DynamicParam({|#0:"interval"|})] public ushort Interval;
                    }
                }
                """,
                $$"""
                using BlynkWM;
                namespace Device
                {
                    [BlynkConfig(ConfigStorage.LittleFs, Path = "/cfg/main.cfg")]
                    public partial class Diagnostics
                    {
                        {{Credentials}}
                        [DynamicParam({|#1:"interval"|})] public long Interval;
                    }
                }
                """,
            },
            Diagnostic("BWM0007").WithLocation(0).WithArguments("interval", "ushort", "long", "Device.Diagnostics"),
            Diagnostic("BWM0007").WithLocation(1).WithArguments("interval", "long", "ushort", "Device.App"));
        }

        [Theory]
        [InlineData("ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024", "ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024")]
        [InlineData("ConfigStorage.LittleFs, Path = \"/a.cfg\"", "ConfigStorage.LittleFs, Path = \"/b.cfg\"")]
        [InlineData("ConfigStorage.LittleFs, Path = \"/cfg\"", "ConfigStorage.Spiffs, Path = \"/cfg\"")]
        [InlineData("ConfigStorage.Eeprom", "ConfigStorage.LittleFs, Path = \"/cfg\"")]
        public Task BWM0007_negative_separate_stores(string first, string second)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig({{first}})]
                public partial class A
                {
                    {{Credentials}}
                    [DynamicParam("mode")] public int Mode;
                }

                [BlynkConfig({{second}})]
                public partial class B
                {
                    {{Credentials}}
                    [DynamicParam("mode", MaxLength = 8)] public string Mode = "";
                }
                """);
        }

        [Fact]
        public Task BWM0007_negative_shared_store_same_types()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class A
                {
                    {{Credentials}}
                    [DynamicParam("mode")] public int Mode;
                }

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class B
                {
                    {{Credentials}}
                    [DynamicParam("mode")] public int Mode = 3;
                }
                """);
        }

        // ---- BWM0008 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0008_unsupported_parameter_type()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("gain")] public double {|#0:Gain|};
                    [DynamicParam("count")] public int? {|#1:Count|};
                }
                """,
                Diagnostic("BWM0008").WithLocation(0).WithArguments("Gain", "double", "[DynamicParam]", "string, bool, byte, short, ushort, int, uint or long"),
                Diagnostic("BWM0008").WithLocation(1).WithArguments("Count", "int?", "[DynamicParam]", "string, bool, byte, short, ushort, int, uint or long"));
        }

        [Fact]
        public Task BWM0008_credential_attribute_on_wrong_type()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [WifiCredential("wifi2")] public string {|#0:Backup|} = "";
                    [BoardName] public int {|#1:Board|};
                }
                """,
                Diagnostic("BWM0008").WithLocation(0).WithArguments("Backup", "string", "[WifiCredential]", "BlynkWM.WifiCredential"),
                Diagnostic("BWM0008").WithLocation(1).WithArguments("Board", "int", "[BoardName]", "string"));
        }

        [Fact]
        public Task BWM0008_negative_every_supported_type()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("s", MaxLength = 8)] public string S = "";
                    [DynamicParam("b")] public bool B;
                    [DynamicParam("u8")] public byte U8;
                    [DynamicParam("i16")] public short I16;
                    [DynamicParam("u16")] public ushort U16;
                    [DynamicParam("i32")] public int I32;
                    [DynamicParam("u32")] public uint U32;
                    [DynamicParam("i64")] public long I64;
                }
                """);
        }

        // ---- BWM0009 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0009_string_parameter_without_max_length()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("note")] public string {|#0:Note|} = "";
                }
                """, Diagnostic("BWM0009").WithLocation(0).WithArguments("Note", "MaxLength", 1024, "missing"));
        }

        [Fact]
        public Task BWM0009_max_length_out_of_range()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("wifi", {|#0:SsidMaxLength = 33|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", {|#1:TokenMaxLength = 0|})] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("note", {|#2:MaxLength = 5000|})] public string Note = "";
                    [BoardName({|#3:MaxLength = 64|})] public string Board = "";
                }
                """,
                Diagnostic("BWM0009").WithLocation(0).WithArguments("Wifi", "SsidMaxLength", 32, "33"),
                Diagnostic("BWM0009").WithLocation(1).WithArguments("Blynk", "TokenMaxLength", 128, "0"),
                Diagnostic("BWM0009").WithLocation(2).WithArguments("Note", "MaxLength", 1024, "5000"),
                Diagnostic("BWM0009").WithLocation(3).WithArguments("Board", "MaxLength", 63, "64"));
        }

        [Fact]
        public Task BWM0009_negative_limits_inclusive()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 32, PasswordMaxLength = 1)] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", ServerMaxLength = 255, TokenMaxLength = 128)] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("note", MaxLength = 1024)] public string Note = "";
                    [BoardName(MaxLength = 63)] public string Board = "";
                }
                """);
        }

        // ---- BWM0010 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0010_initializer_longer_than_max_length_counts_utf8_bytes()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("city", MaxLength = 5)] public string City = {|#0:"Köln!"|};
                    [BoardName] public string Board { get; set; } = {|#1:"a-board-name-longer-than-24"|};
                }
                """,
                Diagnostic("BWM0010").WithLocation(0).WithArguments("City", 6, 5),
                Diagnostic("BWM0010").WithLocation(1).WithArguments("Board", 27, 24));
        }

        [Fact]
        public Task BWM0010_attribute_default_longer_than_its_field()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 4, {|#0:DefaultSsid = "homenet"|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", ServerMaxLength = 8)] public BlynkCredential {|#1:Blynk|} = new BlynkCredential();
                }
                """,
                Diagnostic("BWM0010").WithLocation(0).WithArguments("Wifi.DefaultSsid", 7, 4),
                // The implicit default server "blynk.cloud" (11 bytes) does not fit either.
                Diagnostic("BWM0010").WithLocation(1).WithArguments("Blynk.DefaultServer", 11, 8));
        }

        [Fact]
        public Task BWM0010_negative_default_exactly_max_length()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 7, DefaultSsid = "homenet")] public WifiCredential Wifi = new WifiCredential();
                    {{Blynk}}
                    [DynamicParam("city", MaxLength = 6)] public string City = "Köln!";
                }
                """);
        }

        // ---- BWM0011 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0011_min_greater_than_max()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("n", {|#0:Min = 10|}, Max = 1)] public int N = 5;
                }
                """, Diagnostic("BWM0011").WithLocation(0).WithArguments("N", "Min is greater than Max"));
        }

        [Fact]
        public Task BWM0011_default_outside_range()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("interval", Min = 5, Max = 3600)] public int Interval = {|#0:3601|};
                    [DynamicParam("retries", Min = 1, Max = 9)] public byte {|#1:Retries|};
                }
                """,
                Diagnostic("BWM0011").WithLocation(0).WithArguments("Interval", "the default 3601 is outside 5..3600"),
                Diagnostic("BWM0011").WithLocation(1).WithArguments("Retries", "the default 0 is outside 1..9"));
        }

        [Fact]
        public Task BWM0011_bounds_outside_the_member_type()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("a", {|#0:Min = -1|})] public byte A;
                    [DynamicParam("b", Min = 0, {|#1:Max = 300|})] public byte B;
                }
                """,
                Diagnostic("BWM0011").WithLocation(0).WithArguments("A", "Min and Max must lie within byte (0..255)"),
                Diagnostic("BWM0011").WithLocation(1).WithArguments("B", "Min and Max must lie within byte (0..255)"));
        }

        [Fact]
        public Task BWM0011_negative_default_on_the_bounds()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("lo", Min = -5, Max = 5)] public short Lo = -5;
                    [DynamicParam("hi", Min = -5, Max = 5)] public short Hi = 5;
                    [DynamicParam("u8", Min = 0, Max = 255)] public byte U8 = 255;
                }
                """);
        }

        // ---- BWM0012 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("/dir/cfg", "SPIFFS has no directories")]
        [InlineData("/abcdefghijklmnopqrstuvwxyz0123", "with its 2-byte slot suffix it is 33 bytes; SPIFFS names hold at most 31")]
        [InlineData("cfg", "it must be a flat absolute name such as '/wm_config'")]
        public Task BWM0012_invalid_spiffs_path(string path, string problem)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Spiffs, {|#0:Path = "{{path}}"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0012").WithLocation(0).WithArguments(path, problem));
        }

        [Fact]
        public Task BWM0012_missing_spiffs_path_points_at_the_class()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Spiffs)]
                public partial class {|BWM0012:C|}
                {
                    {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0012_negative_29_byte_name()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Spiffs, Path = "/abcdefghijklmnopqrstuvwxyz01")]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0013 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("", "it is empty")]
        [InlineData("config.bin", "it must be absolute (start with '/')")]
        [InlineData("/data/", "it names a directory, not a file")]
        public Task BWM0013_invalid_littlefs_path(string path, string problem)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, {|#0:Path = "{{path}}"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0013").WithLocation(0).WithArguments(path, problem));
        }

        [Fact]
        public Task BWM0013_missing_littlefs_path_points_at_the_class()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs)]
                public partial class {|BWM0013:C|}
                {
                    {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0013_negative_nested_absolute_path()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/data/device/config.bin")]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0014 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0014_too_many_wifi_sets()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("w1")] public WifiCredential W1 = new WifiCredential();
                    [WifiCredential("w2")] public WifiCredential W2 = new WifiCredential();
                    [WifiCredential("w3")] public WifiCredential W3 = new WifiCredential();
                    [WifiCredential("w4")] public WifiCredential W4 = new WifiCredential();
                    [WifiCredential("w5")] public WifiCredential {|#0:W5|} = new WifiCredential();
                    {{Blynk}}
                }
                """, Diagnostic("BWM0014").WithLocation(0).WithArguments("C", 5, "WiFi", 4));
        }

        [Fact]
        public Task BWM0014_too_many_blynk_sets()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    {{Wifi}}
                    [BlynkCredential("b1")] public BlynkCredential B1 = new BlynkCredential();
                    [BlynkCredential("b2")] public BlynkCredential B2 = new BlynkCredential();
                    [BlynkCredential("b3")] public BlynkCredential B3 = new BlynkCredential();
                    [BlynkCredential("b4")] public BlynkCredential B4 = new BlynkCredential();
                    [BlynkCredential("b5")] public BlynkCredential {|#0:B5|} = new BlynkCredential();
                }
                """, Diagnostic("BWM0014").WithLocation(0).WithArguments("C", 5, "Blynk", 4));
        }

        [Fact]
        public Task BWM0014_negative_four_of_each()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("w1")] public WifiCredential W1 = new WifiCredential();
                    [WifiCredential("w2")] public WifiCredential W2 = new WifiCredential();
                    [WifiCredential("w3")] public WifiCredential W3 = new WifiCredential();
                    [WifiCredential("w4")] public WifiCredential W4 = new WifiCredential();
                    [BlynkCredential("b1")] public BlynkCredential B1 = new BlynkCredential();
                    [BlynkCredential("b2")] public BlynkCredential B2 = new BlynkCredential();
                    [BlynkCredential("b3")] public BlynkCredential B3 = new BlynkCredential();
                    [BlynkCredential("b4")] public BlynkCredential B4 = new BlynkCredential();
                }
                """);
        }

        // ---- BWM0015 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0015_no_blynk_set()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class {|#0:C|}
                {
                    {{Wifi}}
                }
                """, Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "BlynkCredential"));
        }

        [Fact]
        public Task BWM0015_empty_class_misses_both()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class {|#0:C|}
                {
                }
                """,
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "WifiCredential"),
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "BlynkCredential"));
        }

        // (The negative case of BWM0015 is every other valid test in this file.)

        // ---- BWM0016 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0016_hard_coded_secrets()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", DefaultSsid = "home", {|#0:DefaultPassword = "hunter22"|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", {|#1:DefaultToken = "abc123"|})] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("mqtt_pw", MaxLength = 32, Secret = true)] public string MqttPassword { get; set; } = {|#2:"s3cret"|};
                }
                """,
                Diagnostic("BWM0016").WithLocation(0).WithArguments("Wifi.Password"),
                Diagnostic("BWM0016").WithLocation(1).WithArguments("Blynk.Token"),
                Diagnostic("BWM0016").WithLocation(2).WithArguments("MqttPassword"));
        }

        [Fact]
        public Task BWM0016_negative_empty_secret_and_non_secret_defaults()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", DefaultSsid = "home", DefaultPassword = "")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", DefaultServer = "blynk.example")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("mqtt_pw", MaxLength = 32, Secret = true)] public string MqttPassword = "";
                    [DynamicParam("mqtt_user", MaxLength = 32)] public string MqttUser = "device";
                }
                """);
        }

        // ---- BWM0017 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0017_non_constant_defaults()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("host", MaxLength = 64)] public string Host = {|#0:System.Environment.MachineName|};
                    [DynamicParam("n")] public int N = {|#1:int.Parse("5")|};
                    [DynamicParam("on")] public bool On { get; set; } = {|#2:System.DateTime.Now.Second > 3|};
                    [BoardName] public string Board = {|#3:System.Guid.NewGuid().ToString("N").Substring(0, 8)|};
                }
                """,
                Diagnostic("BWM0017").WithLocation(0).WithArguments("Host", ""),
                Diagnostic("BWM0017").WithLocation(1).WithArguments("N", ""),
                Diagnostic("BWM0017").WithLocation(2).WithArguments("On", ""),
                Diagnostic("BWM0017").WithLocation(3).WithArguments("Board", ""));
        }

        [Fact]
        public Task BWM0017_negative_constants_and_constant_expressions()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                public static class Defaults
                {
                    public const string Host = "broker.local";
                    public const int Port = 1883;
                }

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("host", MaxLength = 64)] public string Host = Defaults.Host;
                    [DynamicParam("port")] public int Port = Defaults.Port + 1;
                    [DynamicParam("tls")] public bool Tls = !false;
                    [DynamicParam("name", MaxLength = 16)] public string Name = "dev" + "ice";
                    [DynamicParam("none", MaxLength = 16)] public string None = null;
                }
                """);
        }

        [Fact]
        public Task BWM0017_constant_reference_in_another_partial_file_is_not_understood_by_the_generator()
        {
            // The generator sees the semantic model of the attributed declaration's file only, so elsewhere a named
            // constant is not a constant to it; the analyzer says so (with the reason) instead of staying silent.
            return AnalyzerAsync(new[]
            {
                $$"""
                using BlynkWM;
                public static class Defaults { public const string Host = "broker.local"; }
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("here", MaxLength = 32)] public string Here = Defaults.Host;
                }
                """,
                """
                using BlynkWM;
                public partial class C
                {
                    [DynamicParam("there", MaxLength = 32)] public string There = {|#0:Defaults.Host|};
                    [DynamicParam("literal", MaxLength = 32)] public string Literal = "fine";
                    [DynamicParam("negative")] public int Negative = -5;
                }
                """,
            },
            Diagnostic("BWM0017").WithLocation(0).WithArguments("There",
                " (in a partial declaration other than the one carrying [BlynkConfig] only literals are understood; move the member there)"));
        }

        // ---- BWM0018 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0018_members_that_loading_cannot_assign()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("a")] public readonly int {|#0:A|};
                    [DynamicParam("b")] public static int {|#1:B|};
                    [DynamicParam("c")] public int {|#2:C1|} { get; }
                    [DynamicParam("d")] public int {|#3:D|} { get; init; }
                    [DynamicParam("e")] public const int {|#4:E|} = 1;
                }
                """,
                Diagnostic("BWM0018").WithLocation(0).WithArguments("A", "is readonly"),
                Diagnostic("BWM0018").WithLocation(1).WithArguments("B", "is static (one value for every instance)"),
                Diagnostic("BWM0018").WithLocation(2).WithArguments("C1", "has no 'set' accessor"),
                Diagnostic("BWM0018").WithLocation(3).WithArguments("D", "has an 'init' accessor, which only an object initializer can call"),
                Diagnostic("BWM0018").WithLocation(4).WithArguments("E", "is a constant"));
        }

        [Fact]
        public async Task BWM0018_message_says_what_is_wrong_with_an_init_accessor()
        {
            var compilation = CompileHarness.CompileNet80($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("d")] public int D { get; init; }
                }
                """);

            Diagnostic diagnostic = Assert.Single(await AnalyzerRunner.AnalyzeAsync(compilation));

            Assert.Equal(
                "'D' has an 'init' accessor, which only an object initializer can call; loading assigns config members after construction, "
                    + "so use a non-static, non-readonly field or a property with a 'set' accessor",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task BWM0018_negative_fields_and_settable_properties()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("a")] public int A;
                    [DynamicParam("b")] public int B { get; set; }
                    [DynamicParam("c")] public int C1 { get; private set; }
                    [DynamicParam("d")] internal int D;
                }
                """);
        }

        // ---- BWM0019 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0019_ids_whose_tags_collide()
        {
            // FNV-1a("porbxw") == FNV-1a("puscra") == 0xD4C9E161.
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("porbxw")] public int A;
                    [DynamicParam({|#0:"puscra"|})] public int B;
                }
                """, Diagnostic("BWM0019").WithLocation(0).WithArguments("porbxw", "puscra", 0xD4C9E161u));
        }

        [Fact]
        public Task BWM0019_negative_neighbouring_ids()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("porbxw")] public int A;
                    [DynamicParam("puscrb")] public int B;
                }
                """);
        }

        // ---- BWM0020 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0020_two_blynkwm_attributes_on_one_member()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [BoardName, DynamicParam("name", MaxLength = 8)] public string {|#0:Name|} = "";
                }
                """, Diagnostic("BWM0020").WithLocation(0).WithArguments("Name"));
        }

        // ---- BWM0021 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0021_second_board_name()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [BoardName] public string Board = "";
                    [BoardName] public string {|#0:HostName|} = "";
                }
                """, Diagnostic("BWM0021").WithLocation(0).WithArguments("C"));
        }

        [Fact]
        public Task BWM0020_BWM0021_negative_one_board_name_beside_parameters()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [BoardName] public string Board = "";
                    [DynamicParam("name", MaxLength = 8)] public string Name = "";
                }
                """);
        }

        // ---- BWM0022 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData(0)]
        [InlineData(65536)]
        [InlineData(-443)]
        public Task BWM0022_port_outside_1_65535(int port)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Wifi}}
                    [BlynkCredential("blynk", {|#0:DefaultPort = {{port}}|})] public BlynkCredential Blynk = new BlynkCredential();
                }
                """, Diagnostic("BWM0022").WithLocation(0).WithArguments(port));
        }

        [Fact]
        public Task BWM0022_negative_ports_1_and_65535()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Wifi}}
                    [BlynkCredential("b1", DefaultPort = 1)] public BlynkCredential B1 = new BlynkCredential();
                    [BlynkCredential("b2", DefaultPort = 65535)] public BlynkCredential B2 = new BlynkCredential();
                }
                """);
        }

        // ---- BWM0023 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0023_arguments_that_have_no_effect()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, {|#0:Path = "/cfg"|})]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("n", {|#1:MaxLength = 4|})] public int N;
                    [DynamicParam("s", MaxLength = 8, {|#2:Min = 1|})] public string S = "";
                    [DynamicParam("b", {|#3:Secret = true|})] public bool B;
                }

                [BlynkConfig(ConfigStorage.LittleFs, Path = "/d", {|#4:EepromRegionSize = 1024|})]
                public partial class D
                {
                    {{Credentials}}
                }
                """,
                Diagnostic("BWM0023").WithLocation(0).WithArguments("Path", "for EEPROM storage (EepromStart and EepromRegionSize place the record)"),
                Diagnostic("BWM0023").WithLocation(1).WithArguments("MaxLength", "for an integer parameter (it has a fixed size)"),
                Diagnostic("BWM0023").WithLocation(2).WithArguments("Min", "for a string parameter (it has no range)"),
                Diagnostic("BWM0023").WithLocation(3).WithArguments("Secret", "for a bool parameter"),
                Diagnostic("BWM0023").WithLocation(4).WithArguments("EepromRegionSize", "for LittleFS storage (Path names the file)"));
        }

        [Fact]
        public Task BWM0023_negative_arguments_that_apply()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024, EepromCapacity = 4096, PortalTitle = "Setup")]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("n", Min = 0, Max = 9, Label = "N", Required = true, Secret = true)] public int N;
                    [DynamicParam("s", MaxLength = 8, Secret = true)] public string S = "";
                    [DynamicParam("b", Label = "B", Required = true)] public bool B;
                }
                """);
        }

        // ---- BWM0024 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0024_static_class()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public static partial class {|#0:C|}
                {
                    [WifiCredential("wifi")] public static WifiCredential {|#1:Wifi|} = new WifiCredential();
                    [BlynkCredential("blynk")] public static BlynkCredential {|#2:Blynk|} = new BlynkCredential();
                }
                """,
                Diagnostic("BWM0024").WithLocation(0).WithArguments("C", "a static class"),
                Diagnostic("BWM0018").WithLocation(1).WithArguments("Wifi", "is static (one value for every instance)"),
                Diagnostic("BWM0018").WithLocation(2).WithArguments("Blynk", "is static (one value for every instance)"),
                // With no assignable credential member the class also misses both sets.
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "WifiCredential"),
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "BlynkCredential"));
        }

        [Fact]
        public Task BWM0024_record()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial record {|#0:C|}
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0024").WithLocation(0).WithArguments("C", "a record"));
        }

        [Fact]
        public Task BWM0024_negative_sealed_and_abstract_classes()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                public sealed partial class A
                {
                    {{Credentials}}
                }

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024)]
                public abstract partial class B
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0025 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0025_undefined_storage_kind()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig({|#0:(ConfigStorage)7|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0025").WithLocation(0).WithArguments(7));
        }

        [Theory]
        [InlineData("ConfigStorage.Eeprom")]
        [InlineData("ConfigStorage.LittleFs, Path = \"/c\"")]
        [InlineData("(ConfigStorage)2, Path = \"/c\"")]
        public Task BWM0025_negative_defined_kinds(string arguments)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig({{arguments}})]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0026 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0026_members_named_like_generated_ones()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Credentials}}
                    [DynamicParam("n")] public int {|#0:Write|};
                    public string {|#1:StorageLayout|} { get; set; } = "";
                    public void {|#2:CopyTo|}(System.IO.Stream stream) { }
                    public class {|#3:PortalForm|} { }
                    public event System.Action {|#4:ResetToDefaults|};
                }
                """,
                Diagnostic("BWM0026").WithLocation(0).WithArguments("Write", "C", ""),
                Diagnostic("BWM0026").WithLocation(1).WithArguments("StorageLayout", "C", ""),
                Diagnostic("BWM0026").WithLocation(2).WithArguments("CopyTo", "C", ""),
                Diagnostic("BWM0026").WithLocation(3).WithArguments("PortalForm", "C", ""),
                Diagnostic("BWM0026").WithLocation(4).WithArguments("ResetToDefaults", "C", ""));
        }

        [Fact]
        public Task BWM0026_in_another_partial_declaration_and_every_reserved_name()
        {
            return AnalyzerAsync(new[]
            {
                $$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    {{Credentials}}
                }
                """,
                """
                public partial class C
                {
                    public int {|#0:TryRead|};
                    public int {|#1:EnsureCredentialObjects|};
                    public int {|#2:GetWifiCredentials|};
                    public int {|#3:GetBlynkCredentials|};
                    public static int {|#4:CreateStore|};
                    public static int {|#5:CreateResetRecord|};
                    public static int {|#6:CreatePortalFlagRecord|};
                    public int {|#7:DiscardedFieldCount|};
                    public string {|#8:GetDiscardedFieldId|} = "";
                    private int {|#9:_blynkwmDiscardedCount|};
                    private int[] {|#10:_blynkwmDiscardedFields|} = new int[0];
                    public int Read() => _blynkwmDiscardedCount + _blynkwmDiscardedFields.Length;
                }
                """,
            },
                Diagnostic("BWM0026").WithLocation(0).WithArguments("TryRead", "C", ""),
                Diagnostic("BWM0026").WithLocation(1).WithArguments("EnsureCredentialObjects", "C", ""),
                Diagnostic("BWM0026").WithLocation(2).WithArguments("GetWifiCredentials", "C", ""),
                Diagnostic("BWM0026").WithLocation(3).WithArguments("GetBlynkCredentials", "C", ""),
                Diagnostic("BWM0026").WithLocation(4).WithArguments("CreateStore", "C", ""),
                Diagnostic("BWM0026").WithLocation(5).WithArguments("CreateResetRecord", "C", ""),
                Diagnostic("BWM0026").WithLocation(6).WithArguments("CreatePortalFlagRecord", "C", ""),
                Diagnostic("BWM0026").WithLocation(7).WithArguments("DiscardedFieldCount", "C", ""),
                Diagnostic("BWM0026").WithLocation(8).WithArguments("GetDiscardedFieldId", "C", ""),
                Diagnostic("BWM0026").WithLocation(9).WithArguments("_blynkwmDiscardedCount", "C", ""),
                Diagnostic("BWM0026").WithLocation(10).WithArguments("_blynkwmDiscardedFields", "C", ""));
        }

        [Fact]
        public async Task BWM0026_message_reads_as_a_sentence()
        {
            var compilation = CompileHarness.CompileNet80($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class Settings
                {
                    {{Credentials}}
                    public int CopyTo;
                }
                """);

            Diagnostic diagnostic = Assert.Single(await AnalyzerRunner.AnalyzeAsync(compilation));

            Assert.Equal("'CopyTo' is also the name of a member BlynkWM generates in 'Settings'; rename it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task BWM0026_class_named_like_a_generated_member()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                namespace N
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class {|#0:Write|}
                    {
                        {{Credentials}}
                    }
                }
                """, Diagnostic("BWM0026").WithLocation(0).WithArguments("Write", "Write", " (and a class cannot contain a member named like itself)"));
        }

        [Fact]
        public Task BWM0026_negative_similar_names_other_case_and_explicit_interface_members()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C : System.IDisposable
                {
                    {{Credentials}}
                    [DynamicParam("w")] public int Writes;
                    public int write;
                    public string Layout = "";
                    public int MaxRecordSize;
                    public void WriteTo(System.IO.Stream stream) { }
                    void System.IDisposable.Dispose() { }
                }
                """);
        }

        // ---- BWM0027 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("http://192.168.4.1/", "an origin has no path, query, fragment or user name (not even a trailing '/'); use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("null", "it is not an origin; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("http://a.local, http://b.local", "it is sent as an HTTP header value and must be printable ASCII, without spaces or line breaks")]
        [InlineData("http://a.local:0", "the port must be a number from 1 to 65535; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("http://a.local:65536", "the port must be a number from 1 to 65535; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("http://", "the host is missing; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("HTTP://Device.local", "browsers send the origin in lower case and compare it byte for byte; write the scheme and host in lower case")]
        [InlineData("http://user@host", "an origin has no path, query, fragment or user name (not even a trailing '/'); use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("http://[zz]", "the IPv6 address is not valid; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        [InlineData("1http://a", "it is not an origin; use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"")]
        public Task BWM0027_invalid_cors_origin(string origin, string problem)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, {|#0:CorsOrigin = "{{origin}}"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0027").WithLocation(0).WithArguments("CorsOrigin", origin, problem));
        }

        [Fact]
        public Task BWM0027_line_break_is_shown_escaped()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, {|#0:CorsOrigin = "*\r\nSet-Cookie: a=b"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0027").WithLocation(0).WithArguments("CorsOrigin", "*\\r\\nSet-Cookie: a=b",
                    "it is sent as an HTTP header value and must be printable ASCII, without spaces or line breaks"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("*")]
        [InlineData("http://192.168.4.1")]
        [InlineData("https://config.example.com:8443")]
        [InlineData("http://[fe80::1]:8080")]
        [InlineData("http://device-01.local")]
        public Task BWM0027_negative_valid_origins(string origin)
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom, CorsOrigin = "{{origin}}")]
                public partial class C
                {
                    {{Credentials}}
                }
                """);
        }

        // ---- BWM0012 / BWM0013: control characters ----------------------------------------------------------------

        [Fact]
        public Task BWM0013_control_character_in_path()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.LittleFs, {|#0:Path = "/cfg\nclass X { }"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0013").WithLocation(0).WithArguments("/cfg\\nclass X { }",
                    "it contains a control character (a line break, tab or other non-printing character)"));
        }

        [Fact]
        public Task BWM0012_control_character_in_path()
        {
            return AnalyzerAsync($$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Spiffs, {|#0:Path = "/cfg\t1"|})]
                public partial class C
                {
                    {{Credentials}}
                }
                """, Diagnostic("BWM0012").WithLocation(0).WithArguments("/cfg\\t1",
                    "it contains a control character (a line break, tab or other non-printing character)"));
        }

        // ---- analyzer scope ------------------------------------------------------------------------------------

        [Fact]
        public Task Classes_without_the_attribute_are_not_analyzed()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                public class NotAConfig
                {
                    [DynamicParam("x y")] public double Broken;
                    [WifiCredential("w")] public readonly string AlsoBroken = "";
                }
                """);
        }

        [Fact]
        public Task Other_attribute_named_BlynkConfig_is_ignored()
        {
            return AnalyzerAsync("""
                namespace Elsewhere
                {
                    [System.AttributeUsage(System.AttributeTargets.Class)]
                    public sealed class BlynkConfigAttribute : System.Attribute { }

                    [BlynkConfig]
                    public class C { }
                }
                """);
        }

        [Fact]
        public Task Each_partial_declaration_is_reported_once()
        {
            return AnalyzerAsync(new[]
            {
                $$"""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    {{Wifi}}
                }
                """,
                """
                using BlynkWM;
                public partial class C
                {
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("note")] public string {|BWM0009:Note|} = "";
                }
                """,
            });
        }

        [Fact]
        public Task Warnings_alone_do_not_hide_the_rest_of_the_class()
        {
            return AnalyzerAsync("""
                using BlynkWM;
                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", {|BWM0016:DefaultPassword = "x"|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential({|BWM0006:"bl ynk"|})] public BlynkCredential Blynk = new BlynkCredential();
                }
                """);
        }
    }
}
