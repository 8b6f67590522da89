using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Tests
{
    public class PortalGeneratorTests
    {
        public static TheoryData<string> Samples => new() { "DeviceConfig", "GreenhouseConfig", "SpiffsConfig" };

        internal static GeneratorDriver Driver(params AdditionalText[] files)
        {
            return CompileHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create(files));
        }

        internal static GeneratedSourceResult PortalSource(GeneratorDriverRunResult result) => Assert.Single(CompileHarness.PortalSources(result));

        [Theory]
        [MemberData(nameof(Samples))]
        public void Generated_portal_code_matches_snapshot(string sample)
        {
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(CompileHarness.SampleSource(sample + ".cs")));

            GeneratedSourceResult source = PortalSource(result);
            Assert.Equal("BlynkWM.Samples." + sample + ".Portal.g.cs", source.HintName);
            Snapshot.Verify(sample + ".Portal", source.SourceText.ToString());
        }

        /// <summary>Every text rule: a Blynk server (host name), a plain string, and opted-out plain and secret strings.</summary>
        private const string TextRulesSource = """
            using BlynkWM;
            namespace N
            {
                [BlynkConfig(ConfigStorage.Spiffs, Path = "/t")]
                public partial class TextRules
                {
                    [WifiCredential("w")] public WifiCredential W = new WifiCredential();
                    [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();
                    [DynamicParam("plain", MaxLength = 8)] public string Plain = "";
                    [DynamicParam("pem", MaxLength = 64, AllowControlCharacters = true)] public string Pem = "";
                    [DynamicParam("key", MaxLength = 16, Secret = true, AllowControlCharacters = true)] public string Key = "";
                }
            }
            """;

        /// <summary>
        /// The text rules in the generated handler: a Blynk server is read as a host name, strings refuse control
        /// characters unless their [DynamicParam] opts out (plain and secret).
        /// </summary>
        [Fact]
        public void Text_rules_reach_the_generated_handler()
        {
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(TextRulesSource));

            Snapshot.Verify("TextRules.Portal", PortalSource(result).SourceText.ToString());
        }

        /// <summary>A user constructor with parameters only (the form then takes its scratch copy from the caller), and every value kind.</summary>
        private const string CustomConstructorSource = """
            using BlynkWM;
            namespace N
            {
                [BlynkConfig(ConfigStorage.Eeprom, PortalTitle = "A \"quoted\" <title> & more", PortalCss = "a{b:c}", PortalHeadHtml = "<meta name=x>", CorsOrigin = "*")]
                public partial class C
                {
                    public C(int unused) { ResetToDefaults(); }
                    [WifiCredential("w", Label = "<b>&", Required = true)] public WifiCredential W = new WifiCredential();
                    [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();
                    [DynamicParam("pin", Secret = true, Min = 0, Max = 9999)] public int Pin;
                    [DynamicParam("ok", Required = true)] public bool Ok { get; set; }
                    [DynamicParam("big")] public long Big = long.MinValue;
                    [DynamicParam("tiny", Min = -3, Max = 3)] public short Tiny;
                    [DynamicParam("u")] public uint U;
                    [DynamicParam("b8")] public byte B8;
                    [DynamicParam("s", MaxLength = 5, Secret = true, Required = true)] public string? S;
                }
            }
            """;

        public static TheoryData<string> CompileCases => new()
        {
            CompileHarness.SampleSource("DeviceConfig.cs"),
            CompileHarness.SampleSource("GreenhouseConfig.cs"),
            CompileHarness.SampleSource("SpiffsConfig.cs"),
            CustomConstructorSource,
            TextRulesSource,
            // Ids that give one constant name (a_b, a-b, aB), and names the form declares or derives (Fields, Config, x_clear).
            """
            using BlynkWM;
            [BlynkConfig(ConfigStorage.Eeprom)]
            public partial class Clash
            {
                [WifiCredential("w")] public WifiCredential W = new WifiCredential();
                [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();
                [DynamicParam("a_b", MaxLength = 4)] public string A1 = "";
                [DynamicParam("a-b", MaxLength = 4)] public string A2 = "";
                [DynamicParam("aB", Min = 0, Max = 9)] public int A3;
                [DynamicParam("fields")] public bool Fields;
                [DynamicParam("config", MaxLength = 4)] public string Config = "";
                [DynamicParam("x", MaxLength = 4, Secret = true)] public string X = "";
                [DynamicParam("x_clear", MaxLength = 4)] public string XClear = "";
            }
            """,
            StorageGeneratorTests.NestedInGlobalNamespace,
        };

        [Theory]
        [MemberData(nameof(CompileCases))]
        public void Generated_code_compiles_without_warnings_on_net80_and_netstandard20(string source)
        {
            foreach (Compilation input in new[] { CompileHarness.CompileNet80(source), CompileHarness.CompileNetStandard20(source) })
            {
                var (output, diagnostics, result) = CompileHarness.Run(input);

                Assert.Empty(diagnostics);
                Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith(".Portal.g.cs", System.StringComparison.Ordinal));
                Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            }
        }

        [Fact]
        public void Constructor_without_parameterless_overload_is_not_offered()
        {
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(CustomConstructorSource));
            string text = PortalSource(result).SourceText.ToString();

            Assert.DoesNotContain("public PortalForm(global::N.C config)\n", text);
            Assert.Contains("public PortalForm(global::N.C config, global::N.C scratch)", text);
        }

        [Fact]
        public void Output_is_deterministic_across_reference_sets_and_line_endings()
        {
            string source = CompileHarness.SampleSource("DeviceConfig.cs");
            string first = PortalSource(CompileHarness.Run(CompileHarness.CompileNet80(source)).Result).SourceText.ToString();
            string second = PortalSource(CompileHarness.Run(CompileHarness.CompileNetStandard20(source.Replace("\n", "\r\n"))).Result).SourceText.ToString();

            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
        }

        [Fact]
        public void Project_portal_files_reach_the_page_whatever_their_folder_and_case()
        {
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver(
                new TextFile("/proj/wwwroot/BlynkWM.Portal.CSS", "h1{color:#0a0}\r\n"),
                new TextFile("C:\\proj\\blynkwm.portal.head.html", "<link rel=icon href=\"data:,\">"),
                new TextFile("/proj/notes/readme.txt", "<not used>"));

            string text = PortalSource(driver.RunGenerators(compilation).GetRunResult()).SourceText.ToString();

            Assert.Contains("h1{color:#0a0}\\n</style>", text);
            Assert.Contains("<link rel=icon href=\\\"data:,\\\"></head>", text);
            Assert.DoesNotContain("<not used>", text);
        }

        [Fact]
        public void Editing_a_portal_attribute_rebuilds_the_page()
        {
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver().RunGenerators(compilation);

            CSharpCompilation edited = CompileHarness.Edit(compilation, compilation.SyntaxTrees.Single(),
                "PortalTitle = \"Sensor setup\"", "PortalTitle = \"Sensor setup\", CorsOrigin = \"*\"");
            driver = driver.RunGenerators(edited);

            Assert.Contains("private const string Cors = \"*\";", PortalSource(driver.GetRunResult()).SourceText.ToString());
        }

        [Theory]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom, PortalCss = )] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom, PortalTitle = null)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\", Label = \"\\uD800\")] public BlynkCredential B = new BlynkCredential(); }")]
        public void Broken_or_odd_input_never_throws(string body)
        {
            var (_, diagnostics, result) = CompileHarness.Run(CompileHarness.CompileNet80("using BlynkWM;\n" + body));

            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id is "CS8784" or "CS8785");
        }

        [Fact]
        public void An_unpaired_surrogate_in_a_label_becomes_a_replacement_character()
        {
            string body = "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\", Label = \"x\\uD800y\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }";
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80("using BlynkWM;\n" + body));

            string text = PortalSource(result).SourceText.ToString();
            Assert.Contains("<summary>x\uFFFDy</summary>", text);
        }
    }
}
