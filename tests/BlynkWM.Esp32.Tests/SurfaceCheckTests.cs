using System.Collections.Generic;
using System.IO;
using System.Linq;
using BlynkWM.SurfaceCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BlynkWM.Esp32.Tests
{
    /// <summary>
    /// The surface check against pairs of libraries compiled here against nanoFramework's mscorlib: a "real" library
    /// and a "surface" that declares part of it, correctly or with one difference a caller would trip over.
    /// </summary>
    public class SurfaceCheckTests
    {
        private const string Real = @"
namespace Lib
{
    public delegate void Changed(Radio sender, object e);
    public sealed class Radio : System.IDisposable
    {
        internal Radio() { }
        public event Changed NetworksChanged;
        public static Radio[] FindAll() => null;
        public double Rssi => 0;
        public void Scan() { }
        public void Dispose() { }
    }
    public class Sock : System.IDisposable
    {
        public Sock(int family) { }
        public bool Poll(int microSeconds, int mode) => false;
        protected virtual void Dispose(bool disposing) { }
        void System.IDisposable.Dispose() { }
    }
    public class Power
    {
        public static void Reboot(Option option = Option.Normal) { }
    }
    public enum Option { Normal = 0, Booter = 1, ClrOnly = 2, Proprietary = 8 }
    public class Sleep
    {
        public static Cause GetCause() => Cause.Undefined;
        public enum Cause { Undefined = 0, Timer = 4 }
    }
    [System.Flags]
    public enum Access { Read = 1, Write = 2, ReadWrite = 3 }
    public class Report { internal Report() { } public int Count => 0; }
}";

        /// <summary>A faithful surface: the real library's declarations with every body a throw, as the surfaces write them.</summary>
        private static readonly string Surface = Real
            .Replace("public event Changed NetworksChanged;", "public event Changed NetworksChanged { add { } remove { } }")
            .Replace("=> null;", "=> throw null;")
            .Replace("=> 0;", "=> throw null;")
            .Replace("=> false;", "=> throw null;")
            .Replace("=> Cause.Undefined;", "=> throw null;");

        [Fact]
        public void A_faithful_surface_passes()
        {
            Assert.Empty(Compare(Surface, Real));
        }

        [Fact]
        public void A_subset_passes()
        {
            string subset = @"namespace Lib { public class Power { public static void Reboot(Option option = Option.Normal) { } }
                public enum Option { Normal = 0, Booter = 1, ClrOnly = 2, Proprietary = 8 } }";
            Assert.Empty(Compare(subset, Real));
        }

        [Theory]
        [InlineData("public bool Poll(int microSeconds, int mode)", "public bool Poll(int microseconds, int mode)", "Poll")] // parameter name
        [InlineData("public bool Poll(int microSeconds, int mode)", "public bool Poll(long microSeconds, int mode)", "Poll")] // parameter type
        [InlineData("public static Radio[] FindAll()", "public Radio[] FindAll()", "FindAll")] // static
        [InlineData("protected virtual void Dispose(bool disposing)", "protected void Dispose(bool disposing)", "Dispose")] // virtual
        [InlineData("void System.IDisposable.Dispose() { }", "public void Dispose() { }", "Dispose")] // explicit implementation made public
        [InlineData("Option option = Option.Normal", "Option option = Option.Booter", "Reboot")] // default value
        [InlineData("Option option = Option.Normal", "Option option", "Reboot")] // optional parameter
        [InlineData("Timer = 4", "Timer = 5", "Timer")] // enum value
        [InlineData("public sealed class Radio", "public class Radio", "Radio")] // sealed
        [InlineData("internal Report() { }", "", ".ctor")] // a public constructor the library lacks
        [InlineData("public double Rssi", "public int Rssi", "Rssi")] // property type
        [InlineData("public static Cause GetCause() => throw null;", "public static int GetCause() => throw null;", "GetCause")] // return type
        public void A_difference_is_found(string inSurface, string changed, string member)
        {
            Assert.Contains(inSurface, Surface);
            List<string> findings = Compare(Surface.Replace(inSurface, changed), Real);
            Assert.Contains(findings, f => f.StartsWith("SURF001", StringComparison.Ordinal) && f.Contains(member, StringComparison.Ordinal));
        }

        [Fact]
        public void A_missing_member_of_an_enum_is_found()
        {
            List<string> findings = Compare(Surface.Replace("ClrOnly = 2, ", ""), Real);
            string finding = Assert.Single(findings);
            Assert.StartsWith("SURF002", finding);
            Assert.Contains("ClrOnly", finding);
        }

        [Fact]
        public void A_lost_flags_attribute_is_found()
        {
            List<string> findings = Compare(Surface.Replace("[System.Flags]", ""), Real);
            Assert.Contains(findings, f => f.StartsWith("SURF001", StringComparison.Ordinal) && f.Contains("Lib.Access", StringComparison.Ordinal));
        }

        [Fact]
        public void Another_assembly_name_is_found()
        {
            List<string> findings = Compare(Surface, Real, surfaceName: "Other");
            Assert.Contains(findings, f => f.StartsWith("SURF003", StringComparison.Ordinal));
        }

        [Fact]
        public void A_finding_shows_what_the_library_has()
        {
            string finding = Assert.Single(Compare(Surface.Replace("int microSeconds", "int micros"), Real));
            Assert.Contains("(the library has: method public Lib.Sock::Poll([mscorlib]System.Int32 microSeconds", finding);
        }

        private static List<string> Compare(string surface, string real, string surfaceName = "Lib")
        {
            return SurfaceComparison.Compare(Build(surfaceName, surface), Build("Lib", real));
        }

        private static ApiListing Build(string name, string source)
        {
            string mscorlib = Path.Combine(AppContext.BaseDirectory, "nano-ref", "mscorlib.dll");
            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                new[] { MetadataReference.CreateFromFile(mscorlib) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            string path = Path.Combine(Path.GetTempPath(), "blynkwm-surfacecheck-" + Guid.NewGuid().ToString("N") + ".dll");
            var result = compilation.Emit(path);
            try
            {
                Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
                return ApiListing.Read(path);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
