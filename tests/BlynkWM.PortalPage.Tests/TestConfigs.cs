using BlynkWM;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>Labels full of HTML metacharacters, every value kind, portal options: what escaping and the handler must survive.</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/esc.cfg", PortalTitle = "Tom & Jerry's <setup> \"quoted\"",
        PortalCss = "main{max-width:40em}", PortalHeadHtml = "<meta name=theme-color content=\"#23c48e\">", CorsOrigin = "*")]
    public partial class EscapingConfig
    {
        [WifiCredential("net", Label = "Net <1> & \"main\" 'one'")]
        public WifiCredential Net = new WifiCredential();

        [BlynkCredential("cloud", Label = "Cloud </fieldset><script>alert(1)</script>")]
        public BlynkCredential Cloud = new BlynkCredential();

        [DynamicParam("note", Label = "Note \"<b>\"", MaxLength = 8)]
        public string Note = "a&b<c>";

        [DynamicParam("agree", Label = "I agree", Required = true)]
        public bool Agree;

        [DynamicParam("pin", Label = "PIN", Min = 0, Max = 9999, Secret = true)]
        public int Pin;

        [DynamicParam("offset", Label = "Offset", Min = -50, Max = 50, Required = true)]
        public short Offset = -5;

        [DynamicParam("big", Label = "Big")]
        public long Big = long.MinValue;
    }

    /// <summary>Strings that opted out of the control-character rule, beside one that did not.</summary>
    [BlynkConfig(ConfigStorage.LittleFs, Path = "/multi.cfg")]
    public partial class MultilineConfig
    {
        [WifiCredential("net")]
        public WifiCredential Net = new WifiCredential();

        [BlynkCredential("cloud")]
        public BlynkCredential Cloud = new BlynkCredential();

        [DynamicParam("banner", MaxLength = 64, AllowControlCharacters = true)]
        public string Banner = "";

        [DynamicParam("key", MaxLength = 64, Secret = true, AllowControlCharacters = true)]
        public string Key = "";

        [DynamicParam("title", MaxLength = 64)]
        public string Title = "";
    }

    /// <summary>A store that keeps nothing, for portals whose saves a test does not inspect.</summary>
    public sealed class NullStore : IConfigStore
    {
        public uint CurrentSequence { get; private set; }

        public ConfigReadStatus Load(IStoredConfig config)
        {
            config.ResetToDefaults();
            return ConfigReadStatus.Empty;
        }

        public void Save(IStoredConfig config) => CurrentSequence++;

        public void Erase()
        {
        }
    }
}
