using BlynkWM.CodeFixes;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>Each fix turns the broken source into exactly the expected text, which then has no diagnostic left.</summary>
    public class CodeFixTests
    {
        private const string Credentials = """
                [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
            """;

        /// <summary>
        /// A file holding one config class: <c>using BlynkWM;</c>, <paramref name="attribute"/>, <c>public partial class</c>
        /// <paramref name="name"/>, the credentials, then <paramref name="members"/> (one line each).
        /// </summary>
        private static string ConfigClass(string attribute, string[]? members = null, string name = "C")
        {
            var lines = new System.Collections.Generic.List<string> { "using BlynkWM;", "", attribute, "public partial class " + name, "{", Credentials };
            foreach (string member in members ?? System.Array.Empty<string>())
            {
                lines.Add("    " + member);
            }

            lines.Add("}");
            return string.Join("\n", lines);
        }

        // ---- BWM0001: add partial ------------------------------------------------------------------------------

        [Fact]
        public Task BWM0001_adds_partial_after_the_other_modifiers()
        {
            return CodeFixAsync<MakePartialCodeFixProvider>($$"""
                using BlynkWM;

                /// <summary>Docs stay put.</summary>
                [BlynkConfig(ConfigStorage.Eeprom)]
                public sealed class {|#0:C|}
                {
                {{Credentials}}
                }
                """,
                new[] { Diagnostic("BWM0001").WithLocation(0).WithArguments("C") },
                $$"""
                using BlynkWM;

                /// <summary>Docs stay put.</summary>
                [BlynkConfig(ConfigStorage.Eeprom)]
                public sealed partial class C
                {
                {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0001_adds_partial_to_a_class_without_modifiers_keeping_its_trivia()
        {
            return CodeFixAsync<MakePartialCodeFixProvider>($$"""
                using BlynkWM;

                // A comment before the class.
                [BlynkConfig(ConfigStorage.Eeprom)]
                class {|#0:C|}
                {
                {{Credentials}}
                }
                """,
                new[] { Diagnostic("BWM0001").WithLocation(0).WithArguments("C") },
                $$"""
                using BlynkWM;

                // A comment before the class.
                [BlynkConfig(ConfigStorage.Eeprom)]
                partial class C
                {
                {{Credentials}}
                }
                """);
        }

        [Fact]
        public Task BWM0001_one_fix_makes_the_class_and_every_containing_type_partial()
        {
            return CodeFixAsync<MakePartialCodeFixProvider>($$"""
                using BlynkWM;

                public static class {|#0:Firmware|}
                {
                    internal class {|#1:Settings|}
                    {
                        [BlynkConfig(ConfigStorage.Eeprom)]
                        internal class {|#2:C|}
                        {
                    {{Credentials}}
                        }
                    }
                }
                """,
                new[]
                {
                    // Containers are reported on the config class, pointing at the container as an additional location.
                    Diagnostic("BWM0001").WithLocation(2).WithArguments("C"),
                    Diagnostic("BWM0001").WithLocation(2).WithLocation(1).WithArguments("Settings"),
                    Diagnostic("BWM0001").WithLocation(2).WithLocation(0).WithArguments("Firmware"),
                },
                $$"""
                using BlynkWM;

                public static partial class Firmware
                {
                    internal partial class Settings
                    {
                        [BlynkConfig(ConfigStorage.Eeprom)]
                        internal partial class C
                        {
                    {{Credentials}}
                        }
                    }
                }
                """,
                test =>
                {
                    // The first fix (on C) already fixes its containers: one iteration, nothing left.
                    test.NumberOfIncrementalIterations = 1;
                    test.CodeActionIndex = 0;
                    test.CodeActionEquivalenceKey = "BlynkWM.MakePartial";
                    test.NumberOfFixAllIterations = 1;
                });
        }

        [Fact]
        public Task BWM0001_fix_all_in_document_handles_nested_and_separate_classes()
        {
            return CodeFixAsync<MakePartialCodeFixProvider>($$"""
                using BlynkWM;

                public class {|#0:Outer|}
                {
                    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                    public class {|#1:A|}
                    {
                {{Credentials}}
                    }
                }

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024)]
                internal class {|#2:B|}
                {
                {{Credentials}}
                }
                """,
                new[]
                {
                    Diagnostic("BWM0001").WithLocation(1).WithArguments("A"),
                    Diagnostic("BWM0001").WithLocation(1).WithLocation(0).WithArguments("Outer"),
                    Diagnostic("BWM0001").WithLocation(2).WithArguments("B"),
                },
                $$"""
                using BlynkWM;

                public partial class Outer
                {
                    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                    public partial class A
                    {
                {{Credentials}}
                    }
                }

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024)]
                internal partial class B
                {
                {{Credentials}}
                }
                """,
                test =>
                {
                    test.NumberOfIncrementalIterations = 2;
                    test.NumberOfFixAllIterations = 1;
                    test.NumberOfFixAllInDocumentIterations = 1;
                });
        }

        // ---- BWM0003: enlarge EepromRegionSize -----------------------------------------------------------------------

        [Fact]
        public Task BWM0003_sets_eeprom_size_to_the_need_rounded_up_to_64()
        {
            // 253-byte record: 16 + 2 * 253 = 522, rounded up to 576.
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom, EepromStart = 128, {|#0:EepromRegionSize = 64|})]"),
                new[] { Diagnostic("BWM0003").WithLocation(0).WithArguments("C", 253, "each of the two EEPROM slots (a 64-byte region minus the 16-byte flag area, halved)", 24, "blynk_server (71 bytes), wifi_pw (71 bytes), blynk_token (41 bytes)") },
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom, EepromStart = 128, EepromRegionSize = 576)]"));
        }

        [Fact]
        public Task BWM0003_adds_eeprom_size_when_the_default_region_is_too_small()
        {
            // Two 1024-byte notes: 20 + 233 + 2 * 1031 = 2315 bytes per copy; 16 + 2 * 2315 = 4646 does not fit 4096,
            // so the fix is only offered with a larger store: capacity 8192 takes 4672 (4646 rounded up to 64).
            string[] notes =
            {
                """[DynamicParam("note1", MaxLength = 1024)] public string Note1 = "";""",
                """[DynamicParam("note2", MaxLength = 1024)] public string Note2 = "";""",
            };
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom, {|#0:EepromCapacity = 8192|})]", notes, name: "{|#1:C|}"),
                new[] { Diagnostic("BWM0003").WithLocation(1).WithArguments("C", 2315, "each of the two EEPROM slots (a 2048-byte region minus the 16-byte flag area, halved)", 1016, "note1 (1031 bytes), note2 (1031 bytes), blynk_server (71 bytes)") },
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom, EepromCapacity = 8192, EepromRegionSize = 4672)]", notes));
        }

        [Fact]
        public Task BWM0003_no_fix_when_no_size_fits_the_store()
        {
            // Starting at 3968, even the exact need (522 bytes) runs past 4096: nothing to offer.
            string source = ConfigClass("[BlynkConfig(ConfigStorage.Eeprom, EepromStart = 3968, {|#0:EepromRegionSize = 128|})]");
            DiagnosticResult expected = Diagnostic("BWM0003").WithLocation(0).WithArguments("C", 253, "each of the two EEPROM slots (a 128-byte region minus the 16-byte flag area, halved)", 56, "blynk_server (71 bytes), wifi_pw (71 bytes), blynk_token (41 bytes)");
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(source, new[] { expected }, source,
                test => test.FixedState.ExpectedDiagnostics.Add(expected));
        }

        // ---- BWM0009: set MaxLength ----------------------------------------------------------------------------

        [Fact]
        public Task BWM0009_adds_missing_max_length_of_32()
        {
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[DynamicParam("note", Label = "Note")] public string {|#0:Note|} = "hello";""" }),
                new[] { Diagnostic("BWM0009").WithLocation(0).WithArguments("Note", "MaxLength", 1024, "missing") },
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[DynamicParam("note", Label = "Note", MaxLength = 32)] public string Note = "hello";""" }));
        }

        [Fact]
        public Task BWM0009_missing_max_length_is_large_enough_for_the_default()
        {
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[DynamicParam("url")]""", """public string {|#0:Url|} { get; set; } = "https://example.com/a/rather/long/default/path";""" }),
                new[] { Diagnostic("BWM0009").WithLocation(0).WithArguments("Url", "MaxLength", 1024, "missing") },
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[DynamicParam("url", MaxLength = 46)]""", """public string Url { get; set; } = "https://example.com/a/rather/long/default/path";""" }));
        }

        [Fact]
        public Task BWM0009_clamps_an_out_of_range_max_length_to_the_limit()
        {
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>($$"""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("wifi", {|#0:SsidMaxLength = 40|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("note", {|#1:MaxLength = 0|})] public string Note = "";
                }
                """,
                new[]
                {
                    Diagnostic("BWM0009").WithLocation(0).WithArguments("Wifi", "SsidMaxLength", 32, "40"),
                    Diagnostic("BWM0009").WithLocation(1).WithArguments("Note", "MaxLength", 1024, "0"),
                },
                """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 32)] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("note", MaxLength = 32)] public string Note = "";
                }
                """);
        }

        // ---- BWM0010: raise MaxLength to the default -----------------------------------------------------------

        [Fact]
        public Task BWM0010_raises_max_length_to_hold_the_default()
        {
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>($$"""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 4, {|#0:DefaultSsid = "homenet"|})] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("city", MaxLength = 4)] public string City = {|#1:"Köln"|};
                }
                """,
                new[]
                {
                    Diagnostic("BWM0010").WithLocation(0).WithArguments("Wifi.DefaultSsid", 7, 4),
                    Diagnostic("BWM0010").WithLocation(1).WithArguments("City", 5, 4),
                },
                """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", SsidMaxLength = 7, DefaultSsid = "homenet")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("city", MaxLength = 5)] public string City = "Köln";
                }
                """);
        }

        [Fact]
        public Task BWM0010_adds_the_length_argument_when_it_was_implicit()
        {
            // [BoardName] holds 24 bytes unless told otherwise.
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[BoardName] public string Board = {|#0:"greenhouse-north-sensor-07"|};""" }),
                new[] { Diagnostic("BWM0010").WithLocation(0).WithArguments("Board", 26, 24) },
                ConfigClass("[BlynkConfig(ConfigStorage.Eeprom)]", new[] { """[BoardName(MaxLength = 26)] public string Board = "greenhouse-north-sensor-07";""" }));
        }

        [Fact]
        public Task BWM0010_adds_server_max_length_for_the_implicit_default_server()
        {
            // No DefaultServer argument: the implicit "blynk.cloud" (11 bytes) does not fit 8; the diagnostic is on the member.
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>("""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", ServerMaxLength = 8)]
                    public BlynkCredential {|#0:Blynk|} { get; set; } = new BlynkCredential();
                }
                """,
                new[] { Diagnostic("BWM0010").WithLocation(0).WithArguments("Blynk.DefaultServer", 11, 8) },
                """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", ServerMaxLength = 11)]
                    public BlynkCredential Blynk { get; set; } = new BlynkCredential();
                }
                """);
        }

        [Fact]
        public Task BWM0010_no_fix_when_the_default_exceeds_the_runtime_limit()
        {
            string tooLong = new string('x', 1025);
            string source = ConfigClass("""[BlynkConfig(ConfigStorage.LittleFs, Path = "/c")]""", new[] { $$"""[DynamicParam("blob", MaxLength = 8)] public string Blob = {|#0:"{{tooLong}}"|};""" });
            DiagnosticResult expected = Diagnostic("BWM0010").WithLocation(0).WithArguments("Blob", 1025, 8);
            return CodeFixAsync<SetAttributeArgumentCodeFixProvider>(source, new[] { expected }, source,
                test => test.FixedState.ExpectedDiagnostics.Add(expected));
        }

        // ---- BWM0016: remove the hard-coded secret -------------------------------------------------------------

        [Fact]
        public Task BWM0016_removes_default_password_and_token_and_empties_a_secret_initializer()
        {
            return CodeFixAsync<RemoveArgumentCodeFixProvider>("""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", {|#0:DefaultPassword = "hunter22"|}, Label = "Home")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", DefaultPort = 443, {|#1:DefaultToken = "abc"|})] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("pw", MaxLength = 16, Secret = true)] public string Pw = {|#2:"s3cret"|}; // keep this comment
                }
                """,
                new[]
                {
                    Diagnostic("BWM0016").WithLocation(0).WithArguments("Wifi.Password"),
                    Diagnostic("BWM0016").WithLocation(1).WithArguments("Blynk.Token"),
                    Diagnostic("BWM0016").WithLocation(2).WithArguments("Pw"),
                },
                """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                public partial class C
                {
                    [WifiCredential("wifi", Label = "Home")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk", DefaultPort = 443)] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("pw", MaxLength = 16, Secret = true)] public string Pw = ""; // keep this comment
                }
                """);
        }

        // ---- BWM0023: remove the argument that has no effect ---------------------------------------------------

        [Fact]
        public Task BWM0023_removes_arguments_that_have_no_effect()
        {
            return CodeFixAsync<RemoveArgumentCodeFixProvider>("""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.LittleFs, {|#0:EepromStart = 0|}, Path = "/cfg", {|#1:EepromRegionSize = 512|})]
                public partial class C
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("on", {|#2:Secret = true|})] public bool On;
                    [DynamicParam("off", {|#3:AllowControlCharacters = true|})] public bool Off;
                    [DynamicParam("n", {|#4:AllowControlCharacters = true|})] public int N;
                }
                """,
                new[]
                {
                    Diagnostic("BWM0023").WithLocation(0).WithArguments("EepromStart", "for LittleFS storage (Path names the file)"),
                    Diagnostic("BWM0023").WithLocation(1).WithArguments("EepromRegionSize", "for LittleFS storage (Path names the file)"),
                    Diagnostic("BWM0023").WithLocation(2).WithArguments("Secret", "for a bool parameter"),
                    Diagnostic("BWM0023").WithLocation(3).WithArguments("AllowControlCharacters", "for a bool parameter"),
                    Diagnostic("BWM0023").WithLocation(4).WithArguments("AllowControlCharacters", "for an integer parameter (it is a number)"),
                },
                """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.LittleFs, Path = "/cfg")]
                public partial class C
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    [DynamicParam("on")] public bool On;
                    [DynamicParam("off")] public bool Off;
                    [DynamicParam("n")] public int N;
                }
                """);
        }

        // ---- BWM0024: remove static ----------------------------------------------------------------------------

        [Fact]
        public Task BWM0024_removes_static_from_the_config_class()
        {
            return CodeFixAsync<RemoveStaticCodeFixProvider>("""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                static partial class {|#0:C|}
                {
                    [WifiCredential("wifi")] public WifiCredential {|#1:Wifi|} = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential {|#2:Blynk|} = new BlynkCredential();
                }
                """,
                new[]
                {
                    Diagnostic("BWM0024").WithLocation(0).WithArguments("C", "a static class"),
                    DiagnosticResult.CompilerError("CS0708").WithLocation(1).WithArguments("C.Wifi"),
                    DiagnosticResult.CompilerError("CS0708").WithLocation(2).WithArguments("C.Blynk"),
                },
                $$"""
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom)]
                partial class C
                {
                {{Credentials}}
                }
                """,
                test =>
                {
                    // The fixed state would otherwise inherit the expected CS0708 errors, which the fix removes.
                    test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
                    Configure(test.FixedState);
                });
        }
    }
}
