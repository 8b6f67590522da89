// The namespaces most of this project's files use.
global using System.IO;
global using System.Text.RegularExpressions;
global using System.Threading.Tasks;
global using Microsoft.Playwright;
global using Xunit;
