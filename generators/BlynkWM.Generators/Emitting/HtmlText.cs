namespace BlynkWM.Generators.Emitting
{
    /// <summary>HTML escaping at build time and the portal's built-in style and script.</summary>
    internal static class HtmlText
    {
        /// <summary>
        /// Small, phone-first styles: one column, large touch targets, no web fonts or images (the access point has no
        /// internet). Blynk's green for the primary action, a Save that stays at the bottom of the screen, and dark
        /// colours when the phone is in dark mode. The styles of messages (banner, refused fields) come with the pages
        /// that show them (<c>PortalFormState.MessageStyle</c>), not with every page.
        /// </summary>
        public const string Css =
            "*{box-sizing:border-box}"
            + ":root{color-scheme:light dark}"
            + "body{margin:0;background:light-dark(#f2f4f7,#111);font:16px/1.4 system-ui,sans-serif}"
            + "main{max-width:34em;margin:auto;padding:1em}"
            + "details{background:light-dark(#fff,#222);border:1px solid #8884;border-radius:8px;margin:0 0 1em;padding:0 1em}"
            + "summary{font-weight:600;padding:.8em 0}"
            + "label{display:block;margin:.6em 0}"
            + "input{display:block;width:100%;padding:.5em;border:1px solid #888;border-radius:6px;font:inherit}"
            + ".k input{display:inline;width:auto;margin-right:.5em}"
            + "button{font:inherit;border:0;border-radius:6px;background:#23c48e;color:#fff}"
            + "form>button{position:sticky;bottom:.5em;width:100%;padding:.8em}"
            + ".s{padding:.3em .8em;margin:.3em 0;background:#8883;color:inherit}"
            + ".w .s{display:flex;justify-content:space-between;width:100%}"
            + ".n{color:#888}";

        /// <summary>
        /// Progressive enhancement only: the form works without it (the datalist still suggests scanned SSIDs, with
        /// their signal bars and lock). Shows the scanned networks as a list of buttons after the first SSID field's
        /// label, strongest first: a tap fills the SSID field last focused and moves to its password. "Scan again"
        /// starts a scan (/scan) and a few seconds later takes the new list from the page itself (the server escaped
        /// it). Adds a Show/Hide button after each secret's label. Buttons go after labels, never inside, so each
        /// control keeps one accessible name.
        /// </summary>
        public const string Script =
            "onload=()=>{let d=document,q=s=>d.querySelectorAll(s),t=q('[list]')[0],l=t&&t.list,w=d.createElement('div'),"
            + "B=(f,...x)=>{let b=d.createElement('button');b.type='button';b.className='s';b.append(...x);b.onclick=f;return b},"
            + "R=()=>w.replaceChildren(...[...l.options].map(o=>{let i=d.createElement('i');i.textContent=o.text;i.ariaHidden=!0;return B(()=>{t.value=o.value;"
            + "t.closest('details').querySelector('[type=password]')?.focus()},o.value,i)}));"
            + "q('[list]').forEach(i=>i.onfocus=()=>t=i);"
            + "q('[type=password]').forEach(p=>p.parentNode.after(B(e=>e.target.textContent=(p.type=p.type<'t'?'text':'password')<'t'?'Show':'Hide','Show')));"
            + "l&&(w.className='w',t.parentNode.after(w),w.after(B(()=>{fetch('/scan');setTimeout(()=>fetch('/').then(r=>r.text()).then(h=>{l.innerHTML=h.split('_ssids>')[1].split('</d')[0];R()}),4e3)},'Scan again')),R())}";

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
