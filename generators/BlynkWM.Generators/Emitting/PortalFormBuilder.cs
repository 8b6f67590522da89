using static BlynkWM.Generators.Emitting.CSharpLiteral;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>
    /// Walks the groups once, producing the page fragments (adjacent text merged into one constant), the lines of
    /// Accept, FinishEdit and WriteForm, and the request size limits.
    /// </summary>
    internal sealed class PortalFormBuilder
    {
        private const string DatalistId = "_ssids";

        private readonly ConfigModel _model;
        private readonly StringBuilder _text = new StringBuilder();
        private readonly FormConstantNames _names;

        /// <param name="taken">The names the form class declares besides the per-field constants.</param>
        public PortalFormBuilder(ConfigModel model, IEnumerable<string> taken)
        {
            _model = model;
            _names = new FormConstantNames(taken);
            Fields = model.Groups.SelectMany(g => g.Fields).ToArray();
        }

        public FieldModel[] Fields { get; }

        /// <summary>Each field's index (its slot in the form state) and limits, as constant declarations.</summary>
        public List<string> ConstantLines { get; } = new List<string>();

        public List<KeyValuePair<string, string>> Keys { get; } = new List<KeyValuePair<string, string>>();

        public List<KeyValuePair<string, string>> Fragments { get; } = new List<KeyValuePair<string, string>>();

        public List<string> AcceptLines { get; } = new List<string>();

        public List<string> FinishLines { get; } = new List<string>();

        public List<string> WriteLines { get; } = new List<string>();

        public int MaxKeyBytes { get; private set; } = 5;

        /// <summary>The "save anyway" box's form key (ConfigPortal.AnywayKey, the /status contract's name).</summary>
        private const string AnywayKey = "_anyway";

        public int MaxValueBytes { get; private set; } = 32;

        public int MaxBodyBytes { get; private set; }

        public void Build()
        {
            // The CSRF pair, as ConfigPortal reads it.
            AddBodyPair("_csrf", 32);
            Code("s.WriteBanner(w);");
            Text("<form method=post action=/save><input type=hidden name=_csrf value=");
            Code("w.Raw(s.Token);");
            Text(">");

            // Sections fold (<details>): the first WiFi set and every set with a required field start open, the rest
            // closed; a refused save opens the sections holding refused fields.
            int index = 0;
            bool firstWifi = true;
            List<GroupModel> groups = _model.Groups.ToList();
            for (int g = 0; g < groups.Count;)
            {
                GroupModel group = groups[g];
                bool credential = group.Kind is GroupKind.Wifi or GroupKind.Blynk;
                int end = g + 1;
                while (!credential && end < groups.Count && groups[end].Kind is not (GroupKind.Wifi or GroupKind.Blynk))
                {
                    end++;
                }

                List<GroupModel> section = groups.GetRange(g, end - g);
                int count = section.Sum(x => x.Fields.Count);
                bool open = (group.Kind == GroupKind.Wifi && firstWifi) || section.Any(x => x.Fields.Any(f => f.Required));
                firstWifi &= group.Kind != GroupKind.Wifi;
                Text("<details");
                if (open)
                {
                    Text(" open");
                }
                else
                {
                    Code("s.WriteOpen(w, " + Int(index) + ", " + Int(count) + ");");
                }

                Text("><summary>" + HtmlText.Escape(credential ? group.Label : "Device") + "</summary>");
                foreach (GroupModel member in section)
                {
                    for (int k = 0; k < member.Fields.Count; k++)
                    {
                        EmitField(member.Fields[k], index, member.Kind == GroupKind.Wifi && k == 0);
                        index++;
                    }
                }

                Text("</details>");
                g = end;
            }

            if (_model.Groups.Any(g => g.Kind == GroupKind.Wifi))
            {
                Text("<datalist id=" + DatalistId + ">");
                Code("s.Networks.WriteOptions(w);");
                Text("</datalist>");
            }

            // Honoured when the application tests a save before storing it (ConfigPortal.Tester); ignored otherwise.
            AddBodyPair(AnywayKey, 1);
            Text("<label class=k><input type=checkbox name=" + AnywayKey + " value=1>Save without testing the connection</label>");
            Text("<p class=n>* required</p><button>Save</button></form></main></body></html>");
            FlushText();
            MaxBodyBytes += 16;
        }

        /// <summary>The trailing argument of ReadString/ReadSecret for a field that opted out of the control-character check.</summary>
        private static string ControlsArgument(FieldModel field)
        {
            return field.Rule == TextRule.AllowControlCharacters ? ", allowControlCharacters: true" : "";
        }

        /// <summary>The call that reads a secret string under its rule (WPA2 passphrase, Blynk token, or length only).</summary>
        private static string SecretRead(FieldModel field, string n, string maxBytes, string value)
        {
            return field.Rule switch
            {
                TextRule.Passphrase => "s.ReadPassphrase(r, " + n + ", " + Int(field.MinLength) + ", " + maxBytes + ", " + value + ", out v)",
                TextRule.Token => "s.ReadToken(r, " + n + ", " + Int(field.MinLength) + ", " + maxBytes + ", " + value + ", out v)",
                _ => "s.ReadSecret(r, " + n + ", " + maxBytes + ", " + value + ", out v" + ControlsArgument(field) + ")",
            };
        }

        /// <summary>
        /// What the browser checks before sending a secret (an empty value passes: it keeps the stored one). The token's
        /// pattern is written for the 'v' flag browsers compile it with: '-' escaped inside the class.
        /// </summary>
        private static string SecretConstraints(FieldModel field)
        {
            return field.Rule switch
            {
                TextRule.Passphrase => " minlength=" + Int(field.MinLength),
                TextRule.Token => " pattern=[\\w\\-]{" + Int(field.MinLength) + "}",
                _ => "",
            };
        }

        private void EmitField(FieldModel field, int index, bool isSsid)
        {
            string id = field.Id;
            string n = Constant(id, "Field", "int", Int(index));
            string key = Key(id, "Key", id);
            string value = "c." + field.Accessor;
            // The label wraps its input: no ids to repeat, and a tap on the text focuses the field. Nothing else goes
            // inside a label (the script puts its buttons after it), so each control has one name.
            string label = "<label>" + HtmlText.Escape(field.Label) + (field.Required ? " *" : "");
            string required = field.Required ? " required" : "";
            string invalid = "s.WriteInvalid(w, " + n + ");";
            switch (field.Kind)
            {
                case ValueKind.String when field.Secret:
                {
                    string maxBytes = Constant(id, "MaxBytes", "int", Int(field.MaxLength));
                    AddBodyPair(id, field.MaxLength);
                    AcceptLines.Add("if (r.KeyEquals(" + key + ")) { string v; if (" + SecretRead(field, n, maxBytes, value) + ") { " + value + " = v; } return true; }");
                    Text(label + "<input name=" + id + " type=password maxlength=" + Int(field.MaxLength) + SecretConstraints(field));
                    Code("s.WriteSecretAttributes(w, !string.IsNullOrEmpty(_live." + field.Accessor + "), " + Bool(field.Required) + ");");
                    Code(invalid);
                    Text("></label>");
                    if (field.Required)
                    {
                        FinishLines.Add("s.Require(" + n + ", !string.IsNullOrEmpty(" + value + "));");
                    }
                    else
                    {
                        string clear = Key(id, "ClearKey", "_clear." + id);
                        AddBodyPair("_clear." + id, 1);
                        AcceptLines.Add("if (r.KeyEquals(" + clear + ")) { s.ReadClear(r, " + n + "); return true; }");
                        FinishLines.Add("if (s.IsCleared(" + n + ")) { " + value + " = \"\"; }");
                        Code("s.WriteForget(w, " + key + ", !string.IsNullOrEmpty(_live." + field.Accessor + "));");
                    }

                    // The message's second number is the rule's length (shortest passphrase, token length).
                    Code("s.WriteError(w, " + n + ", " + maxBytes + ", " + Int(field.MinLength) + "L);");
                    break;
                }

                case ValueKind.String:
                {
                    string maxBytes = Constant(id, "MaxBytes", "int", Int(field.MaxLength));
                    AddBodyPair(id, field.MaxLength);
                    AcceptLines.Add("if (r.KeyEquals(" + key + ")) { string v; if (s." + (field.Rule == TextRule.HostName ? "ReadHostName" : "ReadString") + "(r, " + n + ", " + maxBytes + ", " + value + ", out v" + ControlsArgument(field) + ")) { " + value + " = v; } return true; }");
                    Text(label + "<input name=" + id + " maxlength=" + Int(field.MaxLength) + required + (isSsid ? " list=" + DatalistId : "") + " value=\"");
                    Code("s.WriteValue(w, " + n + ", " + value + ");");
                    Text("\"");
                    Code(invalid);
                    Text("></label>");
                    if (field.Required)
                    {
                        FinishLines.Add("s.Require(" + n + ", !string.IsNullOrEmpty(" + value + "));");
                    }

                    Code("s.WriteError(w, " + n + ", " + maxBytes + ", 0L);");
                    break;
                }

                case ValueKind.Integer:
                {
                    string min = Constant(id, "Min", "long", Long(field.Min));
                    string max = Constant(id, "Max", "long", Long(field.Max));
                    AddBodyPair(id, 20);
                    if (field.Secret)
                    {
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { long v; if (s.ReadSecretInteger(r, " + n + ", " + min + ", " + max + ", out v)) { " + value + " = (" + field.ClrType + ")v; } return true; }");
                        Text(label + "<input name=" + id + " type=password inputmode=numeric");
                        Code("s.WriteSecretAttributes(w, true, false);");
                        Code(invalid);
                        Text("></label>");
                    }
                    else
                    {
                        string fallback = Constant(id, "Default", "long", Long(long.Parse(field.DefaultLiteral, CultureInfo.InvariantCulture)));
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { long v; if (s.ReadInteger(r, " + n + ", " + min + ", " + max + ", " + Bool(field.Required) + ", " + fallback
                            + ", out v)) { " + value + " = (" + field.ClrType + ")v; } return true; }");
                        Text(label + "<input name=" + id + " type=number min=" + Int(field.Min) + " max=" + Int(field.Max) + required + " value=\"");
                        Code("s.WriteNumber(w, " + n + ", " + value + ");");
                        Text("\"");
                        Code(invalid);
                        Text("></label>");
                    }

                    Code("s.WriteError(w, " + n + ", " + min + ", " + max + ");");
                    break;
                }

                default:
                {
                    string marker = Key(id, "MarkerKey", "_b." + id);
                    AddBodyPair(id, 5);
                    AddBodyPair("_b." + id, 1);
                    AcceptLines.Add("if (r.KeyEquals(" + key + ")) { bool v; if (s.ReadBool(r, " + n + ", out v)) { " + value + " = v; } return true; }");
                    AcceptLines.Add("if (r.KeyEquals(" + marker + ")) { s.ReadMarker(r, " + n + "); return true; }");
                    FinishLines.Add("if (s.IsUnchecked(" + n + ")) { " + value + " = false; }");
                    if (field.Required)
                    {
                        FinishLines.Add("s.Require(" + n + ", " + value + ");");
                    }

                    // The hidden marker makes an unchecked box (absent from the post) mean "off" rather than "unchanged".
                    Text("<input type=hidden name=\"_b." + id + "\" value=1><label class=k><input type=checkbox name=" + id + " value=1" + required);
                    Code("s.WriteChecked(w, " + value + ");");
                    Code(invalid);
                    Text(">" + HtmlText.Escape(field.Label) + (field.Required ? " *" : "") + "</label>");
                    Code("s.WriteError(w, " + n + ", 0L, 0L);");
                    break;
                }
            }
        }

        /// <summary>A private constant of the form, named after the field; returns the name.</summary>
        private string Constant(string id, string suffix, string type, string literal)
        {
            string name = _names.For(id, suffix);
            ConstantLines.Add("private const " + type + " " + name + " = " + literal + ";");
            return name;
        }

        /// <summary>A byte constant for a form key, named after its field; returns the name.</summary>
        private string Key(string id, string suffix, string key)
        {
            string name = _names.For(id, suffix);
            Keys.Add(new KeyValuePair<string, string>(name, key));
            return name;
        }

        private void AddBodyPair(string key, int valueBytes)
        {
            int keyBytes = Encoding.UTF8.GetByteCount(key);
            MaxKeyBytes = Math.Max(MaxKeyBytes, keyBytes);
            MaxValueBytes = Math.Max(MaxValueBytes, valueBytes);
            MaxBodyBytes += (3 * keyBytes) + 1 + (3 * valueBytes) + 1;
        }

        private void Text(string html) => _text.Append(html);

        private void Code(string line)
        {
            FlushText();
            WriteLines.Add(line);
        }

        private void FlushText()
        {
            if (_text.Length == 0)
            {
                return;
            }

            // Repeated fragments ("\">" after every value) share one constant.
            string text = HtmlText.Sanitize(_text.ToString());
            string? name = Fragments.FirstOrDefault(f => f.Value == text).Key;
            if (name is null)
            {
                name = "T" + Int(Fragments.Count);
                Fragments.Add(new KeyValuePair<string, string>(name, text));
            }

            WriteLines.Add("w.Raw(" + name + ");");
            _text.Clear();
        }

    }
}
