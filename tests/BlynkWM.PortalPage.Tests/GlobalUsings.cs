// The namespaces most of this project's files use.
global using System.Text;
global using System.Text.RegularExpressions;
global using BlynkWM.Http;
global using BlynkWM.Portal;
global using BlynkWM.Samples;
global using BlynkWM.Storage;
global using BlynkWM.TestSupport;
global using BlynkWM.Wifi;
global using Xunit;
global using Xunit.Abstractions;
