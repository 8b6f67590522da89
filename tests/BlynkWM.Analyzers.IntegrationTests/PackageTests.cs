using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BlynkWM.Storage;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>
    /// What a user does, end to end: `dotnet pack` makes the package; `dotnet new console` makes a fresh project, which
    /// installs the package from a local folder feed and receives README.md's C# blocks unchanged (each in the file its
    /// first line names); it builds, and it runs twice: it saves a config, loads it back, is refused an over-long value and
    /// fetches its portal page, and the second run finds the first run's config. The test then reads the EEPROM image and
    /// the page it left. The package version is unique per run and restores into a temporary packages folder, so the
    /// machine's global package cache never sees it.
    /// </summary>
    [Collection("dotnet")]
    public class PackageTests
    {
        private const int StoreCapacity = 4096;   // README's DeviceConfig: EepromCapacity by default
        private const int SlotA = 16;             // EepromStart 0, after the two 8-byte flag records
        private const int SlotSize = (2048 - 16) / 2;

        [Fact]
        public async Task Pack_install_from_a_local_feed_into_a_fresh_console_project_and_run_the_readme_code()
        {
            using var folder = new TempFolder("package");
            string repo = RepositoryRoot.Path;
            string feed = folder.Combine("feed");
            string version = LocalFeed.UniqueVersion("it");

            // 1. Pack.
            var (packExit, packOutput) = await LocalFeed.PackAsync(folder.Path, feed, version);
            Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
            Assert.DoesNotContain("missing a readme", packOutput);
            string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            Assert.Equal("BlynkWM." + version + ".nupkg", Path.GetFileName(package));
            CheckPackageContents(package, repo);

            // 2. A fresh console project that knows nothing of this repository but the README's code.
            string consumer = folder.Combine("consumer");
            string packages = folder.Combine("packages");
            var (newExit, newOutput) = await DotnetCli.RunAsync(folder.Path, "new", "console", "-o", consumer, "-n", "Consumer", "--no-restore");
            Assert.True(newExit == 0, "dotnet new console failed:\n" + newOutput);
            File.Delete(Path.Combine(consumer, "Program.cs"));
            foreach (ReadmeSnippet snippet in ReadmeSnippet.Load(repo))
            {
                File.WriteAllText(Path.Combine(consumer, snippet.FileName), snippet.Code);
            }

            // A config with a hard-coded secret: proves the analyzers came with the package.
            File.Copy(Path.Combine(repo, "tests", "BlynkWM.Analyzers.IntegrationTests", "Fixtures", "Package", "Settings.cs"), Path.Combine(consumer, "Settings.cs"));
            AddPackageReference(Path.Combine(consumer, "Consumer.csproj"), version, packages);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), LocalFeed.NuGetConfig(feed));

            var (buildExit, buildOutput) = await DotnetCli.RunAsync(consumer, "build", "Consumer.csproj", "-c", "Release", "-nr:false", "-p:UseSharedCompilation=false", "-clp:NoSummary");

            Assert.True(buildExit == 0, "the consumer build failed:\n" + buildOutput);
            Assert.Matches(new Regex(@"Settings\.cs\(\d+,\d+\): warning BWM0016"), buildOutput);
            Assert.DoesNotMatch(new Regex(@"(DeviceConfig|Device|PortalLoop|Program)\.cs\(\d+,\d+\): warning"), buildOutput);
            Assert.True(Directory.Exists(Path.Combine(packages, "blynkwm", version)), "the package should be restored into the temporary packages folder");
            Assert.True(Directory.Exists(Path.Combine(packages, "system.io.hashing")), "the package's dependency should be restored with it");

            // 3. Run it twice, as two boots of the device.
            string device = folder.Combine("device");
            Directory.CreateDirectory(device);
            string program = Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll");
            var (firstExit, first) = await DotnetCli.RunAsync(device, program);
            Assert.True(firstExit == 0, "the first run failed:\n" + first);
            Assert.Equal(
                new[]
                {
                    "stored config: none, defaults",
                    "reloaded: Ok, sequence 1, WiFi HomeNet, MQTT broker.local:1883",
                    "refused: value for 'blynk1_token' is 41 bytes; the field holds 34 (Parameter 'blynk1_token')",
                },
                Lines(first).Take(3));
            Assert.Matches(new Regex(@"^portal page: \d+ characters in portal.html$"), Lines(first)[3]);

            var (secondExit, second) = await DotnetCli.RunAsync(device, program);
            Assert.True(secondExit == 0, "the second run failed:\n" + second);
            Assert.Equal("stored config: loaded", Lines(second)[0]);
            Assert.Equal("reloaded: Ok, sequence 2, WiFi HomeNet, MQTT broker.local:1883", Lines(second)[1]);

            // 4. What it left behind: the EEPROM image holds both copies, the page shows the stored values but no secret.
            CheckEepromImage(File.ReadAllBytes(Path.Combine(device, "eeprom.bin")));
            string page = File.ReadAllText(Path.Combine(device, "portal.html"));
            Assert.Contains("<title>Sensor setup</title>", page);
            Assert.Contains("<input name=wifi1_ssid ", page);
            Assert.Contains("value=\"HomeNet\"", page);
            Assert.Contains("<form method=post action=/save", page);
            Assert.DoesNotContain("correct horse battery", page);
            Assert.DoesNotContain("0123456789abcdef0123456789abcdef", page);

            Assert.False(Directory.Exists(Path.Combine(LocalFeed.GlobalPackages, "blynkwm", version)), "the global package cache must not receive test packages");
        }

        /// <summary>The assemblies, the metadata pack used to warn about, and the runtime's package references as dependencies.</summary>
        private static void CheckPackageContents(string package, string repo)
        {
            using ZipArchive zip = ZipFile.OpenRead(package);
            string[] entries = zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[]
            {
                "analyzers/dotnet/cs/BlynkWM.CodeFixes.dll",
                "analyzers/dotnet/cs/BlynkWM.Generators.dll",
                "lib/net10.0/BlynkWM.Runtime.Host.dll",
                "lib/net10.0/BlynkWM.Runtime.dll",
                "lib/netstandard2.0/BlynkWM.Runtime.dll",
            }, entries.Where(n => n.EndsWith(".dll", StringComparison.Ordinal)));
            Assert.Contains("README.md", entries);
            Assert.Contains("LICENSE", entries);

            using var reader = new StreamReader(zip.GetEntry("BlynkWM.nuspec")!.Open());
            XDocument nuspec = XDocument.Parse(reader.ReadToEnd());
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("BlynkWM", metadata.Element(ns + "id")!.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            Assert.StartsWith("https://", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
            Assert.StartsWith("https://", metadata.Element(ns + "projectUrl")!.Value);

            // Every package the runtime references is a dependency of every lib folder's group; nothing else is.
            string[] runtimePackages = XDocument.Load(Path.Combine(repo, "runtime", "BlynkWM.Runtime", "BlynkWM.Runtime.csproj"))
                .Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(runtimePackages);
            Assert.Empty(XDocument.Load(Path.Combine(repo, "runtime", "BlynkWM.Runtime.Host", "BlynkWM.Runtime.Host.csproj")).Descendants("PackageReference"));
            XElement[] groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToArray();
            Assert.Equal(new[] { ".NETStandard2.0", ".NETnanoFramework1.0", "net10.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).OrderBy(n => n, StringComparer.Ordinal));
            foreach (XElement group in groups.Where(g => g.Attribute("targetFramework")!.Value != ".NETnanoFramework1.0")) // nanoFramework: none (NanoPackageTests)
            {
                Assert.Equal(runtimePackages, group.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).OrderBy(n => n, StringComparer.Ordinal));
            }
        }

        /// <summary>Two intact records, sequence 1 and 2, one per slot, holding what the program saved.</summary>
        private static void CheckEepromImage(byte[] image)
        {
            Assert.Equal(StoreCapacity, image.Length);
            var sequences = new System.Collections.Generic.List<uint>();
            foreach (int slot in new[] { SlotA, SlotA + SlotSize })
            {
                Assert.Equal("BWMC", Encoding.ASCII.GetString(image, slot, 4));
                Assert.Equal(ConfigReadStatus.Ok, ConfigRecord.Check(image, slot, SlotSize, out int fieldsStart, out int fieldsEnd));
                string fields = Encoding.UTF8.GetString(image, fieldsStart, fieldsEnd - fieldsStart);
                Assert.Contains("HomeNet", fields);
                Assert.Contains("correct horse battery", fields);
                sequences.Add(ConfigRecord.ReadSequence(image, slot));
            }

            Assert.Equal(new uint[] { 1, 2 }, sequences.OrderBy(s => s));
            Assert.All(image.Skip(SlotA + (2 * SlotSize)), b => Assert.Equal(0xFF, b)); // nothing outside the region was touched
        }

        private static string[] Lines(string output) => output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>What README.md tells a user to add, plus a private packages folder and the unique test version.</summary>
        private static void AddPackageReference(string project, string version, string packages)
        {
            XDocument document = XDocument.Load(project);
            document.Root!.Add(
                new XElement("PropertyGroup", new XElement("RestorePackagesPath", packages)),
                new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", "BlynkWM"), new XAttribute("Version", version))));
            document.Save(project);
        }
    }
}
