using System.Text;

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

        public override string ToString() => _text.ToString();
    }
}
