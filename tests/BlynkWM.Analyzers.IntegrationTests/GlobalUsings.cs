// The namespaces most of this project's files use.
global using System.Threading.Tasks;
global using BlynkWM.Tests.Shared;
global using Xunit;
