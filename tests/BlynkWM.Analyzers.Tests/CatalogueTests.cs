using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using BlynkWM.Generators.Diagnostics;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>One catalogue: ids, help links, release tracking in both projects and the documentation agree.</summary>
    public class CatalogueTests
    {
        private static readonly DiagnosticDescriptor[] Catalogue = DiagnosticDescriptors.All;

        [Fact]
        public void Ids_are_unique_consecutive_and_complete()
        {
            string[] ids = Catalogue.Select(d => d.Id).ToArray();
            Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => "BWM" + i.ToString("D4")), ids);
            Assert.True(ids.Length >= 25);
        }

        [Fact]
        public void Analyzer_supports_exactly_the_catalogue()
        {
            // The analyzer compiles its own copy of the shared sources: compare by content, not by reference.
            var supported = new BlynkConfigAnalyzer().SupportedDiagnostics
                .Select(d => (d.Id, d.Title.ToString(), d.MessageFormat.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri));
            var catalogue = Catalogue.Select(d => (d.Id, d.Title.ToString(), d.MessageFormat.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri));
            Assert.Equal(catalogue, supported);
        }

        [Fact]
        public void Every_descriptor_has_title_message_category_and_help_link_to_its_section()
        {
            foreach (DiagnosticDescriptor d in Catalogue)
            {
                Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString()), d.Id);
                Assert.Contains(d.Category, new[] { "BlynkWM.Schema", "BlynkWM.Storage", "BlynkWM.Security" });
                Assert.True(d.IsEnabledByDefault, d.Id);
                Assert.Equal("https://github.com/blynkwm/blynkwm/blob/main/docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            }
        }

        [Fact]
        public void Only_the_cross_class_rule_is_a_compilation_end_diagnostic()
        {
            Assert.Equal(new[] { "BWM0007" }, Catalogue.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(d => d.Id));
        }

        [Fact]
        public void Release_tracking_lists_every_rule_with_its_category_and_severity()
        {
            string folder = RepositoryRoot.Combine("generators", "BlynkWM.Generators");
            var rows = new List<(string Id, string Category, string Severity)>();
            foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                foreach (string line in File.ReadAllLines(Path.Combine(folder, file)))
                {
                    Match m = Regex.Match(line, @"^(BWM\d{4})\s*\|\s*([^|]+?)\s*\|\s*(\w+)\s*\|");
                    if (m.Success)
                    {
                        rows.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
                    }
                }
            }

            Assert.Equal(Catalogue.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString())), rows);
        }

        [Fact]
        public void Documentation_has_one_section_per_id_with_title_severity_and_category()
        {
            IReadOnlyList<DocumentationSection> sections = DocumentationSection.Load();
            Assert.Equal(Catalogue.Select(d => d.Id), sections.Select(s => s.Id));
            string doc = File.ReadAllText(DocumentationSection.Path);
            foreach (DiagnosticDescriptor d in Catalogue)
            {
                DocumentationSection section = sections.Single(s => s.Id == d.Id);
                Assert.Equal(d.Id.ToLowerInvariant(), section.Anchor);
                Assert.Equal(d.HelpLinkUri!.Substring(d.HelpLinkUri.IndexOf('#') + 1), section.Anchor);
                Assert.Equal(d.Title.ToString(), section.Title);
                Assert.Contains("**Severity:** " + d.DefaultSeverity + " · **Category:** " + d.Category, section.Text);
                Assert.NotNull(section.Wrong);
                Assert.NotNull(section.Right);
                Assert.Contains("| [" + d.Id + "](#" + section.Anchor + ") | " + d.Title + " | " + d.DefaultSeverity + " | " + d.Category + " |", doc);
            }
        }

        [Fact]
        public void Documentation_shows_editorconfig_severity_configuration()
        {
            string doc = File.ReadAllText(DocumentationSection.Path);
            Assert.Contains("dotnet_diagnostic.BWM0016.severity = error", doc);
            Assert.Contains("dotnet_analyzer_diagnostic.category-BlynkWM.Security.severity = error", doc);
        }
    }
}
