// The namespaces most of this project's files use.
global using System.Collections.Generic;
global using BlynkWM.Host.Time;
global using BlynkWM.Reset;
global using BlynkWM.Samples;
global using BlynkWM.TestSupport;
global using Xunit;
