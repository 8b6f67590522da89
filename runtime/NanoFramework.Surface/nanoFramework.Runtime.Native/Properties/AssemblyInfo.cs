// The version nanoCLR matches (major.minor) when it binds a reference to the real nanoFramework.Runtime.Native.
[assembly: System.Reflection.AssemblyVersion("1.7.0.0")]
