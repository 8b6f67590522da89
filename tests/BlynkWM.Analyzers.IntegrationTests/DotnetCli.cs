using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;

namespace BlynkWM.Analyzers.IntegrationTests
{
    /// <summary>Runs the real dotnet CLI with a time limit, in a clean environment, capturing everything it prints.</summary>
    internal static class DotnetCli
    {
        /// <summary>Bound for one restore+build or pack of a tiny project.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

        /// <summary>The configuration this test assembly was built in; the fixtures use the outputs of the same one.</summary>
        public static string Configuration { get; } =
            typeof(DotnetCli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` leaves MSBuild variables pointing at its own MSBuild; a child build must find its own.
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                string name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish within " + Timeout + ":\n" + output);
            }

            process.WaitForExit(); // drains the output events
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }

        /// <summary>
        /// Arguments shared by every build: this test's configuration; no build server or node reuse (nothing outlives the
        /// test); the repository projects are already built (they are this test project's references), so fixtures do
        /// not rebuild them concurrently.
        /// </summary>
        public static string[] BuildArguments(string verb, string project, params string[] extra)
        {
            var arguments = new System.Collections.Generic.List<string>
            {
                verb, project, "-c", Configuration, "-nr:false", "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false", "-clp:NoSummary",
            };
            arguments.AddRange(extra);
            return arguments.ToArray();
        }
    }

    /// <summary>A temporary folder, deleted afterwards, with empty Directory.Build files so nothing above it leaks in.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder(string name)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blynkwm-it-" + name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(Path);
            File.WriteAllText(System.IO.Path.Combine(Path, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "Directory.Packages.props"), "<Project />\n");
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a test over.
            }
        }
    }
}
