// The version nanoCLR matches (major.minor) when it binds a reference to the real nanoFramework.System.Text.
[assembly: System.Reflection.AssemblyVersion("1.3.0.0")]
