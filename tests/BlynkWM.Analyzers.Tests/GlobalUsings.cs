// The namespaces most of this project's files use.
global using System.Threading;
global using System.Threading.Tasks;
global using BlynkWM.Generators.Analyzers;
global using BlynkWM.Tests.Shared;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.Testing;
global using Xunit;
