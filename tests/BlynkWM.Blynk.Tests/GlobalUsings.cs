// The namespaces most of this project's files use.
global using System.Collections.Generic;
global using System.Diagnostics;
global using System.Text;
global using BlynkWM.Host.Net;
global using BlynkWM.Server;
global using BlynkWM.Testing;
global using Xunit;
