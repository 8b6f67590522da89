using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace BlynkWM.Browser.Tests
{
    /// <summary>The README's main command, started as a real process with its own data folder and free ports.</summary>
    internal sealed class DeviceProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = new List<string>();
        private readonly object _gate = new object();

        public DeviceProcess(string dataFolder, params string[] extraArgs)
            : this(true, dataFolder, extraArgs)
        {
        }

        private DeviceProcess(bool expectPortal, string dataFolder, string[] extraArgs)
        {
            string dll = Path.Combine(RepoRoot(), "samples", "HostDevice", "bin", Configuration(), "net10.0", "HostDevice.dll");
            if (!File.Exists(dll))
            {
                throw new FileNotFoundException("Build samples/HostDevice first (./test.sh does).", dll);
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { dll, "--data", dataFolder, "--http-port", "0", "--dns-port", "0" })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (string arg in extraArgs)
            {
                start.ArgumentList.Add(arg);
            }

            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (_gate) { _lines.Add(e.Data); Monitor.PulseAll(_gate); } } };
            _process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (_gate) { _lines.Add("stderr: " + e.Data); Monitor.PulseAll(_gate); } } };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            PortalUrl = expectPortal ? WaitForLine(new Regex(@"Portal:\s+(http://\S+)"), TimeSpan.FromSeconds(30)).Groups[1].Value : "";
        }

        /// <summary>A device that boots into its stored config (no portal, so no URL to wait for).</summary>
        public static DeviceProcess WithoutPortal(string dataFolder, params string[] extraArgs) => new DeviceProcess(false, dataFolder, extraArgs);

        public string PortalUrl { get; }

        public string Output
        {
            get { lock (_gate) { return string.Join("\n", _lines); } }
        }

        /// <summary>Blocks until the device prints a matching line (events, not sleeps), or fails after the timeout.</summary>
        public Match WaitForLine(Regex pattern, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            int seen = 0;
            bool drained = false;
            while (true)
            {
                lock (_gate)
                {
                    for (; seen < _lines.Count; seen++)
                    {
                        Match match = pattern.Match(_lines[seen]);
                        if (match.Success)
                        {
                            return match;
                        }
                    }
                }

                if (drained || DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The device never printed /" + pattern + "/. Output so far:\n" + Output);
                }

                if (_process.HasExited)
                {
                    // Exit can be observed before the last lines arrive; the parameterless wait returns once the
                    // redirected output is fully read. Outside the lock: the output handler needs it.
                    _process.WaitForExit();
                    drained = true;
                    continue;
                }

                lock (_gate)
                {
                    if (seen == _lines.Count)
                    {
                        Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                    }
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10000);
            _process.Dispose();
        }

        public static string RepoRoot() => BlynkWM.Tests.Shared.RepositoryRoot.Path;

        private static string Configuration() =>
            typeof(DeviceProcess).Assembly.Location.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar) ? "Release" : "Debug";
    }
}
