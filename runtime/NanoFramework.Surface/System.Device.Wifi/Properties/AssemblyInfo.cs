// The version nanoCLR matches (major.minor) when it binds a reference to the real System.Device.Wifi.
[assembly: System.Reflection.AssemblyVersion("1.5.0.0")]
