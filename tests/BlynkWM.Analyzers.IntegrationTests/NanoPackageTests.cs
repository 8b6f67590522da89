using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>
    /// The packed BlynkWM package installed into a nanoFramework application of each project shape — SDK-style
    /// (PackageReference, netnano1.0) and classic (.nfproj-like: packages.config, packages unpacked into packages\, an
    /// Import of build\BlynkWM.props) — compiled at C# 9 against nanoFramework's real mscorlib (nanoFramework.CoreLibrary
    /// 1.17.11) and the other nanoFramework libraries (the surfaces, or the real libraries NANOFRAMEWORK_LIBS names) with
    /// no warning, and IL-checked. The firmware is samples/Esp32Device's sources, holding nothing of BlynkWM but its own
    /// code, and, as in the sample, a class library with no source at all for the runtime (one nanoFramework assembly
    /// holds at most 64 KB of bytecode): the runtime and the ESP32 adapters can only come from the package.
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
            var (project, runtime) = CreateFirmware(folder, "NanoSdk");
            File.WriteAllText(folder.Combine("nuget.config"), LocalFeed.NuGetConfig(_package.Feed));
            string packages = folder.Combine("packages");

            var (exit, output) = await DotnetCli.RunAsync(project, "build", "Firmware.csproj", "-c", "Release", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary",
                "-p:BlynkWMVersion=" + _package.Version, "-p:NanoLibraries=" + NanoLibraries, "-p:FixturePackages=" + packages,
                "-p:RuntimeProject=" + Path.Combine(runtime, "Runtime.csproj"));

            Assert.True(exit == 0, "the SDK-style nanoFramework build failed:\n" + output);
            Assert.DoesNotMatch(Warning, output);

            // NuGet chose lib/netnano1.0 (nothing) and the empty dependency group: neither the netstandard2.0 runtime
            // nor System.IO.Hashing for .NET reached the firmware.
            using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")));
            Assert.Equal(new[] { "BlynkWM/" + _package.Version, "Firmware.Runtime/1.0.0", "nanoFramework.CoreLibrary/1.17.11" }, assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
            JsonElement blynkwm = assets.RootElement.GetProperty("targets").GetProperty("netnano1.0").GetProperty("BlynkWM/" + _package.Version);
            Assert.Equal(new[] { "lib/netnano1.0/_._" }, blynkwm.GetProperty("compile").EnumerateObject().Select(p => p.Name));

            string bin = Path.Combine(project, "bin", "Release", "netnano1.0");
            string mscorlib = Path.Combine(packages, "nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll");
            await AssertILCheckClean(Path.Combine(bin, "Firmware.Runtime.dll"), mscorlib);
            await AssertILCheckClean(Path.Combine(bin, "Firmware.exe"), mscorlib, Path.Combine(bin, "Firmware.Runtime.dll"));
            AssertRuntimeInTheLibraryOnly(Path.Combine(bin, "Firmware.Runtime.dll"), Path.Combine(bin, "Firmware.exe"));
        }

        [Fact]
        public async Task A_classic_packages_config_project_gets_the_generator_from_the_props_file_and_compiles_warning_free()
        {
            using var folder = new TempFolder("nano-classic");
            var (project, runtime) = CreateFirmware(folder, "NanoClassic");
            File.WriteAllText(Path.Combine(project, "packages.config"), File.ReadAllText(Fixture("NanoClassic", "packages.config")).Replace("$BlynkWMVersion$", _package.Version));

            // What a packages.config restore does: each package unpacked into the solution's packages\<id>.<version>\.
            string blynkwm = folder.Combine("packages", "BlynkWM." + _package.Version);
            ZipFile.ExtractToDirectory(_package.Path, blynkwm);
            ZipFile.ExtractToDirectory(CoreLibraryPackage(), folder.Combine("packages", "nanoFramework.CoreLibrary.1.17.11"));
            string[] build = { "msbuild", "Firmware.csproj", "-nologo", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary", "-p:BlynkWMVersion=" + _package.Version, "-p:NanoLibraries=" + NanoLibraries };

            var (exit, output) = await DotnetCli.RunAsync(project, build);

            Assert.True(exit == 0, "the classic nanoFramework build failed:\n" + output);
            Assert.DoesNotMatch(Warning, output);
            string classicMscorlib = folder.Combine("packages", "nanoFramework.CoreLibrary.1.17.11", "lib", "mscorlib.dll");
            string library = Path.Combine(runtime, "bin", "Release", "Firmware.Runtime.dll");
            await AssertILCheckClean(library, classicMscorlib);
            await AssertILCheckClean(Path.Combine(project, "bin", "Release", "Firmware.exe"), classicMscorlib, library);
            AssertRuntimeInTheLibraryOnly(library, Path.Combine(project, "bin", "Release", "Firmware.exe"));

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

            // The runtime's library: no code of its own (one comment file: the compiler wants a source), the packages of its packages.config from the solution's folder.
            XDocument library = XDocument.Load(Path.Combine(sample, "Esp32Device.Runtime", "Esp32Device.Runtime.nfproj"));
            Assert.Equal(new[] { "BlynkWMRuntime.cs" }, library.Descendants(ms + "Compile").Select(c => c.Attribute("Include")!.Value));
            Assert.Equal(new[] { "BlynkWMRuntime.cs" }, Directory.GetFiles(Path.Combine(sample, "Esp32Device.Runtime"), "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName));
            var libraryPackages = XDocument.Load(Path.Combine(sample, "Esp32Device.Runtime", "packages.config")).Descendants("package")
                .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value);
            Assert.Equal(
                libraryPackages.Where(p => p.Key != "BlynkWM").Select(p => p.Key + "." + p.Value).OrderBy(n => n, StringComparer.Ordinal),
                library.Descendants(ms + "HintPath").Select(h => h.Value.Split('\\')[2]).OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(libraryPackages, p => Assert.Equal(packages[p.Key], p.Value));
            Assert.Contains(nfproj.Descendants(ms + "ProjectReference"), r => r.Attribute("Include")!.Value == @"Esp32Device.Runtime\Esp32Device.Runtime.nfproj");
        }

        /// <summary>The other nanoFramework libraries: the real ones when NANOFRAMEWORK_LIBS names them, else the surfaces.</summary>
        private static string NanoLibraries =>
            Environment.GetEnvironmentVariable("NANOFRAMEWORK_LIBS") is { Length: > 0 } real && Directory.Exists(real)
                ? real
                : Path.Combine(AppContext.BaseDirectory, "nano-libs");

        private static string Fixture(params string[] parts) =>
            RepositoryRoot.Combine(new[] { "tests", "BlynkWM.Analyzers.IntegrationTests", "Fixtures" }.Concat(parts).ToArray());

        /// <summary>
        /// The firmware's two projects in <paramref name="folder"/>, firmware/ and runtime/: the project files of
        /// Fixtures/<paramref name="shape"/>, each with its part of the ESP32 sample's sources in src/.
        /// </summary>
        private static (string Project, string Runtime) CreateFirmware(TempFolder folder, string shape)
        {
            string project = folder.Combine("firmware");
            string runtime = folder.Combine("runtime");
            Directory.CreateDirectory(project);
            Directory.CreateDirectory(runtime);
            File.Copy(Fixture(shape, "Firmware.csproj.in"), Path.Combine(project, "Firmware.csproj"));
            File.Copy(Fixture(shape, "Runtime.csproj.in"), Path.Combine(runtime, "Runtime.csproj"));
            Copy(RepositoryRoot.Combine("samples", "Esp32Device"), Path.Combine(project, "src"));
            Copy(RepositoryRoot.Combine("samples", "Esp32Device", "Esp32Device.Runtime"), Path.Combine(runtime, "src"));
            return (project, runtime);

            static void Copy(string from, string to)
            {
                Directory.CreateDirectory(to);
                foreach (string file in Directory.GetFiles(from, "*.cs"))
                {
                    File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
                }
            }
        }

        private static string CoreLibraryPackage()
        {
            string package = Path.Combine(LocalFeed.GlobalPackages, "nanoframework.corelibrary", "1.17.11", "nanoframework.corelibrary.1.17.11.nupkg");
            Assert.True(File.Exists(package), "nanoFramework.CoreLibrary 1.17.11 is not restored (" + package + "); build the solution first");
            return package;
        }

        /// <summary>The IL check (tests/BlynkWM.ILCheck) over the built firmware, against what it was compiled with.</summary>
        private static async Task AssertILCheckClean(string firmware, string mscorlib, params string[] more)
        {
            string ilcheck = RepositoryRoot.Combine("tests", "BlynkWM.ILCheck", "bin", DotnetCli.Configuration, "net10.0", "BlynkWM.ILCheck.dll");
            var arguments = new System.Collections.Generic.List<string> { ilcheck, "-r", mscorlib };
            foreach (string reference in more)
            {
                arguments.Add("-r");
                arguments.Add(reference);
            }

            foreach (string library in Directory.GetFiles(NanoLibraries, "*.dll"))
            {
                arguments.Add("-r");
                arguments.Add(library);
            }

            arguments.Add(firmware);
            var (exit, output) = await DotnetCli.RunAsync(Path.GetDirectoryName(firmware)!, arguments.ToArray());
            Assert.True(exit == 0, "the IL check failed on " + firmware + ":\n" + output);
        }

        /// <summary>
        /// The runtime went into the library, the adapters and the config's code into the application, and nothing twice:
        /// each assembly stays within the 64 KB of bytecode nanoFramework's metadata processor allows one.
        /// </summary>
        private static void AssertRuntimeInTheLibraryOnly(string library, string application)
        {
            string[] libraryTypes = TypeNames(library);
            string[] applicationTypes = TypeNames(application);
            Assert.Contains("BlynkWM.BlynkConfigAttribute", libraryTypes);
            Assert.DoesNotContain("BlynkWM.BlynkConfigAttribute", applicationTypes);
            Assert.DoesNotContain(libraryTypes, t => t.StartsWith("BlynkWM.Esp32.", StringComparison.Ordinal));
            Assert.Contains("BlynkWM.Esp32.Device.UptimeClock", applicationTypes);
            Assert.Contains("Esp32Device.Esp32DeviceConfig", applicationTypes);
        }

        private static string[] TypeNames(string assembly)
        {
            using var stream = File.OpenRead(assembly);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            return metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h))
                .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name)).ToArray();
        }

        /// <summary>The package, packed once for these tests with a version of its own, in a temporary feed folder.</summary>
        public sealed class PackedPackage : IDisposable
        {
            private readonly TempFolder _folder = new TempFolder("nano-package");

            public PackedPackage()
            {
                Version = LocalFeed.UniqueVersion("nano");
                Feed = _folder.Combine("feed");
                var (exit, output) = LocalFeed.PackAsync(_folder.Path, Feed, Version).GetAwaiter().GetResult();
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
