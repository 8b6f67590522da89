using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Generators.Tests
{
    /// <summary>Names and strings from the user's code in generated code: keywords, nullable members, nesting, comments, ranges.</summary>
    public class NamingTests
    {
        /// <summary>Every generator's output for <paramref name="source"/>, which must compile warning-free on both reference sets.</summary>
        private static GeneratorDriverRunResult CompilesWithoutWarnings(string source)
        {
            GeneratorDriverRunResult? last = null;
            foreach (CSharpCompilation compilation in new[] { CompileHarness.CompileNet80(source), CompileHarness.CompileNetStandard20(source) })
            {
                // Every warning wave on (CS8981, lower-case type names, is in wave 7), as recent SDKs compile.
                Compilation input = compilation.WithOptions(compilation.Options.WithWarningLevel(9999));
                var (output, diagnostics, result) = CompileHarness.Run(input);
                Assert.Empty(diagnostics);
                Assert.All(result.Results, r => Assert.Null(r.Exception));
                Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith(".Storage.g.cs", System.StringComparison.Ordinal));
                Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith(".Portal.g.cs", System.StringComparison.Ordinal));
                Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
                last = result;
            }

            return last!;
        }

        /// <summary>The text of the one generated file whose path ends with <paramref name="fileName"/>.</summary>
        private static string Generated(GeneratorDriverRunResult result, string fileName) =>
            result.GeneratedTrees.Single(t => t.FilePath.EndsWith(fileName, System.StringComparison.Ordinal)).ToString();

        [Fact]
        public void Keyword_identifiers_are_escaped_in_generated_code()
        {
            const string source = """
                using BlynkWM;
                namespace @namespace.@event
                {
                    public static partial class @static
                    {
                        [BlynkConfig(ConfigStorage.Eeprom)]
                        public partial class @class
                        {
                            [WifiCredential("wifi")] public WifiCredential @default = new WifiCredential();
                            [BlynkCredential("blynk")] public BlynkCredential @base { get; set; } = new BlynkCredential();
                            [BoardName] public string @string = "board";
                            [DynamicParam("p1")] public int @int = 3;
                            [DynamicParam("p2")] public bool @for;
                            [DynamicParam("p3", MaxLength = 8)] public string @var = "";
                            [DynamicParam("p4", MaxLength = 8, Secret = true)] public string @value = "";
                            [DynamicParam("p5", Min = 0, Max = 9)] public long @record;
                        }
                    }

                    [BlynkConfig(ConfigStorage.LittleFs, Path = "/e.cfg")]
                    public partial class @event
                    {
                        [WifiCredential("wifi")] public WifiCredential @operator = new WifiCredential();
                        [BlynkCredential("blynk")] public BlynkCredential @this = new BlynkCredential();
                    }

                    // All lower case but no keyword: the user writes it verbatim to avoid CS8981, and so must the generator.
                    [BlynkConfig(ConfigStorage.LittleFs, Path = "/s.cfg")]
                    public partial class @settings
                    {
                        [WifiCredential("wifi")] public WifiCredential wifi = new WifiCredential();
                        [BlynkCredential("blynk")] public BlynkCredential blynk = new BlynkCredential();
                    }
                }
                """;
            GeneratorDriverRunResult result = CompilesWithoutWarnings(source);

            string storage = Generated(result, "namespace.event.static+class.Storage.g.cs");
            Assert.Contains("namespace @namespace.@event", storage);
            Assert.Contains("partial class @static", storage);
            Assert.Contains("partial class @class", storage);
            Assert.Contains("this.@default.Ssid", storage);
            Assert.Contains("this.@int", storage);
            Assert.Contains("this.@var", storage);
            string portal = Generated(result, "namespace.event.static+class.Portal.g.cs");
            Assert.Contains("global::@namespace.@event.@static.@class c = _scratch;", portal);
            Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("namespace.event.event.Storage.g.cs", System.StringComparison.Ordinal));
            string settings = Generated(result, "namespace.event.settings.Storage.g.cs");
            Assert.Contains("partial class @settings", settings);
            Assert.Contains("this.wifi.Ssid", settings);
        }

        [Fact]
        public void Nullable_credentials_and_strings_compile_without_nullable_warnings()
        {
            const string source = """
                using BlynkWM;
                namespace N
                {
                    [BlynkConfig(ConfigStorage.Eeprom)]
                    public partial class C
                    {
                        [WifiCredential("w1", Required = true)] public WifiCredential? Primary = new WifiCredential();
                        [WifiCredential("w2")] public WifiCredential? Backup;
                        [BlynkCredential("b1")] public BlynkCredential? Cloud { get; set; }
                        [BlynkCredential("b2")] public BlynkCredential Local = new BlynkCredential();
                        [BoardName] public string? Board;
                        [DynamicParam("s", MaxLength = 8, Required = true)] public string? S;
                        [DynamicParam("t", MaxLength = 8, Secret = true)] public string? T;
                        [DynamicParam("u", MaxLength = 8, Secret = true, Required = true)] public string? U { get; set; }
                    }
                }
                """;
            GeneratorDriverRunResult result = CompilesWithoutWarnings(source);

            string storage = Generated(result, "N.C.Storage.g.cs");
            Assert.Contains("this.Backup!.Ssid", storage);
            Assert.Contains("this.Cloud!.Port", storage);
            Assert.Contains("this.Local.Port", storage);
            Assert.Contains("if (this.Backup == null)", storage);
            Assert.Contains("{ this.Primary!, this.Backup! }", storage);
        }

        [Fact]
        public void Nesting_is_visible_in_hint_names_so_they_never_collide()
        {
            // namespace A.Outer { class Config } and namespace A { class Outer { class Config } } once both mapped to
            // A.Outer.Config.*.g.cs and AddSource threw. (The namespace and the class named Outer clash in C# too, but the
            // generators must still run and let the compiler say so.)
            const string source = """
                using BlynkWM;
                namespace A.Outer
                {
                    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                    public partial class Config
                    {
                        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                        [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    }
                }

                namespace A
                {
                    public partial class Outer
                    {
                        [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024)]
                        public partial class Config
                        {
                            [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                            [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                        }
                    }
                }
                """;
            var (_, diagnostics, result) = CompileHarness.Run(CompileHarness.CompileNet80(source));

            Assert.DoesNotContain(diagnostics, d => d.Id is "CS8784" or "CS8785");
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            string[] hints = result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "A.Outer+Config.Portal.g.cs", "A.Outer+Config.Storage.g.cs", "A.Outer.Config.Portal.g.cs", "A.Outer.Config.Storage.g.cs" }, hints);
        }

        [Fact]
        public void Nested_config_in_distinct_containers_compiles()
        {
            CompilesWithoutWarnings("""
                using BlynkWM;
                public static partial class One
                {
                    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 0, EepromRegionSize = 1024)]
                    public partial class Config
                    {
                        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                        [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    }
                }

                namespace One2
                {
                    [BlynkConfig(ConfigStorage.Eeprom, EepromStart = 1024, EepromRegionSize = 1024)]
                    public partial class Config
                    {
                        [WifiCredential("wifi")] public WifiCredential Wifi = new WifiCredential();
                        [BlynkCredential("blynk")] public BlynkCredential Blynk = new BlynkCredential();
                    }
                }
                """);
        }

        [Theory]
        [InlineData("/a\nclass Injected { }")]
        [InlineData("/a\r\nclass Injected { }")]
        [InlineData("/a\u2028class Injected { }")]
        [InlineData("/a\u0085class Injected { }")]
        public void Control_characters_never_leave_a_comment(string text)
        {
            // The parser rejects such paths (BWM0013); the comment writer must be safe on its own all the same.
            string line = "// " + CodeWriter.CommentText(text);
            SyntaxTree tree = CSharpSyntaxTree.ParseText(line + "\nclass Real { }");
            Assert.Single(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>());
            Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u2028' or '\u2029');
            Assert.Contains("\\u", line);
        }

        [Fact]
        public void Comment_text_without_control_characters_is_unchanged()
        {
            Assert.Same("/blynkwm/ç.cfg", CodeWriter.CommentText("/blynkwm/ç.cfg"));
        }

        [Theory]
        [InlineData("LittleFs", "/cfg\n// x")]
        [InlineData("Spiffs", "/cfg\tx")]
        public void A_path_with_a_control_character_generates_nothing(string kind, string path)
        {
            string source = "using BlynkWM;\n[BlynkConfig(ConfigStorage." + kind + ", Path = " + SymbolDisplay.FormatLiteral(path, quote: true) + ")] public partial class C { "
                + "[WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); }";
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(source));

            Assert.Null(result.Results.Single().Exception);
            Assert.True(result.GeneratedTrees.IsEmpty);
        }

        [Fact]
        public void Reserved_names_cover_every_member_the_generators_declare_in_the_config_class()
        {
            var (_, _, result) = CompileHarness.Run(CompileHarness.CompileNet80(CompileHarness.SampleSource("DeviceConfig.cs")));
            var declared = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxTree tree in result.GeneratedTrees)
            {
                ClassDeclarationSyntax config = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.ValueText == "DeviceConfig");
                foreach (MemberDeclarationSyntax member in config.Members)
                {
                    string? name = member switch
                    {
                        MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } m => m.Identifier.ValueText,
                        PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } p => p.Identifier.ValueText,
                        BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                        FieldDeclarationSyntax f => f.Declaration.Variables.First().Identifier.ValueText,
                        _ => null,
                    };
                    if (name is not null)
                    {
                        declared.Add(name);
                    }
                }
            }

            Assert.Contains("Write", declared);
            Assert.Contains("PortalForm", declared);
            Assert.Empty(declared.Except(ConfigParser.GeneratedMemberNames));
        }

        [Theory]
        [InlineData("byte", "Min = 1, Max = 200", "0", "201")]
        [InlineData("int", "Min = -5, Max = 5", "-6", "6")]
        [InlineData("uint", "Max = 100", null, "101")]
        [InlineData("long", "Min = 0", "-1", null)]
        public void Write_refuses_an_integer_outside_its_declared_range(string type, string range, string? below, string? above)
        {
            string source = "using BlynkWM;\nnamespace N { [BlynkConfig(ConfigStorage.Eeprom)] public partial class C { "
                + "[WifiCredential(\"w\")] public WifiCredential W = new WifiCredential(); [BlynkCredential(\"b\")] public BlynkCredential B = new BlynkCredential(); "
                + "[DynamicParam(\"level\", " + range + ")] public " + type + " Level = 5; } }";
            var (output, diagnostics, _) = CompileHarness.Run(CompileHarness.CompileNet80(source));
            Assert.Empty(diagnostics);
            Assembly assembly = Load(output);
            System.Type configType = assembly.GetType("N.C")!;
            FieldInfo level = configType.GetField("Level")!;
            MethodInfo write = configType.GetMethod("Write")!;

            foreach (string? value in new[] { below, above })
            {
                if (value is null)
                {
                    continue;
                }

                object config = System.Activator.CreateInstance(configType)!;
                level.SetValue(config, System.Convert.ChangeType(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture), level.FieldType, System.Globalization.CultureInfo.InvariantCulture));
                var error = Assert.Throws<TargetInvocationException>(() => write.Invoke(config, new object[] { new byte[1024], 0, 1u }));
                var argument = Assert.IsType<System.ArgumentException>(error.InnerException);
                Assert.Equal("level", argument.ParamName);
            }

            object valid = System.Activator.CreateInstance(configType)!;
            Assert.True((int)write.Invoke(valid, new object[] { new byte[1024], 0, 1u })! > 0);
        }

        private static Assembly Load(Compilation compilation)
        {
            using var stream = new System.IO.MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            var context = new System.Runtime.Loader.AssemblyLoadContext("range-test-" + System.Guid.NewGuid().ToString("N"), isCollectible: true);
            context.Resolving += (ctx, name) => name.Name == "BlynkWM.Runtime" ? ctx.LoadFromAssemblyPath(typeof(BlynkWM.BlynkConfigAttribute).Assembly.Location) : null;
            stream.Position = 0;
            return context.LoadFromStream(stream);
        }
    }
}
