using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// The config class itself: partial, generic, instantiable, member names the generator reserves; and which classes
    /// are analyzed. Each diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class ClassDiagnosticTests
    {
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
            return AnalyzerAsync(Class(name: """{|BWM0002:C|}<T>"""));
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

        // ---- BWM0026 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0026_members_named_like_generated_ones()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("n")] public int {|#0:Write|};
                public string {|#1:StorageLayout|} { get; set; } = "";
                public void {|#2:CopyTo|}(System.IO.Stream stream) { }
                public class {|#3:PortalForm|} { }
                public event System.Action {|#4:ResetToDefaults|};
                """),
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
                    {{WifiSet}}
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
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", {|BWM0016:DefaultPassword = "x"|})] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential({|BWM0006:"bl ynk"|})] public BlynkCredential Blynk = new BlynkCredential();
                """, credentials: false));
        }
    }
}
