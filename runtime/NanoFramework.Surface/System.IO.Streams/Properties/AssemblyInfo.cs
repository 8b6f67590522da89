// The version nanoCLR matches (major.minor) when it binds a reference to the real System.IO.Streams.
[assembly: System.Reflection.AssemblyVersion("1.1.0.0")]
