using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// The attributed members: their types, how many credential sets, constant defaults, writability, one attribute and
    /// one board name. Each diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class MemberDiagnosticTests
    {
        // ---- BWM0008 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0008_unsupported_parameter_type()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("gain")] public double {|#0:Gain|};
                [DynamicParam("count")] public int? {|#1:Count|};
                """),
                Diagnostic("BWM0008").WithLocation(0).WithArguments("Gain", "double", "[DynamicParam]", "string, bool, byte, short, ushort, int, uint or long"),
                Diagnostic("BWM0008").WithLocation(1).WithArguments("Count", "int?", "[DynamicParam]", "string, bool, byte, short, ushort, int, uint or long"));
        }

        [Fact]
        public Task BWM0008_credential_attribute_on_wrong_type()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi2")] public string {|#0:Backup|} = "";
                [BoardName] public int {|#1:Board|};
                """),
                Diagnostic("BWM0008").WithLocation(0).WithArguments("Backup", "string", "[WifiCredential]", "BlynkWM.WifiCredential"),
                Diagnostic("BWM0008").WithLocation(1).WithArguments("Board", "int", "[BoardName]", "string"));
        }

        [Fact]
        public Task BWM0008_negative_every_supported_type()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("s", MaxLength = 8)] public string S = "";
                [DynamicParam("b")] public bool B;
                [DynamicParam("u8")] public byte U8;
                [DynamicParam("i16")] public short I16;
                [DynamicParam("u16")] public ushort U16;
                [DynamicParam("i32")] public int I32;
                [DynamicParam("u32")] public uint U32;
                [DynamicParam("i64")] public long I64;
                """));
        }

        // ---- BWM0014 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0014_too_many_wifi_sets()
        {
            return AnalyzerAsync(Class($$"""
                [WifiCredential("w1")] public WifiCredential W1 = new WifiCredential();
                [WifiCredential("w2")] public WifiCredential W2 = new WifiCredential();
                [WifiCredential("w3")] public WifiCredential W3 = new WifiCredential();
                [WifiCredential("w4")] public WifiCredential W4 = new WifiCredential();
                [WifiCredential("w5")] public WifiCredential {|#0:W5|} = new WifiCredential();
                {{BlynkSet}}
                """, arguments: "ConfigStorage.LittleFs, Path = \"/c\"", credentials: false), Diagnostic("BWM0014").WithLocation(0).WithArguments("C", 5, "WiFi", 4));
        }

        [Fact]
        public Task BWM0014_too_many_blynk_sets()
        {
            return AnalyzerAsync(Class($$"""
                {{WifiSet}}
                [BlynkCredential("b1")] public BlynkCredential B1 = new BlynkCredential();
                [BlynkCredential("b2")] public BlynkCredential B2 = new BlynkCredential();
                [BlynkCredential("b3")] public BlynkCredential B3 = new BlynkCredential();
                [BlynkCredential("b4")] public BlynkCredential B4 = new BlynkCredential();
                [BlynkCredential("b5")] public BlynkCredential {|#0:B5|} = new BlynkCredential();
                """, arguments: "ConfigStorage.LittleFs, Path = \"/c\"", credentials: false), Diagnostic("BWM0014").WithLocation(0).WithArguments("C", 5, "Blynk", 4));
        }

        [Fact]
        public Task BWM0014_negative_four_of_each()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("w1")] public WifiCredential W1 = new WifiCredential();
                [WifiCredential("w2")] public WifiCredential W2 = new WifiCredential();
                [WifiCredential("w3")] public WifiCredential W3 = new WifiCredential();
                [WifiCredential("w4")] public WifiCredential W4 = new WifiCredential();
                [BlynkCredential("b1")] public BlynkCredential B1 = new BlynkCredential();
                [BlynkCredential("b2")] public BlynkCredential B2 = new BlynkCredential();
                [BlynkCredential("b3")] public BlynkCredential B3 = new BlynkCredential();
                [BlynkCredential("b4")] public BlynkCredential B4 = new BlynkCredential();
                """, arguments: "ConfigStorage.LittleFs, Path = \"/c\"", credentials: false));
        }

        // ---- BWM0015 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0015_no_blynk_set()
        {
            return AnalyzerAsync(Class($$"""{{WifiSet}}""", name: """{|#0:C|}""", credentials: false), Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "BlynkCredential"));
        }

        [Fact]
        public Task BWM0015_empty_class_misses_both()
        {
            return AnalyzerAsync(Class("", name: """{|#0:C|}""", credentials: false),
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "WifiCredential"),
                Diagnostic("BWM0015").WithLocation(0).WithArguments("C", "BlynkCredential"));
        }

        // (The negative case of BWM0015 is every other valid test in this file.)

        // ---- BWM0017 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0017_non_constant_defaults()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("host", MaxLength = 64)] public string Host = {|#0:System.Environment.MachineName|};
                [DynamicParam("n")] public int N = {|#1:int.Parse("5")|};
                [DynamicParam("on")] public bool On { get; set; } = {|#2:System.DateTime.Now.Second > 3|};
                [BoardName] public string Board = {|#3:System.Guid.NewGuid().ToString("N").Substring(0, 8)|};
                """),
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
            return AnalyzerAsync(Class("""
                [DynamicParam("a")] public readonly int {|#0:A|};
                [DynamicParam("b")] public static int {|#1:B|};
                [DynamicParam("c")] public int {|#2:C1|} { get; }
                [DynamicParam("d")] public int {|#3:D|} { get; init; }
                [DynamicParam("e")] public const int {|#4:E|} = 1;
                """),
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
            return AnalyzerAsync(Class("""
                [DynamicParam("a")] public int A;
                [DynamicParam("b")] public int B { get; set; }
                [DynamicParam("c")] public int C1 { get; private set; }
                [DynamicParam("d")] internal int D;
                """));
        }

        // ---- BWM0020 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0020_two_blynkwm_attributes_on_one_member()
        {
            return AnalyzerAsync(Class("""[BoardName, DynamicParam("name", MaxLength = 8)] public string {|#0:Name|} = "";"""),
                Diagnostic("BWM0020").WithLocation(0).WithArguments("Name"));
        }

        // ---- BWM0021 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0021_second_board_name()
        {
            return AnalyzerAsync(Class("""
                [BoardName] public string Board = "";
                [BoardName] public string {|#0:HostName|} = "";
                """), Diagnostic("BWM0021").WithLocation(0).WithArguments("C"));
        }

        [Fact]
        public Task BWM0020_BWM0021_negative_one_board_name_beside_parameters()
        {
            return AnalyzerAsync(Class("""
                [BoardName] public string Board = "";
                [DynamicParam("name", MaxLength = 8)] public string Name = "";
                """));
        }
    }
}
