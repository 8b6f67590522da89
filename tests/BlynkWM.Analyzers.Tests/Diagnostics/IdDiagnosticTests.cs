using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Field ids: unique, safe as HTML and URL names, one type per id in a shared store, no tag collision. Each
    /// diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class IdDiagnosticTests
    {
        // ---- BWM0005 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0005_duplicate_credential_id()
        {
            return AnalyzerAsync(Class("""[WifiCredential({|#0:"wifi"|})] public WifiCredential Backup = new WifiCredential();"""),
                Diagnostic("BWM0005").WithLocation(0).WithArguments("wifi_ssid", "C"));
        }

        [Fact]
        public Task BWM0005_parameter_id_clashing_with_a_credential_field()
        {
            return AnalyzerAsync(Class("""[DynamicParam({|BWM0005:"blynk_port"|})] public int Port;"""));
        }

        [Fact]
        public Task BWM0005_negative_distinct_ids()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi2")] public WifiCredential Backup = new WifiCredential();
                [DynamicParam("port")] public int Port;
                """));
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
            return AnalyzerAsync(Class($$"""[DynamicParam({|#0:"{{id}}"|})] public int N;"""),
                Diagnostic("BWM0006").WithLocation(0).WithArguments(id, 24));
        }

        [Fact]
        public Task BWM0006_unsafe_credential_id()
        {
            return AnalyzerAsync(Class($$"""
                [WifiCredential({|BWM0006:"home/wifi"|})] public WifiCredential Wifi = new WifiCredential();
                {{BlynkSet}}
                """, credentials: false));
        }

        [Fact]
        public Task BWM0006_negative_letters_digits_underscore_dash_up_to_24()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("Mqtt-port_2")] public int A;
                [DynamicParam("abcdefghijklmnopqrstuvwx")] public int B;
                """));
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

        // ---- BWM0019 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0019_ids_whose_tags_collide()
        {
            // FNV-1a("porbxw") == FNV-1a("puscra") == 0xD4C9E161.
            return AnalyzerAsync(Class("""
                [DynamicParam("porbxw")] public int A;
                [DynamicParam({|#0:"puscra"|})] public int B;
                """), Diagnostic("BWM0019").WithLocation(0).WithArguments("porbxw", "puscra", 0xD4C9E161u));
        }

        [Fact]
        public Task BWM0019_negative_neighbouring_ids()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("porbxw")] public int A;
                [DynamicParam("puscrb")] public int B;
                """));
        }
    }
}
