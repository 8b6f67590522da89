namespace BlynkWM.Generators.DeviceRuntime
{
    /// <summary>
    /// What the generator emits of the device runtime into this compilation: the model of the runtime step, computed from
    /// the compilation's references on every edit but holding only flags, so everything after it stays cached until a
    /// reference or the language version changes.
    /// </summary>
    /// <param name="IsNanoFramework">The compilation's core library is nanoFramework's mscorlib.</param>
    /// <param name="HasRuntime">BlynkWM's runtime is already there (a referenced assembly or the project's own sources).</param>
    /// <param name="HasEsp32Adapters">The ESP32 adapters are already there.</param>
    /// <param name="Referenced">The nanoFramework class libraries the compilation references.</param>
    /// <param name="LanguageTooOld">The project compiles below C# 9, the language the runtime is written in.</param>
    internal readonly record struct DeviceRuntimeTarget(
        bool IsNanoFramework, bool HasRuntime, bool HasEsp32Adapters, NanoLibraries Referenced, bool LanguageTooOld)
    {
        /// <summary>A type only the runtime defines: its presence means the runtime need not be emitted.</summary>
        public const string RuntimeMarkerType = SchemaNames.BlynkConfigAttribute;

        /// <summary>A type only the ESP32 adapters define.</summary>
        public const string Esp32MarkerType = "BlynkWM.Esp32.Device.UptimeClock";

        /// <summary>
        /// A type nanoFramework's mscorlib defines and no other core library does (nanoFramework's byte span, from
        /// before Span&lt;T&gt;): with the name mscorlib and no System.Runtime or netstandard facade, it tells the core
        /// library apart from .NET Framework's mscorlib, which has no such type.
        /// </summary>
        public const string NanoCoreLibraryMarkerType = "System.SpanByte";

        public static DeviceRuntimeTarget From(Compilation compilation)
        {
            IAssemblySymbol core = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
            bool nano = core is not null
                && core.Identity.Name == "mscorlib"
                && core.GetTypeByMetadataName(NanoCoreLibraryMarkerType) is not null;
            if (!nano)
            {
                return default;
            }

            bool hasRuntime = Defines(compilation.Assembly, RuntimeMarkerType);
            bool hasEsp32 = Defines(compilation.Assembly, Esp32MarkerType);
            NanoLibraries referenced = NanoLibraries.None;
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                referenced |= NanoLibraryNames.FromAssemblyName(assembly.Identity.Name);
                hasRuntime = hasRuntime || Defines(assembly, RuntimeMarkerType);
                hasEsp32 = hasEsp32 || Defines(assembly, Esp32MarkerType);
            }

            bool tooOld = compilation is CSharpCompilation csharp && csharp.LanguageVersion < LanguageVersion.CSharp9;
            return new DeviceRuntimeTarget(true, hasRuntime, hasEsp32, referenced, tooOld);
        }

        /// <summary>The core runtime is to be emitted (or, when libraries are missing, an error saying which).</summary>
        public bool WantsCore => IsNanoFramework && !HasRuntime;

        /// <summary>
        /// The ESP32 adapters are to be emitted: the project references nanoFramework.Hardware.Esp32 (it targets an ESP32)
        /// and does not hold the adapters already. A project for another board gets the device-neutral runtime only.
        /// </summary>
        public bool WantsEsp32 => IsNanoFramework && !HasEsp32Adapters && (Referenced & NanoLibraries.HardwareEsp32) != 0;

        /// <summary>
        /// Why what is wanted cannot be emitted (the text of the one compile error the generator then emits instead), or
        /// null: a language below C# 9, the runtime and the adapters both wanted in one assembly (too big for
        /// nanoFramework), or a nanoFramework library the wanted parts compile against is not referenced.
        /// </summary>
        public string? Problem
        {
            get
            {
                if (!WantsCore && !WantsEsp32)
                {
                    return null;
                }

                if (LanguageTooOld)
                {
                    return "BlynkWM: the device runtime is C# 9; set <LangVersion>9.0</LangVersion> (nanoFramework's default) or later in the project";
                }

                // nanoFramework's metadata processor refuses an assembly over 64 KB of bytecode; the runtime takes most of it.
                if (WantsCore && WantsEsp32)
                {
                    return "BlynkWM: the device runtime and the ESP32 adapters do not fit one nanoFramework assembly (64 KB of bytecode): put the runtime in a class library of its own that references no ESP32 library, and reference it from this project (README, 'Deploy to an ESP32')";
                }

                NanoLibraries required = (WantsCore ? NanoLibraries.Core : NanoLibraries.None) | (WantsEsp32 ? NanoLibraries.Esp32 : NanoLibraries.None);
                NanoLibraries missing = required & ~Referenced;
                return missing == NanoLibraries.None
                    ? null
                    : "BlynkWM: the device runtime needs these nanoFramework packages installed in this project: " + NanoLibraryNames.Packages(missing);
            }
        }

        private static bool Defines(IAssemblySymbol assembly, string metadataName) => assembly.GetTypeByMetadataName(metadataName) is not null;
    }
}
