using System.Text;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// The config classes the diagnostic tests write: <c>using BlynkWM;</c>, a <c>[BlynkConfig]</c> partial class with one
    /// WiFi and one Blynk set (the fewest a valid class has), and the members under test. Markup (<c>{|#0:...|}</c>) may go
    /// in any part.
    /// </summary>
    internal static class ConfigSource
    {
        public const string WifiSet = """[WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();""";
        public const string BlynkSet = """[BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();""";

        /// <summary>Both sets, for a raw string that writes its class itself (indented for a class member).</summary>
        public const string Credentials = WifiSet + "\n    " + BlynkSet;

        /// <summary>
        /// <c>[BlynkConfig(<paramref name="arguments"/>)] public partial class <paramref name="name"/></c> holding both sets
        /// (unless <paramref name="credentials"/> is false: the members declare their own) and <paramref name="members"/>,
        /// one per line.
        /// </summary>
        public static string Class(string members = "", string arguments = "ConfigStorage.Eeprom", string name = "C", bool credentials = true)
        {
            var text = new StringBuilder("using BlynkWM;\n");
            text.Append("[BlynkConfig(").Append(arguments).Append(")]\n");
            text.Append("public partial class ").Append(name).Append("\n{\n");
            if (credentials)
            {
                text.Append("    ").Append(Credentials).Append('\n');
            }

            foreach (string line in members.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    text.Append("    ").Append(line.TrimEnd('\r')).Append('\n');
                }
            }

            return text.Append("}\n").ToString();
        }
    }
}
