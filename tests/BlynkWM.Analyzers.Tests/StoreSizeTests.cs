using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BlynkWM.CodeFixes;
using static BlynkWM.Analyzers.Tests.Verifier;

namespace BlynkWM.Analyzers.Tests
{
    /// <summary>
    /// BWM0028: the store handed to a generated factory has a constant size other than the class's EepromCapacity. The
    /// sources compile with the generated code, as in a user's project.
    /// </summary>
    public class StoreSizeTests
    {
        private const string Config = """
            using BlynkWM;
            using BlynkWM.Storage;

            [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 256, EepromRegionSize = 1024)]
            public partial class Settings
            {
                [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
            }

            [BlynkConfig(ConfigStorage.LittleFs, Path = "/other.cfg")]
            public partial class FileSettings
            {
                [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
            }

            public sealed class FlashStore : IByteStore
            {
                private readonly byte[] _bytes;
                public FlashStore(int size) { _bytes = new byte[size]; }
                public FlashStore(string name, int capacity) { _bytes = new byte[capacity + name.Length * 0]; }
                public int Size => _bytes.Length;
                public void Read(int address, byte[] buffer, int offset, int count) => System.Array.Copy(_bytes, address, buffer, offset, count);
                public void Write(int address, byte[] buffer, int offset, int count) => System.Array.Copy(buffer, offset, _bytes, address, count);
                public void Commit() { }
                public void Reload() { }
            }
            """;

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code, bool program = false)
        {
            Compilation compilation = CompileHarness.CompileWithGenerated(Config, code);
            if (program)
            {
                compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
            }

            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            return await AnalyzerRunner.AnalyzeAsync(compilation);
        }

        private static string SourceAt(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

        [Fact]
        public async Task A_store_built_in_the_call_with_another_size_is_reported_at_its_size()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("""
                public static class Boot
                {
                    public static BlynkWM.Storage.IConfigStore Open() => Settings.CreateStore(new FlashStore(2048));
                }
                """);

            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("BWM0028", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("2048", SourceAt(diagnostic));
            Assert.Equal(
                "This EEPROM store has 2048 bytes, but 'Settings' declares EepromCapacity = 4096 (the store size its region [256, 1280) was laid out for); "
                    + "Settings.CreateStore would throw. Set EepromCapacity = 2048, or make the store 4096 bytes",
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task A_local_never_reassigned_carries_its_size_to_every_factory()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("""
                public static class Boot
                {
                    public static void Open()
                    {
                        var eeprom = new FlashStore("nvs", capacity: 8192);
                        Settings.CreateStore(eeprom);
                        Settings.CreatePortalFlagRecord(eeprom);
                    }
                }
                """);

            Assert.Equal(new[] { "BWM0028", "BWM0028" }, diagnostics.Select(d => d.Id));
            Assert.All(diagnostics, d => Assert.Equal("capacity: 8192", SourceAt(d)));
            Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("Settings.CreatePortalFlagRecord would throw"));
            Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("Settings.CreateStore would throw"));
        }

        [Fact]
        public async Task Top_level_statements_with_a_using_declaration_are_checked()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("""
                const int EepromSize = 2048; // the seed's EEPROM_SIZE
                using var eeprom = new DisposableFlash(EepromSize);
                Settings.CreateResetRecord(eeprom);

                public sealed class DisposableFlash : BlynkWM.Storage.IByteStore, System.IDisposable
                {
                    public DisposableFlash(int size) { Size = size; }
                    public int Size { get; }
                    public void Read(int address, byte[] buffer, int offset, int count) { }
                    public void Write(int address, byte[] buffer, int offset, int count) { }
                    public void Commit() { }
                    public void Reload() { }
                    public void Dispose() { }
                }
                """, program: true);

            Assert.Equal("EepromSize", SourceAt(Assert.Single(diagnostics)));
        }

        [Fact]
        public async Task Nothing_is_reported_when_the_size_matches_or_is_not_known()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("""
                public static class Boot
                {
                    public static void Open(int size, BlynkWM.Storage.IByteStore given, BlynkWM.Storage.IFileStore files)
                    {
                        Settings.CreateStore(new FlashStore(4096));
                        Settings.CreateStore(new FlashStore(Settings.StorageLayout.StoreCapacity));
                        Settings.CreateStore(new FlashStore(size));
                        Settings.CreateStore(given);
                        var reassigned = new FlashStore(2048);
                        reassigned = new FlashStore(4096);
                        Settings.CreateStore(reassigned);
                        var byReference = new FlashStore(2048);
                        Replace(ref byReference);
                        Settings.CreateStore(byReference);
                        FileSettings.CreateStore(files);
                    }

                    private static void Replace(ref FlashStore store) => store = new FlashStore(4096);
                }
                """);

            Assert.Empty(diagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public async Task The_fix_sets_EepromCapacity_on_the_attribute_in_its_own_document()
        {
            const string user = """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 256, EepromRegionSize = 1024)]
                public partial class Settings
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                }
                """;
            const string fixedUser = """
                using BlynkWM;

                [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 256, EepromRegionSize = 1024, EepromCapacity = 2048)]
                public partial class Settings
                {
                    [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                    [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                }
                """;
            const string boot = """
                public sealed class FlashStore : BlynkWM.Storage.IByteStore
                {
                    public FlashStore(int size) { Size = size; }
                    public int Size { get; }
                    public void Read(int address, byte[] buffer, int offset, int count) { }
                    public void Write(int address, byte[] buffer, int offset, int count) { }
                    public void Commit() { }
                    public void Reload() { }
                }

                public static class Boot
                {
                    public static BlynkWM.Storage.IConfigStore Open() => Settings.CreateStore(new FlashStore({|#0:2048|}));
                }
                """;
            GeneratedSourceResult storage = Assert.Single(CompileHarness.StorageSources(CompileHarness.Run(CompileHarness.CompileNet80(user)).Result));
            (string hintName, string generated) = (storage.HintName, storage.SourceText.ToString());
            var test = new Verifier.CodeFixTest<SetAttributeArgumentCodeFixProvider>();
            test.TestState.Sources.Add(("/0/Settings.cs", user));
            test.TestState.Sources.Add(("/0/Boot.cs", boot));
            test.TestState.Sources.Add(("/0/" + hintName, generated));
            test.TestState.ExpectedDiagnostics.Add(Diagnostic("BWM0028").WithLocation(0).WithArguments(2048, "Settings", 4096, 256, 1280L, "CreateStore").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            test.FixedState.Sources.Add(("/0/Settings.cs", fixedUser));
            test.FixedState.Sources.Add(("/0/Boot.cs", boot.Replace("{|#0:2048|}", "2048")));
            test.FixedState.Sources.Add(("/0/" + hintName, generated));

            await test.RunAsync(CancellationToken.None);
        }
    }
}
