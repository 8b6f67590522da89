using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace BlynkWM.Generators.Tests
{
    /// <summary>An AdditionalFiles item held in memory.</summary>
    internal sealed class TextFile : AdditionalText
    {
        private readonly string _text;

        public TextFile(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
    }
}
