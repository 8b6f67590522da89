using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>The integration tests run one dotnet process at a time: they share the repository's build outputs.</summary>
    [CollectionDefinition("dotnet", DisableParallelization = true)]
    public sealed class DotnetCollection
    {
    }

    /// <summary>
    /// A user's project referencing the runtime, and the generator (which holds the analyzers) as an analyzer (not as a library), built by
    /// a real <c>dotnet build</c>: a broken config fails the build with its BWM ids, a valid one builds with generated code.
    /// </summary>
    [Collection("dotnet")]
    public class UserProjectBuildTests
    {
        private static string Fixture(TempFolder folder, string name)
        {
            string repo = RepositoryRoot.Path;
            string directory = folder.Combine(name);
            Directory.CreateDirectory(directory);
            foreach (string file in Directory.GetFiles(Path.Combine(repo, "tests", "BlynkWM.Analyzers.IntegrationTests", "Fixtures", name), "*.cs"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            string project = Path.Combine(directory, name + ".csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>disable</Nullable>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{repo}/runtime/BlynkWM.Runtime/BlynkWM.Runtime.csproj" />
                    <ProjectReference Include="{repo}/generators/BlynkWM.Generators/BlynkWM.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            return project;
        }

        private static string GeneratedFile(string project, string hintName)
        {
            string root = Path.Combine(Path.GetDirectoryName(project)!, "obj");
            return Directory.Exists(root)
                ? Directory.GetFiles(root, hintName, SearchOption.AllDirectories).FirstOrDefault() ?? ""
                : "";
        }

        [Fact]
        public async Task Broken_config_fails_dotnet_build_with_its_BWM_ids_at_their_locations()
        {
            using var folder = new TempFolder("invalid");
            string project = Fixture(folder, "Invalid");

            var (exitCode, output) = await DotnetCli.RunAsync(folder.Path, DotnetCli.BuildArguments("build", project));

            Assert.True(exitCode != 0, "the build should fail:\n" + output);
            Assert.Matches(new Regex(@"Settings\.cs\(7,18\): error BWM0001: 'Settings' must be partial"), output);
            Assert.Matches(new Regex(@"Settings\.cs\(11,\d+\): error BWM0009: 'MqttServer' needs a MaxLength"), output);
            Assert.Contains("docs/diagnostics.md#bwm0001", output);
            // The generator stayed silent: no storage code for the broken class, and no compiler error about generated code.
            Assert.Equal("", GeneratedFile(project, "Fixture.Settings.Storage.g.cs"));
            Assert.DoesNotContain("error CS", output);
        }

        [Fact]
        public async Task Valid_config_builds_with_generated_code_and_shows_warnings()
        {
            using var folder = new TempFolder("valid");
            string project = Fixture(folder, "Valid");

            var (exitCode, output) = await DotnetCli.RunAsync(folder.Path, DotnetCli.BuildArguments("build", project));

            Assert.True(exitCode == 0, "the build should succeed:\n" + output);
            Assert.Matches(new Regex(@"Settings\.cs\(\d+,\d+\): warning BWM0016: 'MqttPassword' is a secret"), output);
            Assert.DoesNotContain(": error ", output);
            string generated = GeneratedFile(project, "Fixture.Settings.Storage.g.cs");
            Assert.True(File.Exists(generated), "generated storage code not found under obj/:\n" + output);
            Assert.Contains("partial class Settings", File.ReadAllText(generated));
        }

        [Fact]
        public async Task Editorconfig_turns_a_warning_into_a_build_error()
        {
            using var folder = new TempFolder("editorconfig");
            string project = Fixture(folder, "Valid");
            File.WriteAllText(folder.Combine(".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.BWM0016.severity = error\n");

            var (exitCode, output) = await DotnetCli.RunAsync(folder.Path, DotnetCli.BuildArguments("build", project));

            Assert.True(exitCode != 0, "the build should fail:\n" + output);
            Assert.Matches(new Regex(@"Settings\.cs\(\d+,\d+\): error BWM0016: 'MqttPassword' is a secret"), output);
        }
    }
}
