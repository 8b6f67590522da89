namespace BlynkWM.Generators.Emitting
{
    /// <summary>
    /// Names for the generated form's per-field constants, made from the field ids (<c>mqtt_port</c> gives
    /// <c>MqttPortField</c>, <c>MqttPortMin</c>...), so that the handler reads <c>s.ReadInteger(r, MqttPortField,
    /// MqttPortMin, ...)</c> rather than bare numbers. Ids that differ only in case or separators would give one name: the
    /// later one gets a number, so every name stays unique in the class.
    /// </summary>
    internal sealed class FormConstantNames
    {
        private readonly HashSet<string> _used;

        /// <param name="taken">The names the form class declares besides these.</param>
        public FormConstantNames(IEnumerable<string> taken)
        {
            _used = new HashSet<string>(taken, StringComparer.Ordinal);
        }

        /// <summary>A new name for <paramref name="id"/>'s constant of the given kind (<c>Field</c>, <c>MaxBytes</c>, <c>Key</c>...).</summary>
        public string For(string id, string suffix)
        {
            string name = Pascal(id) + suffix;
            string unique = name;
            for (int n = 2; !_used.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        /// <summary>The id's parts between '_', '-' and '.' joined, each with an upper-case first letter: <c>wifi1_ssid</c> gives <c>Wifi1Ssid</c>.</summary>
        internal static string Pascal(string id)
        {
            var name = new StringBuilder(id.Length);
            foreach (string part in id.Split(new[] { '_', '-', '.' }, StringSplitOptions.RemoveEmptyEntries))
            {
                name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }

            return name.ToString();
        }
    }
}
