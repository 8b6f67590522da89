// The namespaces most of this project's files use.
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Globalization;
global using System.Linq;
global using System.Text;
global using System.Threading;
global using BlynkWM.Generators.Diagnostics;
global using BlynkWM.Generators.Model;
global using BlynkWM.Generators.Parsing;
global using BlynkWM.Storage;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
