// The version nanoCLR matches (major.minor) when it binds a reference to the real System.Net.
[assembly: System.Reflection.AssemblyVersion("1.11.0.0")]
