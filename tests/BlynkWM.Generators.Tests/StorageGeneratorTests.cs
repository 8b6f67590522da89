using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Tests
{
    public class StorageGeneratorTests
    {
        public static TheoryData<string> Samples => new() { "DeviceConfig", "GreenhouseConfig", "SpiffsConfig" };

        [Theory]
        [MemberData(nameof(Samples))]
        public void Generated_storage_code_matches_snapshot(string sample)
        {
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(CompileHarness.SampleSource(sample + ".cs")));

            GeneratedSourceResult source = Assert.Single(CompileHarness.StorageSources(result));
            Assert.Equal("BlynkWM.Samples." + sample + ".Storage.g.cs", source.HintName);
            Snapshot.Verify(sample + ".Storage", source.SourceText.ToString());
        }

        /// <summary>A config nested in a static class in the global namespace, internal.</summary>
        internal const string NestedInGlobalNamespace = """
            using BlynkWM;

            public static partial class Firmware
            {
                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 256, EepromRegionSize = 1024)]
                internal partial class Settings
                {
                    [WifiCredential("net")] public WifiCredential Net = new WifiCredential();
                    [BlynkCredential("cloud", DefaultPort = 443)] public BlynkCredential Cloud = new BlynkCredential();
                    [DynamicParam("gain", Min = -10, Max = 10)] public int Gain = -3;
                }
            }
            """;

        [Fact]
        public void Nested_config_in_global_namespace_matches_snapshot()
        {
            var (output, diagnostics, result) = CompileHarness.Run(CompileHarness.CompileNet80(NestedInGlobalNamespace));

            Assert.Empty(diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Snapshot.Verify("NestedGlobal.Storage", Assert.Single(CompileHarness.StorageSources(result)).SourceText.ToString());
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void Generated_code_compiles_without_warnings_on_net80_and_netstandard20(string sample)
        {
            string source = CompileHarness.SampleSource(sample + ".cs");
            foreach (Compilation input in new[] { CompileHarness.CompileNet80(source), CompileHarness.CompileNetStandard20(source) })
            {
                var (output, diagnostics, result) = CompileHarness.Run(input);

                Assert.Empty(diagnostics);
                Assert.NotEmpty(result.GeneratedTrees);
                Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            }
        }

        public static TheoryData<string, LanguageVersion, NullableContextOptions> LanguageCases()
        {
            var cases = new TheoryData<string, LanguageVersion, NullableContextOptions>();
            foreach (string sample in new[] { "DeviceConfig", "GreenhouseConfig", "SpiffsConfig" })
            {
                cases.Add(sample, LanguageVersion.CSharp7_3, NullableContextOptions.Disable);
                cases.Add(sample, LanguageVersion.CSharp9, NullableContextOptions.Disable);
                cases.Add(sample, LanguageVersion.CSharp9, NullableContextOptions.Enable);
                cases.Add(sample, LanguageVersion.Latest, NullableContextOptions.Enable);
            }

            return cases;
        }

        /// <summary>
        /// The generated code is compiled at the consumer's language version: nanoFramework projects use C# 9 with
        /// nullable off, older projects C# 7.3 (which has no #nullable). Every generator, every sample, no warning.
        /// </summary>
        [Theory]
        [MemberData(nameof(LanguageCases))]
        public void Generated_code_compiles_without_warnings_at_the_consumers_language_version(string sample, LanguageVersion version, NullableContextOptions nullable)
        {
            var parseOptions = new CSharpParseOptions(version);
            // The sample is the user's code: written at whatever version; only the generated trees are under test.
            string source = CompileHarness.SampleSource(sample + ".cs");
            var input = CompileHarness.Compile(Basic.Reference.Assemblies.NetStandard20.References.All, parseOptions, nullable, source);
            GeneratorDriver driver = CompileHarness.CreateDriver(parseOptions)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out var diagnostics);

            Assert.Empty(diagnostics);
            var generated = driver.GetRunResult().GeneratedTrees;
            Assert.Equal(2, generated.Length);
            Assert.All(generated, tree => Assert.Equal(version.MapSpecifiedToEffectiveVersion(), ((CSharpParseOptions)tree.Options).LanguageVersion));
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems));
        }

        public static TheoryData<string, string> SamplesAndOutputs => new()
        {
            { "DeviceConfig", "Storage" }, { "GreenhouseConfig", "Storage" }, { "SpiffsConfig", "Storage" },
            { "DeviceConfig", "Portal" }, { "GreenhouseConfig", "Portal" }, { "SpiffsConfig", "Portal" },
        };

        /// <summary>
        /// A user project that writes a documentation file gets no documentation warning from the generated code (the
        /// storage code and the portal form): every public member it emits is documented, and every cref in it
        /// resolves. (The sample is the user's code; its own undocumented members are not under test.)
        /// </summary>
        [Theory]
        [MemberData(nameof(SamplesAndOutputs))]
        public void Generated_code_is_documented(string sample, string output)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.Diagnose);
            string source = CompileHarness.SampleSource(sample + ".cs");
            var input = CompileHarness.Compile(Basic.Reference.Assemblies.NetStandard20.References.All, parseOptions, NullableContextOptions.Disable, source);
            GeneratorDriver driver = CompileHarness.CreateDriver(parseOptions)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation compilation, out var diagnostics);

            Assert.Empty(diagnostics);
            SyntaxTree generated = Assert.Single(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.EndsWith("." + output + ".g.cs"));
            Assert.Equal(DocumentationMode.Diagnose, generated.Options.DocumentationMode);
            var problems = compilation.GetDiagnostics()
                .Where(d => d.Location.SourceTree == generated && d.Severity >= DiagnosticSeverity.Warning)
                .Select(d => d.ToString())
                .ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Output_is_deterministic()
        {
            string source = CompileHarness.SampleSource("DeviceConfig.cs");
            string first = Assert.Single(CompileHarness.StorageSources(CompileHarness.Run(CompileHarness.CompileNet80(source)).Result)).SourceText.ToString();
            string second = Assert.Single(CompileHarness.StorageSources(CompileHarness.Run(CompileHarness.CompileNetStandard20(source)).Result)).SourceText.ToString();
            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
            Assert.StartsWith("// <auto-generated/>\nusing ", first);
        }

        [Theory]
        [InlineData("not partial", "[BlynkConfig(ConfigStorage.Eeprom)] public class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("generic", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C<T> { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("unsupported type", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); [DynamicParam(\"d\")] public double D; }")]
        [InlineData("wrong credential type", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public string W = \"\"; [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("half typed", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); [DynamicParam(\"d\", MaxLength = ] public string D = \"")]
        [InlineData("missing type", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredentia W; [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("bad attribute argument", "[BlynkConfig(\"eeprom\")] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("duplicate ids", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [WifiCredential(\"w\")] public WifiCredential W2 = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("too big for eeprom", "[BlynkConfig(ConfigStorage.Eeprom, EepromRegionSize = 64)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        [InlineData("non-constant default", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); [DynamicParam(\"d\", MaxLength = 9)] public string D = System.Environment.MachineName; }")]
        [InlineData("readonly member", "[BlynkConfig(ConfigStorage.Eeprom)] public partial class C { [WifiCredential(\"w\")] public readonly WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }")]
        public void Broken_input_never_throws_and_emits_nothing_for_the_class(string because, string body)
        {
            var (_, diagnostics, result) = CompileHarness.Run(CompileHarness.CompileNet80("using BlynkWM;\n" + body));

            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id is "CS8784" or "CS8785");
            Assert.True(result.GeneratedTrees.IsEmpty, because + ": expected no output");
        }

        [Fact]
        public void A_valid_class_still_generates_when_another_is_broken()
        {
            string broken = "[BlynkConfig(ConfigStorage.Eeprom)] public class Broken { }";
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"), "using BlynkWM;\n" + broken));

            Assert.Single(CompileHarness.StorageSources(result));
        }
    }
}
