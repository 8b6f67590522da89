using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace BlynkWM.Tests.Shared
{
    /// <summary>
    /// The C# blocks of README.md. Each begins with a line naming its file and where it runs, e.g.
    /// <c>// Device.cs (device and host)</c> or <c>// Program.cs (host)</c>: the tests compile every block, compile the
    /// device ones against the nanoFramework surface, and write each into a fresh project under its own file name.
    /// Compiled into several test projects (linked, not referenced).
    /// </summary>
    internal sealed class ReadmeSnippet
    {
        private static readonly Regex Block = new Regex("^```csharp\\n(?<code>.*?)\\n```", RegexOptions.Singleline | RegexOptions.Multiline);
        private static readonly Regex Header = new Regex("^// (?<file>[A-Za-z0-9_.]+\\.cs) \\((?<where>device and host|host)\\)$");

        private ReadmeSnippet(string fileName, bool runsOnDevice, string code)
        {
            FileName = fileName;
            RunsOnDevice = runsOnDevice;
            Code = code;
        }

        public string FileName { get; }

        /// <summary>True for "(device and host)": it must compile for nanoFramework too.</summary>
        public bool RunsOnDevice { get; }

        public string Code { get; }

        public static string ReadmePath(string repoRoot) => Path.Combine(repoRoot, "README.md");

        /// <summary>Every C# block of the README, in order; throws when one lacks its header line.</summary>
        public static IReadOnlyList<ReadmeSnippet> Load(string repoRoot)
        {
            string text = File.ReadAllText(ReadmePath(repoRoot)).Replace("\r\n", "\n");
            var snippets = new List<ReadmeSnippet>();
            foreach (Match block in Block.Matches(text))
            {
                string code = block.Groups["code"].Value;
                string first = code.Split('\n')[0];
                Match header = Header.Match(first);
                if (!header.Success)
                {
                    throw new InvalidOperationException("README.md: a C# block must start with '// Name.cs (device and host)' or '// Name.cs (host)', not: " + first);
                }

                snippets.Add(new ReadmeSnippet(header.Groups["file"].Value, header.Groups["where"].Value == "device and host", code + "\n"));
            }

            return snippets;
        }
    }
}
