using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Tests
{
    /// <summary>The generator's incremental pipeline: one parse, every step tracked, cached and free of compilation objects.</summary>
    public class PipelineTests
    {
        private static GeneratorDriver Driver(params AdditionalText[] files) =>
            CompileHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create(files));

        [Fact]
        public void One_parse_per_class_feeds_both_files()
        {
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"), CompileHarness.SampleSource("SpiffsConfig.cs"));
            GeneratorDriverRunResult run = Driver().RunGenerators(compilation).GetRunResult();

            GeneratorRunResult result = Assert.Single(run.Results);
            Assert.Equal(2, result.TrackedSteps[TrackingNames.ParsedConfigs].Length);
            Assert.Equal(2, CompileHarness.StorageSources(run).Length);
            Assert.Equal(2, CompileHarness.PortalSources(run).Length);
        }

        /// <summary>
        /// No step output keeps a symbol, syntax, semantic model, location or compilation: each would hold the whole
        /// compilation in the driver's cache and make the step compare unequal on every edit.
        /// </summary>
        [Fact]
        public void No_tracked_step_holds_a_compilation_object()
        {
            CSharpCompilation compilation = CompileHarness.CompileNet80(
                CompileHarness.SampleSource("DeviceConfig.cs"), CompileHarness.SampleSource("GreenhouseConfig.cs"), CompileHarness.SampleSource("SpiffsConfig.cs"),
                "using BlynkWM;\n[BlynkConfig(ConfigStorage.Eeprom)] public class Broken { }");
            GeneratorDriver driver = Driver(new TextFile("/p/blynkwm.portal.css", "h1{color:red}"), new TextFile("/p/blynkwm.portal.head.html", "<meta name=x>"));

            GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Equal(3, result.TrackedSteps[TrackingNames.ConfigModels].Length);
            GeneratorSteps.AssertNoCompilationObjects(result);
        }

        [Fact]
        public void The_compilation_object_check_finds_one_however_deep()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText("class C { }");
            var nested = (1, new List<object> { "text", new KeyValuePair<string, object>("k", new[] { tree }) });

            Assert.StartsWith("step.Item2[1].value[0] (", GeneratorSteps.FindCompilationObject(nested, "step", new HashSet<object>(ReferenceEqualityComparer.Instance)));
            Assert.Null(GeneratorSteps.FindCompilationObject((1, "text", new[] { 1, 2 }), "step", new HashSet<object>(ReferenceEqualityComparer.Instance)));
        }

        [Fact]
        public void Unrelated_edits_to_code_and_additional_files_leave_every_tracked_step_cached_or_unchanged()
        {
            var css = new TextFile("/p/blynkwm.portal.css", "h1{color:red}");
            var other = new TextFile("/p/appsettings.txt", "a");
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"), "class Other { int X; }");
            GeneratorDriver driver = Driver(css, other).RunGenerators(compilation);

            CSharpCompilation edited = CompileHarness.Edit(compilation, compilation.SyntaxTrees.Last(), "int X;", "int X; int Y;")
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }", CompileHarness.ParseOptions, path: "Added.cs"));
            driver = driver.ReplaceAdditionalText(other, new TextFile("/p/appsettings.txt", "b"))
                .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new TextFile("/p/more.json", "{}")));

            GeneratorSteps.AssertAllCachedOrUnchanged(driver.RunGenerators(edited).GetRunResult().Results.Single());
        }

        [Fact]
        public void Editing_the_config_rebuilds_its_model_and_both_files()
        {
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver().RunGenerators(compilation);

            CSharpCompilation edited = CompileHarness.Edit(compilation, compilation.SyntaxTrees.Single(), "MaxLength = 40", "MaxLength = 41");
            GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

            GeneratorSteps.AssertModified(rerun, TrackingNames.ConfigModels);
            GeneratorSteps.AssertModified(rerun, TrackingNames.StorageSources);
            GeneratorSteps.AssertModified(rerun, TrackingNames.PortalSources);
        }

        [Fact]
        public void Editing_the_portal_css_file_rebuilds_the_page_only()
        {
            var css = new TextFile("/p/blynkwm.portal.css", "h1{color:red}");
            CSharpCompilation compilation = CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver(css).RunGenerators(compilation);

            driver = driver.ReplaceAdditionalText(css, new TextFile("/p/blynkwm.portal.css", "h1{color:blue}")).RunGenerators(compilation);
            GeneratorRunResult rerun = driver.GetRunResult().Results.Single();

            GeneratorSteps.AssertModified(rerun, TrackingNames.PortalSources);
            Assert.All(rerun.TrackedSteps[TrackingNames.StorageSources].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.Contains("h1{color:blue}", Assert.Single(CompileHarness.PortalSources(driver.GetRunResult())).SourceText.ToString());
        }
    }
}
