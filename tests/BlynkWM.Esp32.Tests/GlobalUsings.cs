// The namespaces most of this project's files use.
global using System;
global using Xunit;
