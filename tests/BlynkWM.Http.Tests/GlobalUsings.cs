// The namespaces most of this project's files use.
global using System.Text;
global using BlynkWM.Host.Net.Memory;
global using BlynkWM.Http.Tests.Support;
global using BlynkWM.Portal;
global using BlynkWM.Portal.Tests.Support;
global using Xunit;
