using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Severities follow .editorconfig, per id and per category, like any Roslyn diagnostic.</summary>
    public class SeverityConfigurationTests
    {
        private const string HardCodedSecret = """
            using BlynkWM;
            [BlynkConfig(ConfigStorage.Eeprom)]
            public partial class C
            {
                [WifiCredential("wifi", {|#0:DefaultPassword = "hunter22"|})] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
            }
            """;

        private const string DuplicateId = """
            using BlynkWM;
            [BlynkConfig(ConfigStorage.Eeprom)]
            public partial class C
            {
                [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                [WifiCredential({|#0:"wifi"|})] public WifiCredential Wifi2 = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
            }
            """;

        private static Task RunAsync(string source, string editorConfig, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest { TestCode = source };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Default_severity_of_BWM0016_is_warning()
        {
            return RunAsync(HardCodedSecret, "", Diagnostic("BWM0016").WithLocation(0).WithArguments("Wifi.Password").WithSeverity(DiagnosticSeverity.Warning));
        }

        [Fact]
        public Task BWM0016_silenced()
        {
            return RunAsync(HardCodedSecret, "dotnet_diagnostic.BWM0016.severity = none");
        }

        [Fact]
        public Task An_error_lowered_to_warning()
        {
            return RunAsync(DuplicateId, "dotnet_diagnostic.BWM0005.severity = warning",
                Diagnostic("BWM0005").WithLocation(0).WithArguments("wifi_ssid", "C").WithSeverity(DiagnosticSeverity.Warning));
        }

        [Fact]
        public Task Another_ids_setting_changes_nothing()
        {
            return RunAsync(HardCodedSecret, "dotnet_diagnostic.BWM0005.severity = none",
                Diagnostic("BWM0016").WithLocation(0).WithArguments("Wifi.Password").WithSeverity(DiagnosticSeverity.Warning));
        }

        // Raising a warning is checked on a plain compilation with the .editorconfig applied as csc applies it: the testing
        // library (1.1.4) reports an escalated analyzer warning with its default severity. The integration tests show
        // the same settings failing a real dotnet build.

        [Theory]
        [InlineData("dotnet_diagnostic.BWM0016.severity = error")]
        [InlineData("dotnet_analyzer_diagnostic.category-BlynkWM.Security.severity = error")]
        public async Task BWM0016_raised_to_error(string setting)
        {
            var compilation = CompileHarness.CompileNet80(HardCodedSecret.Replace("{|#0:", "").Replace("|}", ""));

            Diagnostic before = Assert.Single(await AnalyzerRunner.AnalyzeAsync(compilation, "root = true\n\n[*.cs]\n"));
            Diagnostic after = Assert.Single(await AnalyzerRunner.AnalyzeAsync(compilation, "root = true\n\n[*.cs]\n" + setting + "\n"));

            Assert.Equal(("BWM0016", DiagnosticSeverity.Warning), (before.Id, before.Severity));
            Assert.Equal(("BWM0016", DiagnosticSeverity.Error), (after.Id, after.Severity));
            Assert.Equal(before.Location, after.Location);
        }

        [Fact]
        public async Task An_editorconfig_section_for_other_files_changes_nothing()
        {
            var compilation = CompileHarness.CompileNet80(HardCodedSecret.Replace("{|#0:", "").Replace("|}", ""));

            Diagnostic diagnostic = Assert.Single(await AnalyzerRunner.AnalyzeAsync(compilation, "root = true\n\n[*.vb]\ndotnet_diagnostic.BWM0016.severity = error\n"));

            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        }
    }
}
