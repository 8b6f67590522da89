using System;
using System.Diagnostics;
using System.IO;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Usage: BlynkWM.Fuzz [--target http|dns|dhcp|form|blynk|all] [--cases N] [--seed S]
    /// Prints "figure fuzz.TARGET.cases N" per target that finished; exits 1 on the first broken invariant.
    /// </summary>
    public static class FuzzProgram
    {
        public const long DefaultCases = 1_000_000;

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        public static int Run(string[] args, TextWriter output, TextWriter errors)
        {
            string target = "all";
            long cases = DefaultCases;
            int seed = 20240601;
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string? next = i + 1 < args.Length ? args[i + 1] : null;
                if (a == "--target" && next != null)
                {
                    target = next;
                    i++;
                }
                else if (a == "--cases" && next != null && long.TryParse(next, out long n) && n > 0)
                {
                    cases = n;
                    i++;
                }
                else if (a == "--seed" && next != null && int.TryParse(next, out int s))
                {
                    seed = s;
                    i++;
                }
                else
                {
                    errors.WriteLine("usage: BlynkWM.Fuzz [--target http|dns|dhcp|form|blynk|all] [--cases N] [--seed S]");
                    return 2;
                }
            }
            if (target != "all" && target != "http" && target != "dns" && target != "dhcp" && target != "form" && target != "blynk")
            {
                errors.WriteLine("unknown target " + target);
                return 2;
            }

            try
            {
                if (target == "all" || target == "http")
                {
                    var http = new HttpFuzzer(seed);
                    Report(output, errors, "http", () => http.Run(cases));
                    errors.WriteLine("fuzz.http first statuses: " + string.Join(", ", System.Linq.Enumerable.Select(http.FirstStatusCounts, kv => kv.Key + "=" + kv.Value)) + "; forms saved " + http.FormsSaved + "; answer owed in " + http.AnswerExpectedCases + " cases");
                }
                if (target == "all" || target == "dns")
                {
                    Report(output, errors, "dns", () => new DnsFuzzer(seed).Run(cases));
                }
                if (target == "all" || target == "dhcp")
                {
                    Report(output, errors, "dhcp", () => new DhcpFuzzer(seed).Run(cases));
                }
                if (target == "all" || target == "form")
                {
                    IConfigFormFuzzHook? hook = FormFuzzHooks.CreateConfigFormHook();
                    if (hook == null)
                    {
                        errors.WriteLine("note: form fuzz runs without the config-store hook (FormFuzzHooks.CreateConfigFormHook)");
                    }
                    Report(output, errors, "form", () => new FormFuzzer(seed, hook).Run(cases));
                }
                if (target == "all" || target == "blynk")
                {
                    var blynk = new BlynkFuzzer(seed);
                    Report(output, errors, "blynk", () => blynk.Run(cases));
                    errors.WriteLine("fuzz.blynk: " + blynk.Reconnects + " connections closed by design (malformed, oversized, redirect) and made again");
                }
            }
            catch (Exception e)
            {
                errors.WriteLine("FUZZ FAILURE: " + e);
                return 1;
            }
            return 0;
        }

        private static void Report(TextWriter output, TextWriter errors, string name, Func<long> run)
        {
            var watch = Stopwatch.StartNew();
            long done = run();
            output.WriteLine("figure fuzz." + name + ".cases " + done);
            errors.WriteLine("fuzz." + name + ": " + done + " cases in " + watch.Elapsed.TotalSeconds.ToString("F1") + " s");
        }
    }
}
