// The namespaces most of this project's files use.
global using BlynkWM.Generators.Emitting;
global using BlynkWM.Generators.Parsing;
global using BlynkWM.Tests.Shared;
global using Microsoft.CodeAnalysis;
global using Xunit;
