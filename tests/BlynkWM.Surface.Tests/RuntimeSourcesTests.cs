using System.Collections.Generic;
using System.Linq;

namespace BlynkWM.Surface.Tests
{
    /// <summary>
    /// The device-side runtime (runtime/BlynkWM.Runtime), the sample configs (samples/Configs) and the code
    /// the generator emits for them must compile against nanoFramework's mscorlib and the surfaces, at C# 9, and pass
    /// the IL check. A failure names the file, line and API; runtime/BlynkWM.Runtime.Nano gives the same errors in a build.
    /// </summary>
    public class RuntimeSourcesTests
    {
        [Fact]
        public void Runtime_sources_compile_against_the_nanoFramework_surface()
        {
            var trees = NanoCompiler.ParseRepoSources("runtime/BlynkWM.Runtime");
            Assert.NotEmpty(trees);

            var errors = NanoCompiler.ErrorsIncludingEmit(NanoCompiler.Compile("BlynkWM.Runtime.Nano", trees));

            Assert.True(errors.IsEmpty, "Device-side runtime code uses something nanoFramework lacks:\n" + NanoCompiler.Describe(errors));
        }

        [Fact]
        public void Runtime_sources_pass_the_IL_check()
        {
            var compilation = NanoCompiler.Compile("BlynkWM.Runtime.Nano", NanoCompiler.ParseRepoSources("runtime/BlynkWM.Runtime"));

            var findings = NanoCompiler.ILCheck(compilation);

            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }

        [Fact]
        public void Sample_configs_and_generated_code_compile_against_the_nanoFramework_surface()
        {
            var trees = new List<SyntaxTree>(NanoCompiler.ParseRepoSources("runtime/BlynkWM.Runtime"));
            var samples = NanoCompiler.ParseRepoSources("samples/Configs");
            trees.AddRange(samples);
            var compilation = NanoCompiler.Compile("BlynkWM.Runtime.Nano", trees);

            var generators = NanoCompiler.LoadGenerators();
            Assert.NotEmpty(generators);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, parseOptions: NanoCompiler.ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

            var generated = driver.GetRunResult().GeneratedTrees;
            if (samples.Count > 0)
            {
                Assert.NotEmpty(generated);
            }

            var problems = generatorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Concat(NanoCompiler.ErrorsIncludingEmit((CSharpCompilation)output))
                .ToArray();
            Assert.True(problems.Length == 0, "Samples or generated code use something nanoFramework lacks:\n" + NanoCompiler.Describe(problems));

            var findings = NanoCompiler.ILCheck((CSharpCompilation)output);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }
    }
}
