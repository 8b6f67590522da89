// The version nanoCLR matches (major.minor) when it binds a reference to the real System.IO.FileSystem.
[assembly: System.Reflection.AssemblyVersion("1.1.0.0")]
