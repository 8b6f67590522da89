using static BlynkWM.Generators.Emitting.CSharpLiteral;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>
    /// Emits a config class's nested <c>PortalForm</c>: the page's static head (plain and precompressed), the
    /// confirmation page, the form as byte fragments around the values, and the /save validation.
    /// </summary>
    internal static class PortalEmitter
    {
        private const string Portal = "global::BlynkWM.Portal.";

        /// <summary>The members of PortalForm other than the per-field constants (the fragments are T0, T1...).</summary>
        private static readonly string[] FixedMemberNames =
        {
            "PortalForm", "Head", "HeadGzip", "HeadCrc", "Saved", "SavedGzip", "SavedGzipTail", "Fields", "KeyBytes", "ValueBytes", "BodyBytes",
            "Cors", "Config", "_live", "_scratch",
        };

        public static string Emit(ConfigModel model, PortalProjectFiles files, CancellationToken cancellationToken)
        {
            string title = HtmlText.Escape(model.PortalTitle);
            string head = HtmlText.Sanitize(
                "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
                + "<meta name=viewport content=\"width=device-width,initial-scale=1\">"
                + "<title>" + title + "</title><link rel=icon href=data:,>"
                + "<style>" + HtmlText.Css + model.Portal.Css + files.Css + "</style>"
                + "<script>" + HtmlText.Script + "</script>"
                + model.Portal.HeadHtml + files.HeadHtml
                + "</head><body><main><h1>" + title + "</h1>");
            const string SavedTail = "<p class=b style=\"border:1px solid #23c48e;padding:.6em\">Saved. The device restarts now and joins your network; this page will stop answering.</p>"
                + "<p class=n>Every field was stored in one request. If the device cannot connect, it opens this portal again.</p></main></body></html>";

            byte[] headBytes = HtmlText.Utf8(head);
            byte[] headGzip = HtmlGzip.HeadMember(headBytes);
            byte[] savedBytes = HtmlText.Utf8(head + SavedTail);
            byte[] savedGzip = HtmlGzip.CompleteMember(headGzip, savedBytes, headBytes.Length);
            cancellationToken.ThrowIfCancellationRequested();

            var form = new PortalFormBuilder(model, FixedMemberNames);
            form.Build();

            // The config type as the form refers to it: global::-qualified, so that no nested member can shadow it.
            string config = model.QualifiedName;
            var w = new CodeWriter();
            TypeScaffold.Open(w, model, " : " + Portal + "IPortalFormFactory");
            w.Line("/// <summary>");
            w.Line("/// The config portal of <see cref=\"" + config + "\"/>: the page, computed at build time, and the checks of a /save post,");
            w.Line("/// which edits a scratch copy and touches the live config only after the store accepted it. Serve it with");
            w.Line("/// <c>new global::BlynkWM.Portal.ConfigPortal(new " + model.ClassName + ".PortalForm(config), store, random, clock, scanner, host)</c>.");
            w.Line("/// </summary>");
            bool edgent = model.Portal.EdgentTemplateId.Length > 0;
            w.Open("public sealed class PortalForm : " + Portal + "IPortalForm" + (edgent ? ", " + Portal + "IEdgentForm" : ""));

            w.Line("// Page head: " + Int(headBytes.Length) + " bytes; as gzip header + deflate blocks (sync-flushed, not final) " + Int(headGzip.Length)
                + " bytes, CRC-32 0x" + Hex(HtmlGzip.Crc32(headBytes, 0, headBytes.Length)) + ".");
            // Instance fields, not static: the page's bytes take heap only while a portal exists (nanoCLR allocates every
            // static at start-up and keeps it for good), and the application gets that memory back when it closes.
            w.Line("private readonly byte[] Head = " + Portal + "HtmlWriter.Utf8(" + Quote(head) + ");");
            EmitBytes(w, "HeadGzip", headGzip);
            w.Line("private const uint HeadCrc = 0x" + Hex(HtmlGzip.Crc32(headBytes, 0, headBytes.Length)) + "u;");
            w.Line("// Confirmation page: " + Int(savedBytes.Length) + " bytes, " + Int(savedGzip.Length) + " as gzip (the head's blocks, then the rest).");
            w.Line("private readonly byte[] Saved;");
            var derived = new List<string> { "Saved = " + Portal + "HtmlWriter.Join(Head, " + Quote(SavedTail) + ");" };
            if (StartsWith(savedGzip, headGzip))
            {
                // The confirmation page's gzip starts with the head's blocks: store only what follows them.
                byte[] savedTail = new byte[savedGzip.Length - headGzip.Length];
                System.Array.Copy(savedGzip, headGzip.Length, savedTail, 0, savedTail.Length);
                EmitBytes(w, "SavedGzipTail", savedTail);
                w.Line("private readonly byte[] SavedGzip;");
                derived.Add("SavedGzip = " + Portal + "HtmlWriter.Concat(HeadGzip, SavedGzipTail);");
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
            w.Line("private const string Cors = " + Quote(model.Portal.CorsOrigin) + ";");
            w.Line();
            w.Line("// Each field's index (its slot in the form state) and its limits.");
            foreach (string line in form.ConstantLines)
            {
                w.Line(line);
            }

            w.Line("// Form keys (ids are validated ASCII names).");
            foreach (KeyValuePair<string, string> constant in form.Keys)
            {
                w.Line("private readonly byte[] " + constant.Key + " = " + Portal + "HtmlWriter.Utf8(" + Quote(constant.Value) + ");");
            }

            w.Line("// Page fragments, HTML-escaped at build time, around the values written at run time.");
            foreach (KeyValuePair<string, string> constant in form.Fragments)
            {
                w.Line("private readonly byte[] " + constant.Key + " = " + Portal + "HtmlWriter.Utf8(" + Quote(constant.Value) + ");");
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
            foreach (string line in derived)
            {
                w.Line(line);
            }

            w.Close().Line();

            w.Line("/// <summary>The live config.</summary>");
            w.Line("public " + config + " Config => _live;");
            w.Line();
            string i = TypeScaffold.PortalAlias + ".IPortalForm.";
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
            if (edgent)
            {
                // [BlynkConfig(EdgentTemplateId = ...)]: what Blynk.Edgent's provisioning API reports and which sets it fills.
                string e = TypeScaffold.PortalAlias + ".IEdgentForm.";
                w.Line("string " + e + "TemplateId => " + Quote(model.Portal.EdgentTemplateId) + ";");
                w.Line("string " + e + "TemplateName => " + Quote(model.Portal.EdgentTemplateName) + ";");
                w.Line("string " + e + "WifiId => " + Quote(model.Groups.First(g => g.Kind == GroupKind.Wifi).Id) + ";");
                w.Line("string " + e + "BlynkId => " + Quote(model.Groups.First(g => g.Kind == GroupKind.Blynk).Id) + ";");
            }

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
            w.Close().Line();

            // The lifecycle's way to a form without knowing the class (implemented explicitly: no public name taken).
            string create = TypeScaffold.PortalAlias + ".IPortalForm " + TypeScaffold.PortalAlias + ".IPortalFormFactory.CreatePortalForm()";
            if (model.Portal.HasParameterlessConstructor)
            {
                w.Line(create + " => new PortalForm(this);");
            }
            else
            {
                w.Line(create + " => throw new global::System.NotSupportedException("
                    + Quote(model.ClassName + " has no parameterless constructor: pass new " + model.ClassName + ".PortalForm(config, scratch) instead") + ");");
            }

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
            w.Line("private readonly byte[] " + name + " =");
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
    }
}
