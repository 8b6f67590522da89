using System.Collections.Generic;
using System.Linq;
using BlynkWM.Tests.Shared;

namespace BlynkWM.Surface.Tests
{
    /// <summary>
    /// The README's device code (its blocks headed "(device and host)") compiles for nanoFramework: with the runtime
    /// sources and the generated code, against nanoFramework's mscorlib and the surfaces at C# 9, warnings as errors,
    /// and passes the IL check.
    /// </summary>
    public class ReadmeDeviceCodeTests
    {
        [Fact]
        public void The_readmes_device_blocks_compile_against_the_nanoFramework_surface()
        {
            ReadmeSnippet[] device = ReadmeSnippet.Load(NanoCompiler.RepoRoot).Where(s => s.RunsOnDevice).ToArray();
            Assert.NotEmpty(device);
            var snippetTrees = device.Select(s => CSharpSyntaxTree.ParseText(s.Code, NanoCompiler.ParseOptions, path: s.FileName, encoding: System.Text.Encoding.UTF8)).ToArray();
            var trees = new List<SyntaxTree>(NanoCompiler.ParseRepoSources("runtime/BlynkWM.Runtime"));
            trees.AddRange(snippetTrees);

            GeneratorDriver driver = CSharpGeneratorDriver.Create(NanoCompiler.LoadGenerators(), parseOptions: NanoCompiler.ParseOptions)
                .RunGeneratorsAndUpdateCompilation(NanoCompiler.Compile("ReadmeDevice", trees), out Compilation output, out var generatorDiagnostics);

            Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
            var problems = generatorDiagnostics.Concat(NanoCompiler.ErrorsIncludingEmit((CSharpCompilation)output)).ToArray();
            Assert.True(problems.Length == 0, "README device code uses something nanoFramework lacks:\n" + NanoCompiler.Describe(problems));
            var findings = NanoCompiler.ILCheck((CSharpCompilation)output);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }
    }
}
