namespace BlynkWM.Generators.Parsing
{
    /// <summary>Rules for the strings written in the attributes: field ids, control characters, CORS origins.</summary>
    internal static class ArgumentRules
    {
        /// <summary>Letters, digits, '_' and '-', starting with a letter: safe as an HTML name/id and a URL key without escaping.</summary>
        internal static bool IsValidId(string id)
        {
            if (id.Length == 0 || id.Length > SchemaLimits.MaxIdLength || !IsAsciiLetter(id[0]))
            {
                return false;
            }

            foreach (char c in id)
            {
                if (!IsIdCharacter(c))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsIdCharacter(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';

        internal const string ControlCharacterProblem = "it contains a control character (a line break, tab or other non-printing character)";

        /// <summary>C0 and C1 controls (tab, CR, LF, NEL...) and the Unicode line and paragraph separators.</summary>
        internal static bool HasControlCharacter(string text)
        {
            foreach (char c in text)
            {
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A value for a diagnostic message: as written, or with escapes when it holds control characters.</summary>
        internal static string Displayable(string text) => HasControlCharacter(text) ? SymbolDisplay.FormatLiteral(text, quote: false) : text;

        /// <summary>Longest Edgent template id and name (Blynk's template ids are 12 characters).</summary>
        internal const int MaxEdgentText = 32;

        /// <summary>Why an Edgent template id cannot be sent as it is in board_info.json, or null (empty: no Edgent API).</summary>
        internal static string? EdgentTemplateIdProblem(string id)
        {
            if (id.Length > MaxEdgentText)
            {
                return "it has " + id.Length + " characters; a template id has at most " + MaxEdgentText;
            }

            foreach (char c in id)
            {
                if (!IsIdCharacter(c))
                {
                    return "a template id is letters, digits, '-' and '_', as the Blynk console shows it (TMPL...)";
                }
            }

            return null;
        }

        /// <summary>
        /// Why an Edgent template name cannot be used (board name and access point name), or null. Without a template id
        /// the name is ignored (BWM0023, not this).
        /// </summary>
        internal static string? EdgentTemplateNameProblem(string id, string name)
        {
            if (id.Length == 0)
            {
                return null;
            }

            if (name.Length == 0)
            {
                return "the Edgent API needs the template's name with its id (the Blynk app shows it)";
            }

            if (HasControlCharacter(name) || System.Text.Encoding.UTF8.GetByteCount(name) > MaxEdgentText)
            {
                return "a template name is printable text of at most " + MaxEdgentText + " bytes";
            }

            return null;
        }

        /// <summary>
        /// Why <paramref name="origin"/> cannot be the Access-Control-Allow-Origin value, or null: it must be empty (no
        /// header), "*" or one serialized origin, scheme://host[:port] in lower case, as browsers send and compare it.
        /// </summary>
        internal static string? CorsOriginProblem(string origin)
        {
            if (origin.Length == 0 || origin == "*")
            {
                return null;
            }

            foreach (char c in origin)
            {
                if (c < '!' || c > '~')
                {
                    return "it is sent as an HTTP header value and must be printable ASCII, without spaces or line breaks";
                }
            }

            const string Expected = "use \"*\" or one origin, scheme://host[:port], such as \"http://192.168.4.1\"";
            int separator = origin.IndexOf("://", StringComparison.Ordinal);
            if (separator <= 0 || !IsAsciiLetter(origin[0]))
            {
                return "it is not an origin; " + Expected;
            }

            for (int i = 1; i < separator; i++)
            {
                char c = origin[i];
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
                {
                    return "the scheme '" + origin.Substring(0, separator) + "' is not valid; " + Expected;
                }
            }

            string rest = origin.Substring(separator + 3);
            if (rest.IndexOfAny(new[] { '/', '?', '#', '@', '\\' }) >= 0)
            {
                return "an origin has no path, query, fragment or user name (not even a trailing '/'); " + Expected;
            }

            string host;
            string? port = null;
            if (rest.StartsWith("[", StringComparison.Ordinal))
            {
                int close = rest.IndexOf(']');
                if (close < 3 || rest.Substring(1, close - 1).Any(c => !(c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))))
                {
                    return "the IPv6 address is not valid; " + Expected;
                }

                host = rest.Substring(0, close + 1);
                string after = rest.Substring(close + 1);
                if (after.Length > 0)
                {
                    if (after[0] != ':')
                    {
                        return "only a port may follow the host; " + Expected;
                    }

                    port = after.Substring(1);
                }
            }
            else
            {
                int colon = rest.IndexOf(':');
                host = colon < 0 ? rest : rest.Substring(0, colon);
                port = colon < 0 ? null : rest.Substring(colon + 1);
                foreach (char c in host)
                {
                    if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_' && c != '~')
                    {
                        return "the host '" + host + "' is not valid; " + Expected;
                    }
                }
            }

            if (host.Length == 0)
            {
                return "the host is missing; " + Expected;
            }

            if (port is not null && (port.Length == 0 || port.Length > 5 || port.Any(c => c < '0' || c > '9') || int.Parse(port, CultureInfo.InvariantCulture) is 0 or > 65535))
            {
                return "the port must be a number from 1 to 65535; " + Expected;
            }

            if (!string.Equals(origin, origin.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return "browsers send the origin in lower case and compare it byte for byte; write the scheme and host in lower case";
            }

            return null;
        }
    }
}
