using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using BlynkWM.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>
    /// Emits a config class's nested <c>PortalForm</c>: the page's static head (plain and precompressed), the
    /// confirmation page, the form as byte fragments around the values, and the /save validation.
    /// </summary>
    internal static class PortalEmitter
    {
        private const string Portal = "global::BlynkWM.Portal.";
        private const string DatalistId = "_ssids";

        public static string Emit(ConfigModel model, PortalProjectFiles files, CancellationToken cancellationToken)
        {
            string title = HtmlText.Escape(model.PortalTitle);
            string head = HtmlText.Sanitize(
                "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
                + "<meta name=viewport content=\"width=device-width,initial-scale=1\">"
                + "<title>" + title + "</title>"
                + "<style>" + HtmlText.Css + model.Portal.Css + files.Css + "</style>"
                + "<script>" + HtmlText.Script + "</script>"
                + model.Portal.HeadHtml + files.HeadHtml
                + "</head><body><main><h1>" + title + "</h1>");
            const string SavedTail = "<p class=b style=\"background:#e6f7ef;border-color:#23c48e\">Saved. The device restarts now and joins your network; this page will stop answering.</p>"
                + "<p class=n>Every field was stored in one request. If the device cannot connect, it opens this portal again.</p></main></body></html>";

            byte[] headBytes = HtmlText.Utf8(head);
            byte[] headGzip = HtmlGzip.HeadMember(headBytes);
            byte[] savedBytes = HtmlText.Utf8(head + SavedTail);
            byte[] savedGzip = HtmlGzip.CompleteMember(headGzip, savedBytes, headBytes.Length);
            cancellationToken.ThrowIfCancellationRequested();

            var form = new FormBuilder(model);
            form.Build();

            // The config type as the form refers to it: global::-qualified, so that no nested member can shadow it.
            string config = model.QualifiedName;
            var w = new CodeWriter();
            TypeScaffold.Open(w, model, "");
            w.Line("/// <summary>");
            w.Line("/// The config portal of <see cref=\"" + config + "\"/>: the page, computed at build time, and the checks of a /save post,");
            w.Line("/// which edits a scratch copy and touches the live config only after the store accepted it. Serve it with");
            w.Line("/// <c>new global::BlynkWM.Portal.ConfigPortal(new " + model.ClassName + ".PortalForm(config), store, random, clock, scanner, host)</c>.");
            w.Line("/// </summary>");
            w.Open("public sealed class PortalForm : " + Portal + "IPortalForm");

            w.Line("// Page head: " + Int(headBytes.Length) + " bytes; as gzip header + deflate blocks (sync-flushed, not final) " + Int(headGzip.Length)
                + " bytes, CRC-32 0x" + Hex(HtmlGzip.Crc32(headBytes, 0, headBytes.Length)) + ".");
            w.Line("private static readonly byte[] Head = " + Portal + "HtmlWriter.Utf8(" + Literal(head) + ");");
            EmitBytes(w, "HeadGzip", headGzip);
            w.Line("private const uint HeadCrc = 0x" + Hex(HtmlGzip.Crc32(headBytes, 0, headBytes.Length)) + "u;");
            w.Line("// Confirmation page: " + Int(savedBytes.Length) + " bytes, " + Int(savedGzip.Length) + " as gzip (the head's blocks, then the rest).");
            w.Line("private static readonly byte[] Saved = " + Portal + "HtmlWriter.Join(Head, " + Literal(SavedTail) + ");");
            if (StartsWith(savedGzip, headGzip))
            {
                // The confirmation page's gzip starts with the head's blocks: store only what follows them.
                byte[] savedTail = new byte[savedGzip.Length - headGzip.Length];
                System.Array.Copy(savedGzip, headGzip.Length, savedTail, 0, savedTail.Length);
                EmitBytes(w, "SavedGzipTail", savedTail);
                w.Line("private static readonly byte[] SavedGzip = " + Portal + "HtmlWriter.Concat(HeadGzip, SavedGzipTail);");
            }
            else
            {
                EmitBytes(w, "SavedGzip", savedGzip);
            }

            w.Line();

            w.Line("private const int Fields = " + Int(form.Fields.Length) + ";");
            w.Line("private const int KeyBytes = " + Int(form.MaxKeyBytes) + ";");
            w.Line("private const int ValueBytes = " + Int(form.MaxValueBytes) + ";");
            w.Line("// Every key and value at its limit, fully percent-encoded, with the CSRF token.");
            w.Line("private const int BodyBytes = " + Int(form.MaxBodyBytes) + ";");
            w.Line("private const string Cors = " + Literal(model.Portal.CorsOrigin) + ";");
            w.Line();
            w.Line("// Form keys (ids are validated ASCII names).");
            foreach (KeyValuePair<string, string> constant in form.Keys)
            {
                w.Line("private static readonly byte[] " + constant.Key + " = " + Portal + "HtmlWriter.Utf8(" + Literal(constant.Value) + ");");
            }

            w.Line("// Page fragments, HTML-escaped at build time, around the values written at run time.");
            foreach (KeyValuePair<string, string> constant in form.Fragments)
            {
                w.Line("private static readonly byte[] " + constant.Key + " = " + Portal + "HtmlWriter.Utf8(" + Literal(constant.Value) + ");");
            }

            w.Line();
            w.Line("private readonly " + config + " _live;");
            w.Line("private readonly " + config + " _scratch;");
            w.Line();
            if (model.Portal.HasParameterlessConstructor)
            {
                w.Line("/// <summary>A portal editing <paramref name=\"config\"/>, the live config the application uses.</summary>");
                w.Line("public PortalForm(" + config + " config)");
                w.Line("    : this(config, new " + config + "())");
                w.Line("{");
                w.Line("}");
                w.Line();
            }

            w.Line("/// <summary>A portal editing <paramref name=\"config\"/>, with <paramref name=\"scratch\"/> (another instance) as its edit copy.</summary>");
            w.Open("public PortalForm(" + config + " config, " + config + " scratch)");
            w.Open("if (config == null || scratch == null || object.ReferenceEquals(config, scratch))");
            w.Line("throw new global::System.ArgumentException(\"two distinct config instances are needed\");");
            w.Close().Line();
            w.Line("_live = config;");
            w.Line("_scratch = scratch;");
            w.Close().Line();

            w.Line("/// <summary>The live config.</summary>");
            w.Line("public " + config + " Config => _live;");
            w.Line();
            string i = Portal + "IPortalForm.";
            w.Line("byte[] " + i + "HeadHtml => Head;");
            w.Line("byte[] " + i + "HeadGzip => HeadGzip;");
            w.Line("uint " + i + "HeadCrc => HeadCrc;");
            w.Line("byte[] " + i + "SavedHtml => Saved;");
            w.Line("byte[] " + i + "SavedGzip => SavedGzip;");
            w.Line("string " + i + "CorsOrigin => Cors;");
            w.Line("int " + i + "FieldCount => Fields;");
            w.Line("int " + i + "MaxKeyBytes => KeyBytes;");
            w.Line("int " + i + "MaxValueBytes => ValueBytes;");
            w.Line("int " + i + "MaxBodyBytes => BodyBytes;");
            w.Line("global::BlynkWM.Storage.IStoredConfig " + i + "Scratch => _scratch;");
            w.Line();
            w.Open("void " + i + "BeginEdit()");
            w.Line("_live.CopyTo(_scratch);");
            w.Close().Line();
            w.Open("void " + i + "CommitEdit()");
            w.Line("_scratch.CopyTo(_live);");
            w.Close().Line();

            w.Open("bool " + i + "Accept(" + Portal + "UrlEncodedFormReader r, " + Portal + "PortalFormState s)");
            w.Line(config + " c = _scratch;");
            foreach (string line in form.AcceptLines)
            {
                w.Line(line);
            }

            w.Line("return false;");
            w.Close().Line();

            w.Open("void " + i + "FinishEdit(" + Portal + "PortalFormState s)");
            if (form.FinishLines.Count > 0)
            {
                w.Line(config + " c = _scratch;");
            }

            foreach (string line in form.FinishLines)
            {
                w.Line(line);
            }

            w.Close().Line();

            w.Open("void " + i + "WriteForm(" + Portal + "HtmlWriter w, " + Portal + "PortalFormState s)");
            w.Line(config + " c = s.ShowErrors ? _scratch : _live;");
            foreach (string line in form.WriteLines)
            {
                w.Line(line);
            }

            w.Close();
            w.Close();
            TypeScaffold.Close(w, model);
            return w.ToString();
        }

        private static bool StartsWith(byte[] bytes, byte[] prefix)
        {
            if (bytes.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (bytes[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void EmitBytes(CodeWriter w, string name, byte[] bytes)
        {
            w.Line("private static readonly byte[] " + name + " =");
            w.Line("{");
            const int PerLine = 24;
            for (int offset = 0; offset < bytes.Length; offset += PerLine)
            {
                var line = new StringBuilder("    ");
                for (int k = offset; k < Math.Min(bytes.Length, offset + PerLine); k++)
                {
                    line.Append("0x").Append(bytes[k].ToString("X2", CultureInfo.InvariantCulture)).Append(k + 1 < bytes.Length ? ", " : ",");
                }

                w.Line(line.ToString().TrimEnd());
            }

            w.Line("};");
        }

        private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Long(long value)
        {
            // long.MinValue has no positive counterpart to negate, so it is spelled as the constant.
            return value == long.MinValue ? "long.MinValue" : Int(value) + "L";
        }

        private static string Hex(uint value) => value.ToString("X8", CultureInfo.InvariantCulture);

        /// <summary>
        /// Walks the groups once, producing the page fragments (adjacent text merged into one constant), the lines of
        /// Accept, FinishEdit and WriteForm, and the request size limits.
        /// </summary>
        private sealed class FormBuilder
        {
            private readonly ConfigModel _model;
            private readonly StringBuilder _text = new StringBuilder();

            public FormBuilder(ConfigModel model)
            {
                _model = model;
                Fields = model.Groups.SelectMany(g => g.Fields).ToArray();
            }

            public FieldModel[] Fields { get; }

            public List<KeyValuePair<string, string>> Keys { get; } = new List<KeyValuePair<string, string>>();

            public List<KeyValuePair<string, string>> Fragments { get; } = new List<KeyValuePair<string, string>>();

            public List<string> AcceptLines { get; } = new List<string>();

            public List<string> FinishLines { get; } = new List<string>();

            public List<string> WriteLines { get; } = new List<string>();

            public int MaxKeyBytes { get; private set; } = 5;

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

                int index = 0;
                bool inDeviceSet = false;
                foreach (GroupModel group in _model.Groups)
                {
                    bool credential = group.Kind is GroupKind.Wifi or GroupKind.Blynk;
                    if (credential || !inDeviceSet)
                    {
                        if (inDeviceSet || index > 0)
                        {
                            Text("</fieldset>");
                        }

                        Text("<fieldset><legend>" + HtmlText.Escape(credential ? group.Label : "Device") + "</legend>");
                        inDeviceSet = !credential;
                    }

                    for (int k = 0; k < group.Fields.Count; k++)
                    {
                        FieldModel field = group.Fields[k];
                        EmitField(field, index, group.Kind == GroupKind.Wifi && k == 0);
                        index++;
                    }
                }

                if (index > 0)
                {
                    Text("</fieldset>");
                }

                if (_model.Groups.Any(g => g.Kind == GroupKind.Wifi))
                {
                    Text("<datalist id=" + DatalistId + ">");
                    Code("s.Networks.WriteOptions(w);");
                    Text("</datalist>");
                }

                Text("<button>Save</button><p class=n>Every field is saved at once; the device then restarts with the new settings.</p></form></main></body></html>");
                FlushText();
                MaxBodyBytes += 16;
            }

            /// <summary>The trailing argument of ReadString/ReadSecret for a field that opted out of the control-character check.</summary>
            private static string ControlsArgument(FieldModel field)
            {
                return field.Rule == TextRule.AllowControlCharacters ? ", allowControlCharacters: true" : "";
            }

            private void EmitField(FieldModel field, int index, bool isSsid)
            {
                string n = Int(index);
                string key = Key(field.Id);
                string id = field.Id;
                // The label wraps its input: no ids to repeat, and a tap on the text focuses the field.
                string label = "<label>" + HtmlText.Escape(field.Label);
                string required = field.Required ? " required" : "";
                switch (field.Kind)
                {
                    case ValueKind.String when field.Secret:
                    {
                        AddBodyPair(id, field.MaxLength);
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { string v; if (s.ReadSecret(r, " + n + ", " + Int(field.MaxLength) + ", c." + field.Accessor + ", out v" + ControlsArgument(field) + ")) { c." + field.Accessor + " = v; } return true; }");
                        Text(label + "<input name=" + id + " type=password maxlength=" + Int(field.MaxLength) + " autocomplete=off");
                        Code("s.WriteSecretAttributes(w, !string.IsNullOrEmpty(_live." + field.Accessor + "), " + Bool(field.Required) + ");");
                        Text("></label>");
                        if (field.Required)
                        {
                            FinishLines.Add("s.Require(" + n + ", !string.IsNullOrEmpty(c." + field.Accessor + "));");
                        }
                        else
                        {
                            string clear = Key("_clear." + id);
                            AddBodyPair("_clear." + id, 1);
                            AcceptLines.Add("if (r.KeyEquals(" + clear + ")) { s.ReadClear(r, " + n + "); return true; }");
                            FinishLines.Add("if (s.IsCleared(" + n + ")) { c." + field.Accessor + " = \"\"; }");
                            Code("s.WriteForget(w, " + key + ", !string.IsNullOrEmpty(_live." + field.Accessor + "));");
                        }

                        Code("s.WriteError(w, " + n + ", " + Int(field.MaxLength) + "L, 0L);");
                        break;
                    }

                    case ValueKind.String:
                        AddBodyPair(id, field.MaxLength);
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { string v; if (s." + (field.Rule == TextRule.HostName ? "ReadHostName" : "ReadString") + "(r, " + n + ", " + Int(field.MaxLength) + ", c." + field.Accessor + ", out v" + ControlsArgument(field) + ")) { c." + field.Accessor + " = v; } return true; }");
                        Text(label + "<input name=" + id + " maxlength=" + Int(field.MaxLength) + required + (isSsid ? " list=" + DatalistId : "") + " value=\"");
                        Code("s.WriteValue(w, " + n + ", c." + field.Accessor + ");");
                        Text("\"></label>");
                        if (field.Required)
                        {
                            FinishLines.Add("s.Require(" + n + ", !string.IsNullOrEmpty(c." + field.Accessor + "));");
                        }

                        Code("s.WriteError(w, " + n + ", " + Int(field.MaxLength) + "L, 0L);");
                        break;

                    case ValueKind.Integer when field.Secret:
                        AddBodyPair(id, 20);
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { long v; if (s.ReadSecretInteger(r, " + n + ", " + Long(field.Min) + ", " + Long(field.Max) + ", out v)) { c." + field.Accessor + " = (" + field.ClrType + ")v; } return true; }");
                        Text(label + "<input name=" + id + " type=password inputmode=numeric autocomplete=off");
                        Code("s.WriteSecretAttributes(w, true, false);");
                        Text("></label>");
                        Code("s.WriteError(w, " + n + ", " + Long(field.Min) + ", " + Long(field.Max) + ");");
                        break;

                    case ValueKind.Integer:
                        AddBodyPair(id, 20);
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { long v; if (s.ReadInteger(r, " + n + ", " + Long(field.Min) + ", " + Long(field.Max) + ", " + Bool(field.Required) + ", "
                            + Long(long.Parse(field.DefaultLiteral, CultureInfo.InvariantCulture)) + ", out v)) { c." + field.Accessor + " = (" + field.ClrType + ")v; } return true; }");
                        Text(label + "<input name=" + id + " type=number min=" + Int(field.Min) + " max=" + Int(field.Max) + required + " value=\"");
                        Code("s.WriteNumber(w, " + n + ", c." + field.Accessor + ");");
                        Text("\"></label>");
                        Code("s.WriteError(w, " + n + ", " + Long(field.Min) + ", " + Long(field.Max) + ");");
                        break;

                    default:
                    {
                        string marker = Key("_b." + id);
                        AddBodyPair(id, 5);
                        AddBodyPair("_b." + id, 1);
                        AcceptLines.Add("if (r.KeyEquals(" + key + ")) { bool v; if (s.ReadBool(r, " + n + ", out v)) { c." + field.Accessor + " = v; } return true; }");
                        AcceptLines.Add("if (r.KeyEquals(" + marker + ")) { s.ReadMarker(r, " + n + "); return true; }");
                        FinishLines.Add("if (s.IsUnchecked(" + n + ")) { c." + field.Accessor + " = false; }");
                        if (field.Required)
                        {
                            FinishLines.Add("s.Require(" + n + ", c." + field.Accessor + ");");
                        }

                        // The hidden marker makes an unchecked box (absent from the post) mean "off" rather than "unchanged".
                        Text("<input type=hidden name=\"_b." + id + "\" value=1><label class=k><input type=checkbox name=" + id + " value=1" + required);
                        Code("s.WriteChecked(w, c." + field.Accessor + ");");
                        Text(">" + HtmlText.Escape(field.Label) + "</label>");
                        Code("s.WriteError(w, " + n + ", 0L, 0L);");
                        break;
                    }
                }
            }

            /// <summary>A byte constant for a form key, named after its position.</summary>
            private string Key(string key)
            {
                string name = "K" + Int(Keys.Count);
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

            private static string Bool(bool value) => value ? "true" : "false";
        }
    }
}
