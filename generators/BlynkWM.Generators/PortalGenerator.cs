using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BlynkWM.Generators.Emitting;
using BlynkWM.Generators.Model;
using Microsoft.CodeAnalysis;

namespace BlynkWM.Generators
{
    /// <summary>
    /// Emits the config portal of every [BlynkConfig] class: the page, computed and gzip-compressed at build time,
    /// and the form handler that validates a /save post into a scratch copy.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PortalGenerator : IIncrementalGenerator
    {
        public const string FilesStep = "BlynkWM.PortalFiles";
        public const string ProjectOptionsStep = "BlynkWM.PortalProjectOptions";
        public const string PageStep = "BlynkWM.PortalPage";

        public const string CssFileName = "blynkwm.portal.css";
        public const string HeadFileName = "blynkwm.portal.head.html";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ConfigModel> models = ConfigModels.Select(context);

            // Only the two portal files are read; an edit to any other AdditionalFiles item stops at the filter.
            IncrementalValueProvider<PortalProjectFiles> files = context.AdditionalTextsProvider
                .Where(static text => PortalFile.KindOf(text.Path) != PortalFileKind.None)
                .Select(static (text, cancellationToken) => new PortalFile(
                    PortalFile.KindOf(text.Path),
                    text.Path,
                    text.GetText(cancellationToken)?.ToString() ?? ""))
                .WithTrackingName(FilesStep)
                .Collect()
                .Select(static (all, _) => PortalProjectFiles.From(all))
                .WithTrackingName(ProjectOptionsStep);

            IncrementalValuesProvider<GeneratedPortal> pages = models
                .Combine(files)
                .Select(static (input, cancellationToken) => new GeneratedPortal(
                    input.Left.HintName + ".Portal.g.cs",
                    PortalEmitter.Emit(input.Left, input.Right, cancellationToken)))
                .WithTrackingName(PageStep);

            context.RegisterSourceOutput(pages, static (output, page) => output.AddSource(page.HintName, page.Source));
        }
    }

    internal enum PortalFileKind
    {
        None,
        Css,
        Head,
    }

    /// <summary>One portal file from AdditionalFiles, by content (the path only orders several of a kind).</summary>
    internal sealed record PortalFile(PortalFileKind Kind, string Path, string Text)
    {
        public static PortalFileKind KindOf(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            string name = path.Substring(slash + 1);
            if (string.Equals(name, PortalGenerator.CssFileName, StringComparison.OrdinalIgnoreCase))
            {
                return PortalFileKind.Css;
            }

            return string.Equals(name, PortalGenerator.HeadFileName, StringComparison.OrdinalIgnoreCase) ? PortalFileKind.Head : PortalFileKind.None;
        }
    }

    /// <summary>What the project's portal files add to every config class's page; empty strings when there are none.</summary>
    internal sealed record PortalProjectFiles(string Css, string HeadHtml)
    {
        public static readonly PortalProjectFiles None = new PortalProjectFiles("", "");

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

    internal sealed record GeneratedPortal(string HintName, string Source);
}
