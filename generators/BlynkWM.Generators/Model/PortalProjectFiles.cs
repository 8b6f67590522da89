namespace BlynkWM.Generators.Model
{
    internal enum PortalFileKind
    {
        None,
        Css,
        Head,
    }

    /// <summary>One portal file from AdditionalFiles, by content (the path only orders several of a kind).</summary>
    internal sealed record PortalFile(PortalFileKind Kind, string Path, string Text)
    {
        /// <summary>Appended to the portal's CSS of every config class.</summary>
        public const string CssFileName = "blynkwm.portal.css";

        /// <summary>Appended to the page head of every config class.</summary>
        public const string HeadFileName = "blynkwm.portal.head.html";

        public static PortalFileKind KindOf(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            string name = path.Substring(slash + 1);
            if (string.Equals(name, CssFileName, StringComparison.OrdinalIgnoreCase))
            {
                return PortalFileKind.Css;
            }

            return string.Equals(name, HeadFileName, StringComparison.OrdinalIgnoreCase) ? PortalFileKind.Head : PortalFileKind.None;
        }
    }

    /// <summary>What the project's portal files add to every config class's page; empty strings when there are none.</summary>
    internal sealed record PortalProjectFiles(string Css, string HeadHtml)
    {
        public static PortalProjectFiles From(ImmutableArray<PortalFile> files)
        {
            // Several files of a kind (e.g. linked from two folders) are joined in path order, the same on every host.
            PortalFile[] ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            return new PortalProjectFiles(Join(ordered, PortalFileKind.Css), Join(ordered, PortalFileKind.Head));
        }

        private static string Join(PortalFile[] files, PortalFileKind kind)
        {
            var text = new StringBuilder();
            foreach (PortalFile file in files)
            {
                if (file.Kind == kind)
                {
                    text.Append(file.Text.Replace("\r\n", "\n"));
                }
            }

            return text.ToString();
        }
    }
}
