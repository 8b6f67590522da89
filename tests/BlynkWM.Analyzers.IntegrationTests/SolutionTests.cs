using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>BlynkWM.Generators.sln is what ./test.sh builds: a project missing from it would go unbuilt and untested.</summary>
    public class SolutionTests
    {
        [Fact]
        public void The_solution_lists_every_project_of_the_repository_and_nothing_else()
        {
            string root = RepositoryRoot.Path;
            string[] listed = Regex.Matches(File.ReadAllText(Path.Combine(root, "BlynkWM.Generators.sln")), "\"([^\"]+\\.csproj)\"")
                .Select(m => m.Groups[1].Value.Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
            string[] projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Where(p => !p.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith(".", StringComparison.Ordinal)))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(projects, listed);
        }
    }
}
