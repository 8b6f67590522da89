using System.Globalization;
using System.Text;

namespace BlynkWM.Host.Diagnostics
{
    /// <summary>
    /// Makes text that came from a user (a form, a stored config, a file, the command line) safe to print on one log
    /// line: nothing in it can end the line, forge another one, move the cursor or recolour the terminal, or reorder
    /// what is shown. Printable text, accented letters and emoji pass unchanged.
    /// </summary>
    public static class LogText
    {
        /// <summary>
        /// The text with a backslash and a double quote escaped (so a value printed between quotes stays inside them),
        /// tab, CR and LF as \t \r \n, other control characters (C0, DEL, C1) as \xHH, and invisible format characters
        /// (bidirectional overrides, zero-width characters), line and paragraph separators and unpaired surrogates as
        /// \uHHHH. Null prints as an empty string.
        /// </summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return "";
            }
            if (IsPlain(text))
            {
                return text;
            }
            var sb = new StringBuilder(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                    continue;
                }
                switch (c)
                {
                    case '\\':
                        sb.Append("\\\\");
                        break;
                    case '"':
                        sb.Append("\\\"");
                        break;
                    case '\t':
                        sb.Append("\\t");
                        break;
                    case '\r':
                        sb.Append("\\r");
                        break;
                    case '\n':
                        sb.Append("\\n");
                        break;
                    default:
                        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                        {
                            sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else if (NeedsEscape(c))
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }
                        break;
                }
            }
            return sb.ToString();
        }

        private static bool IsPlain(string text)
        {
            foreach (char c in text)
            {
                if (c < 0x20 || c == '\\' || c == '"' || (c >= 0x7F && (c <= 0x9F || NeedsEscape(c))))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Printable characters that still change what a reader sees: format characters, separators, surrogates.</summary>
        private static bool NeedsEscape(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.Control:
                    return true;
                default:
                    return false;
            }
        }
    }
}
