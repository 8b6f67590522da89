using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>
    /// `dotnet pack` makes one package holding the generator and the analyzers (analyzers/dotnet/cs) and the runtime
    /// (lib/netstandard2.0); a fresh project installs it from a local folder feed and builds. The package version is unique
    /// per run and restores into a temporary packages folder, so the machine's global package cache never sees it.
    /// </summary>
    [Collection("dotnet")]
    public class PackageTests
    {
        [Fact]
        public async Task Pack_then_install_from_a_local_feed_into_a_fresh_project_and_build()
        {
            using var folder = new TempFolder("package");
            string repo = DotnetCli.RepoRoot();
            string feed = folder.Combine("feed");
            string version = "0.0.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N").Substring(0, 6);

            // 1. Pack.
            var (packExit, packOutput) = await DotnetCli.RunAsync(folder.Path, DotnetCli.BuildArguments(
                "pack", Path.Combine(repo, "analyzers", "BlynkWM.Package", "BlynkWM.Package.csproj"), "-o", feed, "-p:PackageVersion=" + version));
            Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
            string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            Assert.Equal("BlynkWM." + version + ".nupkg", Path.GetFileName(package));

            using (ZipArchive zip = ZipFile.OpenRead(package))
            {
                string[] entries = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
                Assert.Equal(new[]
                {
                    "analyzers/dotnet/cs/BlynkWM.Analyzers.dll",
                    "analyzers/dotnet/cs/BlynkWM.Generators.dll",
                    "lib/netstandard2.0/BlynkWM.Runtime.dll",
                }, entries);
                using var reader = new StreamReader(zip.GetEntry("BlynkWM.nuspec")!.Open());
                string nuspec = reader.ReadToEnd();
                Assert.Contains("<id>BlynkWM</id>", nuspec);
                Assert.DoesNotContain("<dependency ", nuspec); // nothing else to install: Roslyn comes with the compiler
            }

            // 2. A fresh project that knows nothing of this repository.
            string consumer = folder.Combine("consumer");
            string packages = folder.Combine("packages");
            Directory.CreateDirectory(consumer);
            File.Copy(Path.Combine(repo, "tests", "BlynkWM.Analyzers.IntegrationTests", "Fixtures", "Package", "Settings.cs"), Path.Combine(consumer, "Settings.cs"));
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>disable</Nullable>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <RestorePackagesPath>{packages}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="BlynkWM" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            // BlynkWM comes from the local feed only; anything else from the usual source.
            File.WriteAllText(Path.Combine(consumer, "NuGet.Config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="BlynkWM" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);

            var (buildExit, buildOutput) = await DotnetCli.RunAsync(consumer, "build", "Consumer.csproj", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary");

            Assert.True(buildExit == 0, "the consumer build failed:\n" + buildOutput);
            // The analyzers came with the package: the hard-coded secret is reported.
            Assert.Matches(new Regex(@"Settings\.cs\(\d+,\d+\): warning BWM0016"), buildOutput);
            // The generator came with the package: its output is there (and the probe using it compiled).
            string generated = Directory.GetFiles(Path.Combine(consumer, "obj"), "PackageConsumer.Settings.Storage.g.cs", SearchOption.AllDirectories).SingleOrDefault() ?? "";
            Assert.True(File.Exists(generated), "generated storage code not found:\n" + buildOutput);
            Assert.True(Directory.Exists(Path.Combine(packages, "blynkwm", version)), "the package should be restored into the temporary packages folder");
            string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            Assert.False(Directory.Exists(Path.Combine(globalPackages, "blynkwm", version)), "the global package cache must not receive test packages");
        }
    }
}
