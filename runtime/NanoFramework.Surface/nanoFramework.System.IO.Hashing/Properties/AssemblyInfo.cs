// The version nanoCLR matches (major.minor) when it binds a reference to the real nanoFramework.System.IO.Hashing.
[assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
