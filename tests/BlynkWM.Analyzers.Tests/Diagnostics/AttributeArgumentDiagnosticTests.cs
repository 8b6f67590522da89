using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Attribute arguments with no effect, and portal options the generated code could not send as they are. Each
    /// diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class AttributeArgumentDiagnosticTests
    {
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
            return AnalyzerAsync(Class("""
                [DynamicParam("n", Min = 0, Max = 9, Label = "N", Required = true, Secret = true)] public int N;
                [DynamicParam("s", MaxLength = 8, Secret = true)] public string S = "";
                [DynamicParam("b", Label = "B", Required = true)] public bool B;
                """, arguments: "ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024, EepromCapacity = 4096, PortalTitle = \"Setup\""));
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
            return AnalyzerAsync(Class(arguments: $$"""ConfigStorage.Eeprom, {|#0:CorsOrigin = "{{origin}}"|}"""),
                Diagnostic("BWM0027").WithLocation(0).WithArguments("CorsOrigin", origin, problem));
        }

        [Fact]
        public Task BWM0027_line_break_is_shown_escaped()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, {|#0:CorsOrigin = "*\r\nSet-Cookie: a=b"|}"""),
                Diagnostic("BWM0027").WithLocation(0).WithArguments("CorsOrigin", "*\\r\\nSet-Cookie: a=b",
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
    

        [Theory]
        [InlineData("TMPL 1", "a template id is letters, digits, '-' and '_', as the Blynk console shows it (TMPL...)")]
        [InlineData("TMPL\"x", "a template id is letters, digits, '-' and '_', as the Blynk console shows it (TMPL...)")]
        [InlineData("TMPL0123456789012345678901234567890", "it has 35 characters; a template id has at most 32")]
        public Task BWM0027_invalid_edgent_template_id(string id, string problem)
        {
            string written = id.Replace("\"", "\\\"");
            return AnalyzerAsync(Class(arguments: $$"""ConfigStorage.Eeprom, {|#0:EdgentTemplateId = "{{written}}"|}, EdgentTemplateName = "Sensor" """),
                Diagnostic("BWM0027").WithLocation(0).WithArguments("EdgentTemplateId", id, problem));
        }

        [Theory]
        [InlineData("EdgentTemplateId = \"TMPLabc\", {|#0:EdgentTemplateName = \"\"|}", "", "the Edgent API needs the template's name with its id (the Blynk app shows it)")]
        [InlineData("EdgentTemplateId = \"TMPLabc\", {|#0:EdgentTemplateName = \"A name longer than thirty-two bytes\"|}", "A name longer than thirty-two bytes", "a template name is printable text of at most 32 bytes")]
        public Task BWM0027_invalid_edgent_template_name(string arguments, string name, string problem)
        {
            return AnalyzerAsync(Class(arguments: "ConfigStorage.Eeprom, " + arguments),
                Diagnostic("BWM0027").WithLocation(0).WithArguments("EdgentTemplateName", name, problem));
        }

        [Fact]
        public Task BWM0023_an_edgent_template_name_without_its_id()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, {|#0:EdgentTemplateName = "Sensor"|}"""),
                Diagnostic("BWM0023").WithLocation(0).WithArguments("EdgentTemplateName", "without EdgentTemplateId (there is no Edgent API)"));
        }

        [Fact]
        public Task BWM0027_negative_an_edgent_template_with_its_name()
        {
            return AnalyzerAsync(Class(arguments: """ConfigStorage.Eeprom, EdgentTemplateId = "TMPL4bWM_sample-1", EdgentTemplateName = "Küche Sensor" """));
        }
    }
}
