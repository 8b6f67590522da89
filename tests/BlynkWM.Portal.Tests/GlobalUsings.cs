// The namespaces most of this project's files use.
global using System.Text;
global using Xunit;
