namespace BlynkWM.Generators.DeviceRuntime
{
    /// <summary>
    /// The nanoFramework class libraries the emitted device runtime compiles against, one bit each: what the user's
    /// project must reference (by installing the nanoFramework package of the same name) for each part to compile.
    /// </summary>
    [Flags]
    internal enum NanoLibraries
    {
        None = 0,
        SystemText = 1 << 0,
        SystemIOHashing = 1 << 1,
        SystemNet = 1 << 2,
        SystemDeviceWifi = 1 << 3,
        SystemIOFileSystem = 1 << 4,
        SystemIOStreams = 1 << 5,
        RuntimeNative = 1 << 6,
        HardwareEsp32 = 1 << 7,

        /// <summary>What runtime/BlynkWM.Runtime needs beyond mscorlib (the assemblies BlynkWM.Runtime.Nano references).</summary>
        Core = SystemText | SystemIOHashing,

        /// <summary>What runtime/BlynkWM.Runtime.Esp32 needs beyond the core's.</summary>
        Esp32 = SystemNet | SystemDeviceWifi | SystemIOFileSystem | SystemIOStreams | RuntimeNative | HardwareEsp32,
    }

    /// <summary>Assembly and package names of each <see cref="NanoLibraries"/> bit.</summary>
    internal static class NanoLibraryNames
    {
        private static readonly (NanoLibraries Library, string Assembly, string Package)[] s_all =
        {
            (NanoLibraries.SystemText, "nanoFramework.System.Text", "nanoFramework.System.Text"),
            (NanoLibraries.SystemIOHashing, "nanoFramework.System.IO.Hashing", "nanoFramework.System.IO.Hashing"),
            (NanoLibraries.SystemNet, "System.Net", "nanoFramework.System.Net"),
            (NanoLibraries.SystemDeviceWifi, "System.Device.Wifi", "nanoFramework.System.Device.Wifi"),
            (NanoLibraries.SystemIOFileSystem, "System.IO.FileSystem", "nanoFramework.System.IO.FileSystem"),
            (NanoLibraries.SystemIOStreams, "System.IO.Streams", "nanoFramework.System.IO.Streams"),
            (NanoLibraries.RuntimeNative, "nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native"),
            (NanoLibraries.HardwareEsp32, "nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32"),
        };

        /// <summary>The bit of the library an assembly name stands for, or None.</summary>
        public static NanoLibraries FromAssemblyName(string name)
        {
            foreach (var entry in s_all)
            {
                if (string.Equals(entry.Assembly, name, StringComparison.Ordinal))
                {
                    return entry.Library;
                }
            }

            return NanoLibraries.None;
        }

        /// <summary>The package names of the set bits, in a fixed order, comma-separated.</summary>
        public static string Packages(NanoLibraries libraries)
        {
            var names = new List<string>();
            foreach (var entry in s_all)
            {
                if ((libraries & entry.Library) != 0)
                {
                    names.Add(entry.Package);
                }
            }

            return string.Join(", ", names);
        }
    }
}
