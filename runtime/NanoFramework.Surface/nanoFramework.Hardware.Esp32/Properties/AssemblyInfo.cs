// The version nanoCLR matches (major.minor) when it binds a reference to the real nanoFramework.Hardware.Esp32.
[assembly: System.Reflection.AssemblyVersion("1.6.0.0")]
