using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using BlynkWM.Tests.Shared;
using Xunit;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>
    /// The packed BlynkWM package installed into a nanoFramework application of each project shape — SDK-style
    /// (PackageReference, netnano1.0) and classic (.nfproj-like: packages.config, packages unpacked into packages\, an
    /// Import of build\BlynkWM.props) — compiled at C# 9 against nanoFramework's real mscorlib (nanoFramework.CoreLibrary
    /// 1.17.11) and the other nanoFramework libraries (the surfaces, or the real libraries NANOFRAMEWORK_LIBS names) with
    /// no warning, and IL-checked. The firmware is samples/Esp32Device's sources: it holds nothing of BlynkWM but its own
    /// code, so the runtime and the ESP32 adapters can only come from the package.
    /// </summary>
    [Collection("dotnet")]
    public class NanoPackageTests : IClassFixture<NanoPackageTests.PackedPackage>
    {
        private static readonly Regex Warning = new Regex(@"[:)] warning [A-Z]+\d+", RegexOptions.Compiled);

        private readonly PackedPackage _package;

        public NanoPackageTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void The_package_gives_nanoFramework_no_assembly_and_no_dependency_and_classic_projects_a_props_file()
        {
            using ZipArchive zip = ZipFile.OpenRead(_package.Path);
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Equal(new[] { "lib/netnano1.0/_._" }, entries.Where(e => e.StartsWith("lib/netnano1.0/", StringComparison.Ordinal)));
            Assert.Contains("build/BlynkWM.props", entries);
            Assert.Contains("analyzers/dotnet/cs/BlynkWM.Generators.dll", entries);

            using var reader = new StreamReader(zip.GetEntry("BlynkWM.nuspec")!.Open());
            XDocument nuspec = XDocument.Parse(reader.ReadToEnd());
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement nano = Assert.Single(nuspec.Descendants(ns + "group"), g => g.Attribute("targetFramework")!.Value == ".NETnanoFramework1.0");
            Assert.Empty(nano.Elements());
        }

        [Fact]
        public async Task An_SDK_style_nanoFramework_project_installs_it_and_compiles_warning_free_against_the_real_CoreLibrary()
        {
            using var folder = new TempFolder("nano-sdk");
            string project = folder.Combine("firmware");
            Directory.CreateDirectory(project);
            File.Copy(Fixture("NanoSdk", "Firmware.csproj.in"), Path.Combine(project, "Firmware.csproj"));
            CopyFirmwareSources(Path.Combine(project, "src"));
            File.WriteAllText(Path.Combine(project, "nuget.config"), NuGetConfig(_package.Feed));
            string packages = folder.Combine("packages");

            var (exit, output) = await DotnetCli.RunAsync(project, "build", "Firmware.csproj", "-c", "Release", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary",
                "-p:BlynkWMVersion=" + _package.Version, "-p:NanoLibraries=" + NanoLibraries, "-p:FixturePackages=" + packages);

            Assert.True(exit == 0, "the SDK-style nanoFramework build failed:\n" + output);
            Assert.DoesNotMatch(Warning, output);

            // NuGet chose lib/netnano1.0 (nothing) and the empty dependency group: neither the netstandard2.0 runtime
            // nor System.IO.Hashing for .NET reached the firmware.
            using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")));
            Assert.Equal(new[] { "BlynkWM/" + _package.Version, "nanoFramework.CoreLibrary/1.17.11" }, assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
            JsonElement blynkwm = assets.RootElement.GetProperty("targets").GetProperty("netnano1.0").GetProperty("BlynkWM/" + _package.Version);
            Assert.Equal(new[] { "lib/netnano1.0/_._" }, blynkwm.GetProperty("compile").EnumerateObject().Select(p => p.Name));

            await AssertILCheckClean(Path.Combine(project, "bin", "Release", "netnano1.0", "Firmware.exe"), Path.Combine(packages, "nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll"));
        }

        [Fact]
        public async Task A_classic_packages_config_project_gets_the_generator_from_the_props_file_and_compiles_warning_free()
        {
            using var folder = new TempFolder("nano-classic");
            string project = folder.Combine("firmware");
            Directory.CreateDirectory(project);
            File.Copy(Fixture("NanoClassic", "Firmware.csproj.in"), Path.Combine(project, "Firmware.csproj"));
            File.WriteAllText(Path.Combine(project, "packages.config"), File.ReadAllText(Fixture("NanoClassic", "packages.config")).Replace("$BlynkWMVersion$", _package.Version));
            CopyFirmwareSources(Path.Combine(project, "src"));

            // What a packages.config restore does: each package unpacked into packages\<id>.<version>\.
            string blynkwm = Path.Combine(project, "packages", "BlynkWM." + _package.Version);
            ZipFile.ExtractToDirectory(_package.Path, blynkwm);
            ZipFile.ExtractToDirectory(CoreLibraryPackage(), Path.Combine(project, "packages", "nanoFramework.CoreLibrary.1.17.11"));
            string[] build = { "msbuild", "Firmware.csproj", "-nologo", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary", "-p:BlynkWMVersion=" + _package.Version, "-p:NanoLibraries=" + NanoLibraries };

            var (exit, output) = await DotnetCli.RunAsync(project, build);

            Assert.True(exit == 0, "the classic nanoFramework build failed:\n" + output);
            Assert.DoesNotMatch(Warning, output);
            await AssertILCheckClean(Path.Combine(project, "bin", "Release", "Firmware.exe"), Path.Combine(project, "packages", "nanoFramework.CoreLibrary.1.17.11", "lib", "mscorlib.dll"));

            // Without the props file nothing adds the generator, and the firmware does not compile: it is what delivers it.
            File.Delete(Path.Combine(blynkwm, "build", "BlynkWM.props"));
            var (withoutExit, withoutOutput) = await DotnetCli.RunAsync(project, build.Append("-t:Rebuild").ToArray());
            Assert.NotEqual(0, withoutExit);
            Assert.Contains("BlynkConfig", withoutOutput);
        }

        /// <summary>
        /// samples/Esp32Device/Esp32Device.nfproj, which cannot be built here (no nanoFramework project system), agrees with
        /// what is: it compiles exactly the sample's sources (those build-check compiles), references one assembly of each
        /// nanoFramework package of packages.config at the version listed there, and imports the BlynkWM props file of
        /// the listed version.
        /// </summary>
        [Fact]
        public void The_sample_nfproj_matches_its_sources_and_packages_config()
        {
            string sample = RepositoryRoot.Combine("samples", "Esp32Device");
            XDocument nfproj = XDocument.Load(Path.Combine(sample, "Esp32Device.nfproj"));
            XNamespace ms = nfproj.Root!.Name.Namespace;
            string[] compiled = nfproj.Descendants(ms + "Compile").Select(c => c.Attribute("Include")!.Value).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(Directory.GetFiles(sample, "*.cs").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal), compiled);

            var packages = XDocument.Load(Path.Combine(sample, "packages.config")).Descendants("package")
                .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value);
            string[] hintPaths = nfproj.Descendants(ms + "HintPath").Select(h => h.Value).ToArray();
            Assert.Equal(
                packages.Where(p => p.Key != "BlynkWM").Select(p => p.Key + "." + p.Value).OrderBy(n => n, StringComparer.Ordinal),
                hintPaths.Select(h => h.Split('\\')[1]).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Contains(nfproj.Descendants(ms + "Import"), i => i.Attribute("Project")!.Value == @"packages\BlynkWM." + packages["BlynkWM"] + @"\build\BlynkWM.props");
            Assert.DoesNotContain(hintPaths, h => h.Contains("BlynkWM", StringComparison.Ordinal));
        }

        /// <summary>The other nanoFramework libraries: the real ones when NANOFRAMEWORK_LIBS names them, else the surfaces.</summary>
        private static string NanoLibraries =>
            Environment.GetEnvironmentVariable("NANOFRAMEWORK_LIBS") is { Length: > 0 } real && Directory.Exists(real)
                ? real
                : Path.Combine(AppContext.BaseDirectory, "nano-libs");

        private static string Fixture(params string[] parts) =>
            RepositoryRoot.Combine(new[] { "tests", "BlynkWM.Analyzers.IntegrationTests", "Fixtures" }.Concat(parts).ToArray());

        /// <summary>The firmware: the ESP32 sample's sources.</summary>
        private static void CopyFirmwareSources(string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (string file in Directory.GetFiles(RepositoryRoot.Combine("samples", "Esp32Device"), "*.cs"))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }
        }

        private static string CoreLibraryPackage()
        {
            string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string package = Path.Combine(globalPackages, "nanoframework.corelibrary", "1.17.11", "nanoframework.corelibrary.1.17.11.nupkg");
            Assert.True(File.Exists(package), "nanoFramework.CoreLibrary 1.17.11 is not restored (" + package + "); build the solution first");
            return package;
        }

        /// <summary>The IL check (tests/BlynkWM.ILCheck) over the built firmware, against what it was compiled with.</summary>
        private static async Task AssertILCheckClean(string firmware, string mscorlib)
        {
            string ilcheck = RepositoryRoot.Combine("tests", "BlynkWM.ILCheck", "bin", DotnetCli.Configuration, "net10.0", "BlynkWM.ILCheck.dll");
            var arguments = new System.Collections.Generic.List<string> { ilcheck, "-r", mscorlib };
            foreach (string library in Directory.GetFiles(NanoLibraries, "*.dll"))
            {
                arguments.Add("-r");
                arguments.Add(library);
            }

            arguments.Add(firmware);
            var (exit, output) = await DotnetCli.RunAsync(Path.GetDirectoryName(firmware)!, arguments.ToArray());
            Assert.True(exit == 0, "the IL check failed on " + firmware + ":\n" + output);
        }

        private static string NuGetConfig(string feed) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="blynkwm" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="blynkwm"><package pattern="BlynkWM" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """;

        /// <summary>The package, packed once for these tests with a version of its own, in a temporary feed folder.</summary>
        public sealed class PackedPackage : IDisposable
        {
            private readonly TempFolder _folder = new TempFolder("nano-package");

            public PackedPackage()
            {
                Version = "0.0.0-nano." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N").Substring(0, 6);
                Feed = _folder.Combine("feed");
                var (exit, output) = DotnetCli.RunAsync(_folder.Path, DotnetCli.BuildArguments(
                    "pack", RepositoryRoot.Combine("packaging", "BlynkWM.Package", "BlynkWM.Package.csproj"), "-o", Feed, "-p:PackageVersion=" + Version)).GetAwaiter().GetResult();
                if (exit != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + output);
                }

                Path = System.IO.Path.Combine(Feed, "BlynkWM." + Version + ".nupkg");
            }

            public string Version { get; }

            public string Feed { get; }

            public string Path { get; }

            public void Dispose() => _folder.Dispose();
        }
    }
}
