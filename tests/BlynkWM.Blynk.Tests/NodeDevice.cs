using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>
    /// The official JavaScript client (npm blynk-library, installed into js/ by <c>npm ci</c>) run by the machine's node
    /// on one of the scripts in js/. Collects the "@ ..." lines it prints; killed (by its own process id) on dispose.
    /// </summary>
    internal sealed class NodeDevice : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();

        public NodeDevice(string script, params string[] args)
        {
            string directory = JsDirectory();
            RequireInstalled(directory);
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            _process.OutputDataReceived += (_, e) => Collect(e.Data);
            _process.ErrorDataReceived += (_, e) => Collect(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>The lines the script reported ("connected", "write 3 on", ...), without their "@ ".</summary>
        public string[] Lines => _lines.ToArray();

        /// <summary>Everything node printed, for failure messages.</summary>
        public string Output => string.Join("\n", _log);

        public bool Exited => _process.HasExited;

        public static string JsDirectory() => BlynkWM.Tests.Shared.RepositoryRoot.Combine("tests", "BlynkWM.Blynk.Tests", "js");

        /// <summary>Fails with what to run when node or the npm package is missing.</summary>
        public static void RequireInstalled(string directory)
        {
            if (!File.Exists(Path.Combine(directory, "node_modules", "blynk-library", "blynk.js")))
            {
                throw new InvalidOperationException("the official Blynk JavaScript client is not installed: run `npm ci` in " + directory
                    + " (.ci/run does it), with node on the PATH");
            }
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }

            _process.Dispose();
        }

        private void Collect(string? line)
        {
            if (line == null)
            {
                return;
            }

            _log.Enqueue(line);
            if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                _lines.Enqueue(line.Substring(2));
            }
        }

        public bool Saw(string line) => _lines.Contains(line);
    }
}
