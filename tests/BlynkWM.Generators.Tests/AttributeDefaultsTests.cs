using System.Linq;
using System.Threading;
using BlynkWM.Generators.Model;

namespace BlynkWM.Generators.Tests
{
    /// <summary>
    /// What the generator assumes for an argument a config class leaves out is what the runtime's attribute holds: both read
    /// runtime/BlynkWM.Runtime/Schema/AttributeDefaults.cs, and these tests fail if either side stops doing so.
    /// </summary>
    public class AttributeDefaultsTests
    {
        private const string Omitted = """
            using BlynkWM;
            [BlynkConfig(ConfigStorage.Eeprom)]
            public partial class C
            {
                [WifiCredential("w")] public WifiCredential W = new WifiCredential();
                [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();
                [BoardName] public string Board = "";
                [DynamicParam("n")] public long N;
            }
            """;

        private static ConfigModel Parse(string source)
        {
            Compilation compilation = CompileHarness.CompileNet80(source);
            INamedTypeSymbol type = compilation.GetTypeByMetadataName("C")!;
            return ConfigParser.Parse(type, tree => compilation.GetSemanticModel(tree), report: null, CancellationToken.None)!;
        }

        private static FieldModel Field(ConfigModel model, string id) => model.Groups.SelectMany(g => g.Fields).Single(f => f.Id == id);

        [Fact]
        public void BlynkConfig_defaults()
        {
            ConfigModel model = Parse(Omitted);
            var runtime = new BlynkConfigAttribute(default);

            Assert.Equal(runtime.EepromStart, model.Layout.EepromStart);
            Assert.Equal(runtime.EepromRegionSize, model.Layout.EepromRegionSize);
            Assert.Equal(runtime.EepromCapacity, model.Layout.EepromCapacity);
            Assert.Equal(runtime.PortalTitle, model.PortalTitle);
            Assert.Equal(runtime.Path, model.Layout.Path);
            Assert.Equal(runtime.PortalCss, model.Portal.Css);
            Assert.Equal(runtime.PortalHeadHtml, model.Portal.HeadHtml);
            Assert.Equal(runtime.CorsOrigin, model.Portal.CorsOrigin);
        }

        [Fact]
        public void Credential_defaults()
        {
            ConfigModel model = Parse(Omitted);
            var wifi = new WifiCredentialAttribute("w");
            var blynk = new BlynkCredentialAttribute("b");

            Assert.Equal(wifi.SsidMaxLength, Field(model, "w_ssid").MaxLength);
            Assert.Equal(wifi.PasswordMaxLength, Field(model, "w_pw").MaxLength);
            Assert.Equal(wifi.DefaultSsid, Field(model, "w_ssid").DefaultText);
            Assert.Equal(wifi.Required, Field(model, "w_ssid").Required);
            Assert.Equal(blynk.ServerMaxLength, Field(model, "b_server").MaxLength);
            Assert.Equal(blynk.TokenMaxLength, Field(model, "b_token").MaxLength);
            Assert.Equal(blynk.DefaultServer, Field(model, "b_server").DefaultText);
            Assert.Equal(blynk.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Field(model, "b_port").DefaultText);
        }

        [Fact]
        public void Board_name_and_parameter_defaults()
        {
            ConfigModel model = Parse(Omitted);
            var board = new BoardNameAttribute();
            var parameter = new DynamicParamAttribute("n");

            FieldModel boardField = Field(model, BoardNameAttribute.FieldId);
            Assert.Equal(board.MaxLength, boardField.MaxLength);
            Assert.Equal(board.Label, boardField.Label);
            Assert.Equal(parameter.Min, Field(model, "n").Min);
            Assert.Equal(parameter.Max, Field(model, "n").Max);
            Assert.Equal(parameter.Required, Field(model, "n").Required);
            Assert.Equal(parameter.Secret, Field(model, "n").Secret);
        }
    }
}
