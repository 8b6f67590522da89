using System;
using System.IO;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>
    /// The BlynkWM package packed into a folder that serves as a feed, at a version unique to the run (so the global
    /// package cache can be checked for leaks), and the nuget.config README.md tells a user to write for it.
    /// </summary>
    internal static class LocalFeed
    {
        /// <summary>A prerelease version no other run uses, e.g. 0.0.0-it.20261201074500.1a2b3c.</summary>
        public static string UniqueVersion(string tag) =>
            "0.0.0-" + tag + "." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N").Substring(0, 6);

        /// <summary><c>dotnet pack</c> of packaging/BlynkWM.Package at <paramref name="version"/> into <paramref name="feed"/>.</summary>
        public static Task<(int ExitCode, string Output)> PackAsync(string workingDirectory, string feed, string version) =>
            DotnetCli.RunAsync(workingDirectory, DotnetCli.BuildArguments(
                "pack", RepositoryRoot.Combine("packaging", "BlynkWM.Package", "BlynkWM.Package.csproj"), "-o", feed, "-p:PackageVersion=" + version));

        /// <summary>The machine's global package folder: NUGET_PACKAGES, else ~/.nuget/packages.</summary>
        public static string GlobalPackages =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        /// <summary>README.md's nuget.config with <paramref name="feed"/> as its folder; BlynkWM from that feed only.</summary>
        public static string NuGetConfig(string feed) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="blynkwm" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="blynkwm"><package pattern="BlynkWM" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }
}
