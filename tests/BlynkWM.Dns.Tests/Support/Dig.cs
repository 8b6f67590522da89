using System.Diagnostics;
using System.IO;

namespace BlynkWM.Dns.Tests.Support
{
    /// <summary>Runs ISC dig (Debian package bind9-dnsutils) against a loopback port; fails loudly when it is absent.</summary>
    public static class Dig
    {
        public static string Path()
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
            {
                string candidate = System.IO.Path.Combine(dir, "dig");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            Assert.Fail("dig not found on PATH: install it with `apt-get install -y bind9-dnsutils` (the CI script does)");
            return "";
        }

        public static string Run(int port, params string[] args)
        {
            var info = new ProcessStartInfo(Path())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("@127.0.0.1");
            info.ArgumentList.Add("-p");
            info.ArgumentList.Add(port.ToString());
            info.ArgumentList.Add("+tries=1");
            info.ArgumentList.Add("+time=3");
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }
            using Process process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(15_000))
            {
                process.Kill(true);
                Assert.Fail("dig did not finish in 15 s");
            }
            return stdout.Result + stderr.Result;
        }
    }
}
