// The namespaces most of this project's files use.
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp;
global using Xunit;
