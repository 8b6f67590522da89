using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>The sections of docs/diagnostics.md: one per id, each with a Wrong and a Right C# example.</summary>
    internal sealed record DocumentationSection(string Id, string Anchor, string Title, string Text, string? Wrong, string? Right)
    {
        public static string Path => RepositoryRoot.Combine("docs", "diagnostics.md");

        public static IReadOnlyList<DocumentationSection> Load()
        {
            string text = File.ReadAllText(Path).Replace("\r\n", "\n");
            var sections = new List<DocumentationSection>();
            MatchCollection anchors = Regex.Matches(text, "^<a id=\"(?<anchor>[^\"]+)\"></a>\\n## (?<id>BWM\\d{4}): (?<title>.+)$", RegexOptions.Multiline);
            for (int i = 0; i < anchors.Count; i++)
            {
                int start = anchors[i].Index;
                int end = i + 1 < anchors.Count ? anchors[i + 1].Index : text.Length;
                string body = text.Substring(start, end - start);
                sections.Add(new DocumentationSection(
                    anchors[i].Groups["id"].Value,
                    anchors[i].Groups["anchor"].Value,
                    anchors[i].Groups["title"].Value.Trim(),
                    body,
                    Example(body, "**Wrong**"),
                    Example(body, "**Right**")));
            }

            return sections;
        }

        /// <summary>The first ```csharp block after the marker line.</summary>
        private static string? Example(string body, string marker)
        {
            int at = body.IndexOf("\n" + marker + "\n", System.StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            Match block = Regex.Match(body.Substring(at), "```csharp\\n(?<code>.*?)\\n```", RegexOptions.Singleline);
            return block.Success ? block.Groups["code"].Value : null;
        }
    }
}
