namespace BlynkWM.Generators.Emitting
{
    /// <summary>Indented text with '\n' line endings on every host, so generated files are byte-identical everywhere.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(line);
            }

            _text.Append('\n');
            return this;
        }

        public CodeWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>A <c>//</c> comment line; its text goes through <see cref="CommentText"/>.</summary>
        public CodeWriter Comment(string text) => Line("// " + CommentText(text));

        /// <summary>
        /// Text safe inside a <c>//</c> comment: every character that would end the line (CR, LF, NEL, U+2028, U+2029)
        /// and every other control character is written as a visible <c>\uXXXX</c> escape, so that user text (a storage
        /// path, an attribute string) can never continue as code on the next line. Every comment the emitters write
        /// that holds anything but their own constant text goes through here.
        /// </summary>
        public static string CommentText(string text)
        {
            StringBuilder? safe = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    safe ??= new StringBuilder(text, 0, i, text.Length + 16);
                    safe.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    safe?.Append(c);
                }
            }

            return safe?.ToString() ?? text;
        }

        public override string ToString() => _text.ToString();
    }
}
