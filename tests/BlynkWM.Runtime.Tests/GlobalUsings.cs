// The namespaces most of this project's files use.
global using System.Collections.Generic;
global using System.IO;
global using System.Text;
global using BlynkWM.Samples;
global using BlynkWM.Storage;
global using BlynkWM.TestSupport;
global using Xunit;
global using Xunit.Abstractions;
