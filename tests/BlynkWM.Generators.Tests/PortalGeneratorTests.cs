using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace BlynkWM.Generators.Tests
{
    public class PortalGeneratorTests
    {
        public static TheoryData<string> Samples => new() { "DeviceConfig", "GreenhouseConfig", "SpiffsConfig" };

        private static GeneratorDriver Driver(params AdditionalText[] files)
        {
            return GeneratorHarness.CreateDriver(new StorageGenerator(), new PortalGenerator()).AddAdditionalTexts(ImmutableArray.Create(files));
        }

        private static GeneratedSourceResult PortalSource(GeneratorDriverRunResult result)
        {
            return result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(".Portal.g.cs", System.StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void Generated_portal_code_matches_snapshot(string sample)
        {
            var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.CompileNet80(GeneratorHarness.SampleSource(sample + ".cs")), new PortalGenerator());

            GeneratedSourceResult source = Assert.Single(result.Results.Single().GeneratedSources);
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
            var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.CompileNet80(TextRulesSource), new PortalGenerator());

            Snapshot.Verify("TextRules.Portal", Assert.Single(result.Results.Single().GeneratedSources).SourceText.ToString());
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
            GeneratorHarness.SampleSource("DeviceConfig.cs"),
            GeneratorHarness.SampleSource("GreenhouseConfig.cs"),
            GeneratorHarness.SampleSource("SpiffsConfig.cs"),
            CustomConstructorSource,
            TextRulesSource,
            // Nested in a static class in the global namespace, internal.
            """
            using BlynkWM;
            public static partial class Firmware
            {
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 256, EepromSize = 1024)]
                internal partial class Settings
                {
                    [WifiCredential("net")] public WifiCredential Net = new WifiCredential();
                    [BlynkCredential("cloud", DefaultPort = 443)] public BlynkCredential Cloud = new BlynkCredential();
                    [DynamicParam("gain", Min = -10, Max = 10)] public int Gain = -3;
                }
            }
            """,
        };

        [Theory]
        [MemberData(nameof(CompileCases))]
        public void Generated_code_compiles_without_warnings_on_net80_and_netstandard20(string source)
        {
            foreach (Compilation input in new[] { GeneratorHarness.CompileNet80(source), GeneratorHarness.CompileNetStandard20(source) })
            {
                var (output, diagnostics, result) = GeneratorHarness.Run(input, new StorageGenerator(), new PortalGenerator());

                Assert.Empty(diagnostics);
                Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith(".Portal.g.cs", System.StringComparison.Ordinal));
                Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            }
        }

        [Fact]
        public void Constructor_without_parameterless_overload_is_not_offered()
        {
            var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.CompileNet80(CustomConstructorSource), new StorageGenerator(), new PortalGenerator());
            string text = PortalSource(result).SourceText.ToString();

            Assert.DoesNotContain("public PortalForm(global::N.C config)\n", text);
            Assert.Contains("public PortalForm(global::N.C config, global::N.C scratch)", text);
        }

        [Fact]
        public void Output_is_deterministic_across_reference_sets_and_line_endings()
        {
            string source = GeneratorHarness.SampleSource("DeviceConfig.cs");
            string first = PortalSource(GeneratorHarness.Run(GeneratorHarness.CompileNet80(source), new PortalGenerator()).Result).SourceText.ToString();
            string second = PortalSource(GeneratorHarness.Run(GeneratorHarness.CompileNetStandard20(source.Replace("\n", "\r\n")), new PortalGenerator()).Result).SourceText.ToString();

            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
        }

        [Fact]
        public void Project_portal_files_reach_the_page_whatever_their_folder_and_case()
        {
            CSharpCompilation compilation = GeneratorHarness.CompileNet80(GeneratorHarness.SampleSource("DeviceConfig.cs"));
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
        public void Unrelated_edits_to_code_and_additional_files_leave_every_tracked_step_cached_or_unchanged()
        {
            var css = new TextFile("/p/blynkwm.portal.css", "h1{color:red}");
            var other = new TextFile("/p/appsettings.txt", "a");
            CSharpCompilation compilation = GeneratorHarness.CompileNet80(GeneratorHarness.SampleSource("DeviceConfig.cs"), "class Other { int X; }");
            GeneratorDriver driver = Driver(css, other).RunGenerators(compilation);

            SyntaxTree otherTree = compilation.SyntaxTrees.Last();
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(otherTree, CSharpSyntaxTree.ParseText("class Other { int X; int Y; }", GeneratorHarness.ParseOptions, path: otherTree.FilePath));
            driver = driver.ReplaceAdditionalText(other, new TextFile("/p/appsettings.txt", "b"))
                .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new TextFile("/p/more.json", "{}")));
            GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(PortalGenerator));

            string[] tracked = { ConfigModels.ParseStep, ConfigModels.ValidStep, PortalGenerator.FilesStep, PortalGenerator.ProjectOptionsStep, PortalGenerator.PageStep };
            foreach (string step in tracked)
            {
                Assert.True(rerun.TrackedSteps.ContainsKey(step), "step " + step + " is not tracked");
                foreach (IncrementalGeneratorRunStep run in rerun.TrackedSteps[step])
                {
                    Assert.All(run.Outputs, o => Assert.True(
                        o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        step + " re-ran with reason " + o.Reason));
                }
            }

            Assert.All(rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output re-ran: " + o.Reason));
        }

        [Fact]
        public void Editing_the_portal_css_file_rebuilds_the_page()
        {
            var css = new TextFile("/p/blynkwm.portal.css", "h1{color:red}");
            CSharpCompilation compilation = GeneratorHarness.CompileNet80(GeneratorHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver(css).RunGenerators(compilation);

            driver = driver.ReplaceAdditionalText(css, new TextFile("/p/blynkwm.portal.css", "h1{color:blue}")).RunGenerators(compilation);
            GeneratorRunResult rerun = driver.GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(PortalGenerator));

            Assert.Contains(rerun.TrackedSteps[PortalGenerator.PageStep].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("h1{color:blue}", PortalSource(driver.GetRunResult()).SourceText.ToString());
        }

        [Fact]
        public void Editing_a_portal_attribute_rebuilds_the_page()
        {
            string source = GeneratorHarness.SampleSource("DeviceConfig.cs");
            CSharpCompilation compilation = GeneratorHarness.CompileNet80(source);
            GeneratorDriver driver = Driver().RunGenerators(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.Single();
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
                source.Replace("PortalTitle = \"Sensor setup\"", "PortalTitle = \"Sensor setup\", CorsOrigin = \"*\""), GeneratorHarness.ParseOptions, path: tree.FilePath));
            driver = driver.RunGenerators(edited);

            Assert.Contains("private const string Cors = \"*\";", PortalSource(driver.GetRunResult()).SourceText.ToString());
        }

        [Theory]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom)] public class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom, PortalCss = )] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("[BlynkConfig(ConfigStorage.Eeprom, PortalTitle = null)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\", Label = \"\\uD800\")] public BlynkCredential B = new BlynkCredential(); }")]
        public void Broken_or_odd_input_never_throws(string body)
        {
            var (_, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.CompileNet80("using BlynkWM;\n" + body), new PortalGenerator());

            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id is "CS8784" or "CS8785");
        }

        [Fact]
        public void An_unpaired_surrogate_in_a_label_becomes_a_replacement_character()
        {
            string body = "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\", Label = \"x\\uD800y\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }";
            var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.CompileNet80("using BlynkWM;\n" + body), new PortalGenerator());

            string text = PortalSource(result).SourceText.ToString();
            Assert.Contains("<legend>x\uFFFDy</legend>", text);
        }

        private sealed class TextFile : AdditionalText
        {
            private readonly string _text;

            public TextFile(string path, string text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
        }
    }
}
