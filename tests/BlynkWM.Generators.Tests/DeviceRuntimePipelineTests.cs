using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BlynkWM.Generators.DeviceRuntime;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Generators.Tests
{
    /// <summary>
    /// The device-runtime steps: the target is flags only, computed from the references; in a nanoFramework compilation the
    /// runtime and the config files come once and stay cached across edits that do not concern them; on .NET nothing comes.
    /// </summary>
    public class DeviceRuntimePipelineTests
    {
        private static readonly CSharpParseOptions Nano = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });

        private static readonly string[] NanoReferenceNames =
        {
            "mscorlib", "nanoFramework.System.Text", "nanoFramework.System.Collections", "System.Math", "nanoFramework.System.IO.Hashing",
        };

        private static CSharpCompilation CompileNano(params string[] sources) => CSharpCompilation.Create(
            "Firmware",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Nano, path: "Source" + i + ".cs")),
            NanoReferenceNames.Select(n => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "nano-ref", n + ".dll"))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        private static GeneratorDriver Driver() => CompileHarness.CreateDriver(Nano);

        [Fact]
        public void On_dotnet_the_target_is_empty_and_nothing_of_the_runtime_is_emitted()
        {
            GeneratorRunResult result = CompileHarness.CreateDriver().RunGenerators(CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs"))).GetRunResult().Results.Single();

            Assert.Equal(default(DeviceRuntimeTarget), Assert.Single(Outputs(result, TrackingNames.DeviceRuntimeTarget)));
            Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("BlynkWM.Runtime.", StringComparison.Ordinal) || s.HintName.StartsWith("BlynkWM.DeviceRuntime.", StringComparison.Ordinal));
            Assert.Equal(2, result.GeneratedSources.Length); // the config's storage and portal files only
        }

        [Fact]
        public void In_a_nanoFramework_compilation_the_target_holds_flags_and_the_configs_are_generated_against_the_emitted_runtime()
        {
            GeneratorRunResult result = Driver().RunGenerators(CompileNano(CompileHarness.SampleSource("DeviceConfig.cs"))).GetRunResult().Results.Single();

            var target = (DeviceRuntimeTarget)Assert.Single(Outputs(result, TrackingNames.DeviceRuntimeTarget));
            Assert.True(target.IsNanoFramework);
            Assert.True(target.WantsCore);
            Assert.False(target.WantsEsp32);
            Assert.Equal(NanoLibraries.Core, target.Referenced);
            Assert.Null(target.Problem);
            Assert.Contains(result.GeneratedSources, s => s.HintName == "BlynkWM.Runtime.Storage.Crc32.g.cs");
            Assert.Contains(result.GeneratedSources, s => s.HintName == "BlynkWM.Samples.DeviceConfig.Storage.g.cs");
            Assert.Contains(result.GeneratedSources, s => s.HintName == "BlynkWM.Samples.DeviceConfig.Portal.g.cs");
            // The attribute does not resolve for the main pipeline here (the runtime is this generator's output): its steps never run.
            GeneratorSteps.AssertNoCompilationObjects(result, TrackingNames.DeviceRuntimeTarget, TrackingNames.DeviceRuntimeConfigModels);
        }

        [Fact]
        public void In_a_nanoFramework_compilation_an_unrelated_edit_leaves_the_runtime_and_the_config_files_cached()
        {
            CSharpCompilation compilation = CompileNano(CompileHarness.SampleSource("DeviceConfig.cs"), "class Other { int X; }");
            GeneratorDriver driver = Driver().RunGenerators(compilation);

            CSharpCompilation edited = CompileHarness.Edit(compilation, compilation.SyntaxTrees.Last(), "int X;", "int X; int Y;");
            GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

            AssertReasons(rerun, TrackingNames.DeviceRuntimeTarget, IncrementalStepRunReason.Unchanged);
            AssertReasons(rerun, TrackingNames.DeviceRuntimeConfigModels, IncrementalStepRunReason.Unchanged);
            GeneratorSteps.AssertAllCachedOrUnchanged(rerun, TrackingNames.DeviceRuntimeTarget, TrackingNames.DeviceRuntimeConfigModels);
        }

        [Fact]
        public void In_a_nanoFramework_compilation_editing_the_config_rebuilds_its_model_but_not_the_runtime()
        {
            CSharpCompilation compilation = CompileNano(CompileHarness.SampleSource("DeviceConfig.cs"));
            GeneratorDriver driver = Driver().RunGenerators(compilation);

            CSharpCompilation edited = CompileHarness.Edit(compilation, compilation.SyntaxTrees.Single(), "MaxLength = 40", "MaxLength = 41");
            driver = driver.RunGenerators(edited);
            GeneratorRunResult rerun = driver.GetRunResult().Results.Single();

            AssertReasons(rerun, TrackingNames.DeviceRuntimeTarget, IncrementalStepRunReason.Unchanged);
            GeneratorSteps.AssertModified(rerun, TrackingNames.DeviceRuntimeConfigModels);
            Assert.Contains("41", rerun.GeneratedSources.Single(s => s.HintName == "BlynkWM.Samples.DeviceConfig.Storage.g.cs").SourceText.ToString());
        }

        /// <summary>
        /// A default in another part of the class that is not a literal is out of the parser's reach in the main pipeline
        /// and the analyzer (BWM0017): the nanoFramework pipeline generates nothing for it either, rather than code the
        /// analyzer refuses.
        /// </summary>
        [Fact]
        public void In_a_nanoFramework_compilation_the_config_is_parsed_with_the_attributed_file_only_as_the_analyzer_does()
        {
            const string attributed = """
                using BlynkWM;
                namespace N
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class C
                    {
                        [WifiCredential("w")] public WifiCredential W = new WifiCredential();
                        [BlynkCredential("b")] public BlynkCredential B = new BlynkCredential();
                    }
                }
                """;
            const string otherPart = """
                using BlynkWM;
                namespace N
                {
                    public partial class C
                    {
                        private const string Broker = "broker";
                        [DynamicParam("mqtt", MaxLength = 20)] public string Mqtt = Broker;
                    }
                }
                """;

            GeneratorRunResult result = Driver().RunGenerators(CompileNano(attributed, otherPart)).GetRunResult().Results.Single();

            Assert.Contains(result.GeneratedSources, s => s.HintName == "BlynkWM.Runtime.Storage.Crc32.g.cs");
            Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("N.C.", StringComparison.Ordinal));
        }

        [Fact]
        public void Adding_a_reference_changes_the_target()
        {
            CSharpCompilation compilation = CompileNano("class Empty { }");
            GeneratorDriver driver = Driver().RunGenerators(compilation.RemoveReferences(compilation.References.Where(r => r.Display!.EndsWith("nanoFramework.System.Text.dll", StringComparison.Ordinal))));
            Assert.Equal(DeviceRuntimeEmitter.ErrorHintName, Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources).HintName);

            GeneratorRunResult rerun = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            GeneratorSteps.AssertModified(rerun, TrackingNames.DeviceRuntimeTarget);
            Assert.Contains(rerun.GeneratedSources, s => s.HintName == "BlynkWM.Runtime.Storage.Crc32.g.cs");
        }

        private static IEnumerable<object> Outputs(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value);

        private static void AssertReasons(GeneratorRunResult result, string step, IncrementalStepRunReason expected)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Equal(expected, o.Reason));
        }
    }
}
