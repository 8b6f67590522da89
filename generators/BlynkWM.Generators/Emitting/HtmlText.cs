using System.Text;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>HTML escaping at build time and the portal's built-in style and script.</summary>
    internal static class HtmlText
    {
        /// <summary>
        /// Small, phone-first styles: one column, large touch targets, no web fonts or images (the access point has no
        /// internet). Blynk's green for the primary action.
        /// </summary>
        public const string Css =
            "*{box-sizing:border-box}"
            + "body{margin:0;background:#f2f4f7;color:#222;font:16px/1.4 system-ui,sans-serif}"
            + "main{max-width:34em;margin:auto;padding:1em}"
            + "h1{font-size:1.4em}"
            + "fieldset{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 1em}"
            + "legend{font-weight:600}"
            + "label{display:block;margin:.6em 0}"
            + "input{display:block;width:100%;margin-top:.2em;padding:.5em;border:1px solid #bbb;border-radius:6px;font:inherit}"
            + ".k{display:flex;gap:.5em}.k input{width:auto;margin:0}"
            + "button{font:inherit;border:0;border-radius:6px;padding:.6em 1.2em;background:#23c48e;color:#fff}"
            + ".s{padding:.3em .8em;margin:.3em .3em 0 0;background:#ddd;color:#222}"
            + ".e{color:#c00;margin:0}"
            + ".b{background:#fee;border:1px solid #c00;border-radius:8px;padding:.6em}"
            + ".n{font-size:.85em;color:#666}";

        /// <summary>
        /// Progressive enhancement only: the form works without it (the datalist still suggests scanned SSIDs).
        /// Shows the scanned networks as buttons under the first SSID field: a tap fills the SSID field last
        /// focused and moves to its password. "Scan again" refreshes from /scan (again after a few seconds, when
        /// the scan it started has finished). Adds a show/hide button to each secret.
        /// </summary>
        public const string Script =
            "onload=()=>{let d=document,l=d.getElementById('_ssids'),t=d.querySelector('[list]'),w=d.createElement('div'),"
            + "B=(x,f)=>{let b=d.createElement('button');b.type='button';b.className='s';b.textContent=x;b.onclick=f;return b},"
            + "R=()=>{w.innerHTML='';[...l.options].forEach(o=>{let b=B(o.value+' ('+o.text+')',()=>{t.value=o.value;"
            + "let p=t.closest('fieldset').querySelector('[type=password]');p&&p.focus()});b.dataset.ssid=o.value;w.append(b)})},"
            + "f=()=>fetch('/scan').then(r=>r.json()).then(n=>{l.innerHTML='';n.forEach(x=>{let o=d.createElement('option');"
            + "o.value=x.ssid;o.text=x.rssi+' dBm, '+(x.secure?'secured':'open');l.append(o)});R()});"
            + "d.querySelectorAll('[list]').forEach(i=>i.onfocus=()=>t=i);"
            + "d.querySelectorAll('[type=password]').forEach(p=>p.after(B('Show',()=>p.type=p.type=='text'?'password':'text')));"
            + "if(l&&t){t.after(w);w.after(B('Scan again',()=>{f();setTimeout(f,4000)}));R()}}";

        /// <summary>Escapes for text and for attribute values in either quote; unpaired surrogates become U+FFFD.</summary>
        public static string Escape(string text)
        {
            var result = new StringBuilder(text.Length + 8);
            foreach (char c in Sanitize(text))
            {
                switch (c)
                {
                    case '&':
                        result.Append("&amp;");
                        break;
                    case '<':
                        result.Append("&lt;");
                        break;
                    case '>':
                        result.Append("&gt;");
                        break;
                    case '"':
                        result.Append("&quot;");
                        break;
                    case '\'':
                        result.Append("&#39;");
                        break;
                    case '\0':
                        result.Append('\uFFFD');
                        break;
                    default:
                        result.Append(c);
                        break;
                }
            }

            return result.ToString();
        }

        /// <summary>Replaces unpaired surrogates with U+FFFD, so every UTF-8 encoder gives the same bytes for the text.</summary>
        public static string Sanitize(string text)
        {
            StringBuilder? result = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c);
                if (char.IsHighSurrogate(c) && !lone)
                {
                    result?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (lone && result is null)
                {
                    result = new StringBuilder(text, 0, i, text.Length);
                }

                result?.Append(lone ? '\uFFFD' : c);
            }

            return result?.ToString() ?? text;
        }

        /// <summary>UTF-8 of already sanitized text, encoded the way the runtime's HtmlWriter.Utf8 does.</summary>
        public static byte[] Utf8(string sanitized) => new UTF8Encoding(false, true).GetBytes(sanitized);
    }
}
