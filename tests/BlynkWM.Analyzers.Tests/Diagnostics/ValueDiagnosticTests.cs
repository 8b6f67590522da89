using static BlynkWM.Analyzers.Tests.ConfigSource;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// Lengths, ranges and defaults: MaxLength, defaults that do not fit, integer ranges, secrets with defaults, ports.
    /// Each diagnostic at its exact location (markup), beside a valid neighbour that must stay silent.
    /// </summary>
    public class ValueDiagnosticTests
    {
        // ---- BWM0009 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0009_string_parameter_without_max_length()
        {
            return AnalyzerAsync(Class("""[DynamicParam("note")] public string {|#0:Note|} = "";"""),
                Diagnostic("BWM0009").WithLocation(0).WithArguments("Note", "MaxLength", 1024, "missing"));
        }

        [Fact]
        public Task BWM0009_max_length_out_of_range()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", {|#0:SsidMaxLength = 33|})] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk", {|#1:TokenMaxLength = 0|})] public BlynkCredential Blynk = new BlynkCredential();
                [DynamicParam("note", {|#2:MaxLength = 5000|})] public string Note = "";
                [BoardName({|#3:MaxLength = 64|})] public string Board = "";
                """, arguments: "ConfigStorage.LittleFs, Path = \"/c\"", credentials: false),
                Diagnostic("BWM0009").WithLocation(0).WithArguments("Wifi", "SsidMaxLength", 32, "33"),
                Diagnostic("BWM0009").WithLocation(1).WithArguments("Blynk", "TokenMaxLength", 128, "0"),
                Diagnostic("BWM0009").WithLocation(2).WithArguments("Note", "MaxLength", 1024, "5000"),
                Diagnostic("BWM0009").WithLocation(3).WithArguments("Board", "MaxLength", 63, "64"));
        }

        [Fact]
        public Task BWM0009_negative_limits_inclusive()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", SsidMaxLength = 32, PasswordMaxLength = 1)] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk", ServerMaxLength = 255, TokenMaxLength = 128)] public BlynkCredential Blynk = new BlynkCredential();
                [DynamicParam("note", MaxLength = 1024)] public string Note = "";
                [BoardName(MaxLength = 63)] public string Board = "";
                """, arguments: "ConfigStorage.LittleFs, Path = \"/c\"", credentials: false));
        }

        // ---- BWM0029 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0029_credential_checks_outside_their_field()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", {|#0:PasswordMinLength = 64|})] public WifiCredential Wifi = new WifiCredential();
                [WifiCredential("wifi2", PasswordMaxLength = 20, {|#1:PasswordMinLength = 21|})] public WifiCredential Wifi2 = new WifiCredential();
                [BlynkCredential("blynk", TokenMaxLength = 24, {|#2:TokenLength = 32|})] public BlynkCredential Blynk = new BlynkCredential();
                [BlynkCredential("blynk2", {|#3:TokenLength = -1|})] public BlynkCredential Blynk2 = new BlynkCredential();
                """, credentials: false),
                Diagnostic("BWM0029").WithLocation(0).WithArguments("Wifi", "PasswordMinLength is 64; it must be 0 (no minimum) or 1 to 63 (PasswordMaxLength and the credential's own limit)"),
                Diagnostic("BWM0029").WithLocation(1).WithArguments("Wifi2", "PasswordMinLength is 21; it must be 0 (no minimum) or 1 to 20 (PasswordMaxLength and the credential's own limit)"),
                Diagnostic("BWM0029").WithLocation(2).WithArguments("Blynk", "TokenLength is 32; it must be 0 (any text) or 1 to 24 (TokenMaxLength and the credential's own limit)"),
                Diagnostic("BWM0029").WithLocation(3).WithArguments("Blynk2", "TokenLength is -1; it must be 0 (any text) or 1 to 34 (TokenMaxLength and the credential's own limit)"));
        }

        [Fact]
        public Task BWM0029_checks_off_or_within_their_field_and_defaults_that_do_not_fit_are_silent()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", PasswordMinLength = 0)] public WifiCredential Wifi = new WifiCredential();
                [WifiCredential("wifi2", PasswordMaxLength = 4)] public WifiCredential Wifi2 = new WifiCredential();
                [BlynkCredential("blynk", TokenLength = 0)] public BlynkCredential Blynk = new BlynkCredential();
                [BlynkCredential("blynk2", TokenMaxLength = 20)] public BlynkCredential Blynk2 = new BlynkCredential();
                [BlynkCredential("blynk3", TokenMaxLength = 64, TokenLength = 64)] public BlynkCredential Blynk3 = new BlynkCredential();
                """, credentials: false));
        }

        // ---- BWM0010 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0010_initializer_longer_than_max_length_counts_utf8_bytes()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("city", MaxLength = 5)] public string City = {|#0:"Köln!"|};
                [BoardName] public string Board { get; set; } = {|#1:"a-board-name-longer-than-24"|};
                """),
                Diagnostic("BWM0010").WithLocation(0).WithArguments("City", 6, 5),
                Diagnostic("BWM0010").WithLocation(1).WithArguments("Board", 27, 24));
        }

        [Fact]
        public Task BWM0010_attribute_default_longer_than_its_field()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", SsidMaxLength = 4, {|#0:DefaultSsid = "homenet"|})] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk", ServerMaxLength = 8)] public BlynkCredential {|#1:Blynk|} = new BlynkCredential();
                """, credentials: false),
                Diagnostic("BWM0010").WithLocation(0).WithArguments("Wifi.DefaultSsid", 7, 4),
                // The implicit default server "blynk.cloud" (11 bytes) does not fit either.
                Diagnostic("BWM0010").WithLocation(1).WithArguments("Blynk.DefaultServer", 11, 8));
        }

        [Fact]
        public Task BWM0010_negative_default_exactly_max_length()
        {
            return AnalyzerAsync(Class($$"""
                [WifiCredential("wifi", SsidMaxLength = 7, DefaultSsid = "homenet")] public WifiCredential Wifi = new WifiCredential();
                {{BlynkSet}}
                [DynamicParam("city", MaxLength = 6)] public string City = "Köln!";
                """, credentials: false));
        }

        // ---- BWM0011 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0011_min_greater_than_max()
        {
            return AnalyzerAsync(Class("""[DynamicParam("n", {|#0:Min = 10|}, Max = 1)] public int N = 5;"""),
                Diagnostic("BWM0011").WithLocation(0).WithArguments("N", "Min is greater than Max"));
        }

        [Fact]
        public Task BWM0011_default_outside_range()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("interval", Min = 5, Max = 3600)] public int Interval = {|#0:3601|};
                [DynamicParam("retries", Min = 1, Max = 9)] public byte {|#1:Retries|};
                """),
                Diagnostic("BWM0011").WithLocation(0).WithArguments("Interval", "the default 3601 is outside 5..3600"),
                Diagnostic("BWM0011").WithLocation(1).WithArguments("Retries", "the default 0 is outside 1..9"));
        }

        [Fact]
        public Task BWM0011_bounds_outside_the_member_type()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("a", {|#0:Min = -1|})] public byte A;
                [DynamicParam("b", Min = 0, {|#1:Max = 300|})] public byte B;
                """),
                Diagnostic("BWM0011").WithLocation(0).WithArguments("A", "Min and Max must lie within byte (0..255)"),
                Diagnostic("BWM0011").WithLocation(1).WithArguments("B", "Min and Max must lie within byte (0..255)"));
        }

        [Fact]
        public Task BWM0011_negative_default_on_the_bounds()
        {
            return AnalyzerAsync(Class("""
                [DynamicParam("lo", Min = -5, Max = 5)] public short Lo = -5;
                [DynamicParam("hi", Min = -5, Max = 5)] public short Hi = 5;
                [DynamicParam("u8", Min = 0, Max = 255)] public byte U8 = 255;
                """));
        }

        // ---- BWM0016 -------------------------------------------------------------------------------------------

        [Fact]
        public Task BWM0016_hard_coded_secrets()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", DefaultSsid = "home", {|#0:DefaultPassword = "hunter22"|})] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk", {|#1:DefaultToken = "abc123"|})] public BlynkCredential Blynk = new BlynkCredential();
                [DynamicParam("mqtt_pw", MaxLength = 32, Secret = true)] public string MqttPassword { get; set; } = {|#2:"s3cret"|};
                """, credentials: false),
                Diagnostic("BWM0016").WithLocation(0).WithArguments("Wifi.Password"),
                Diagnostic("BWM0016").WithLocation(1).WithArguments("Blynk.Token"),
                Diagnostic("BWM0016").WithLocation(2).WithArguments("MqttPassword"));
        }

        [Fact]
        public Task BWM0016_negative_empty_secret_and_non_secret_defaults()
        {
            return AnalyzerAsync(Class("""
                [WifiCredential("wifi", DefaultSsid = "home", DefaultPassword = "")] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk", DefaultServer = "blynk.example")] public BlynkCredential Blynk = new BlynkCredential();
                [DynamicParam("mqtt_pw", MaxLength = 32, Secret = true)] public string MqttPassword = "";
                [DynamicParam("mqtt_user", MaxLength = 32)] public string MqttUser = "device";
                """, credentials: false));
        }

        // ---- BWM0022 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData(0)]
        [InlineData(65536)]
        [InlineData(-443)]
        public Task BWM0022_port_outside_1_65535(int port)
        {
            return AnalyzerAsync(Class($$"""
                {{WifiSet}}
                [BlynkCredential("blynk", {|#0:DefaultPort = {{port}}|})] public BlynkCredential Blynk = new BlynkCredential();
                """, credentials: false), Diagnostic("BWM0022").WithLocation(0).WithArguments(port));
        }

        [Fact]
        public Task BWM0022_negative_ports_1_and_65535()
        {
            return AnalyzerAsync(Class($$"""
                {{WifiSet}}
                [BlynkCredential("b1", DefaultPort = 1)] public BlynkCredential B1 = new BlynkCredential();
                [BlynkCredential("b2", DefaultPort = 65535)] public BlynkCredential B2 = new BlynkCredential();
                """, credentials: false));
        }
    }
}
