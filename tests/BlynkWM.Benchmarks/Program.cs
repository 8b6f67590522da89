using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BlynkWM.TestSupport;

namespace BlynkWM.Benchmarks
{
    /// <summary>Runs one benchmark group and prints its figures as "figure &lt;name&gt; &lt;value&gt;".</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string group = args.Length > 0 ? args[0] : "storage";
            switch (group)
            {
                case "storage":
                    RunStorage();
                    return 0;
                case "portal":
                    PortalBenchmark.Run(Figure);
                    SlowlorisBenchmark.Run(Figure);
                    return 0;
                case "slowloris":
                    // Part of "portal"; alone for trying a server change (about 65 s).
                    SlowlorisBenchmark.Run(Figure);
                    return 0;
                default:
                    Console.Error.WriteLine("unknown benchmark group: " + group);
                    return 2;
            }
        }

        private static void RunStorage()
        {
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(12))
                .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
                .AddLogger(new ConsoleLogger())
                .AddColumnProvider(DefaultColumnProviders.Instance);
            Summary summary = WithProgressOnStderr(() => BenchmarkRunner.Run<StorageBenchmarks>(config));

            double Mean(string method) => Report(summary, method).ResultStatistics!.Mean;
            long Allocated(string method)
            {
                BenchmarkReport report = Report(summary, method);
                return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            }

            double write = Mean(nameof(StorageBenchmarks.Write));
            double read = Mean(nameof(StorageBenchmarks.Read));
            double stj = Mean(nameof(StorageBenchmarks.SystemTextJsonWrite));
            double floor = Mean(nameof(StorageBenchmarks.Floor));

            int points = 0;
            int failures = 0;
            foreach (SimulatedStorage storage in SimulatedStorage.All)
            {
                PowerCutReport report = PowerCutSimulator.Run(storage, secondCutStride: 13);
                points += report.Points;
                failures += report.Failures;
            }

            Figure("storage.write.alloc_bytes", Allocated(nameof(StorageBenchmarks.Write)));
            Figure("storage.read.alloc_bytes", Allocated(nameof(StorageBenchmarks.Read)));
            Figure("storage.write.ns", write);
            Figure("storage.read.ns", read);
            Figure("storage.write.stj_ratio", stj / write);
            Figure("storage.write.floor_ratio", write / floor);
            Figure("storage.powercut.points", points);
            Figure("storage.powercut.failures", failures);
        }

        /// <summary>BenchmarkDotNet reports progress on stdout; keep stdout for figure lines only.</summary>
        private static T WithProgressOnStderr<T>(Func<T> run)
        {
            System.IO.TextWriter stdout = Console.Out;
            Console.SetOut(Console.Error);
            try
            {
                return run();
            }
            finally
            {
                Console.SetOut(stdout);
            }
        }

        private static BenchmarkReport Report(Summary summary, string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);

        private static void Figure(string name, double value) =>
            Console.WriteLine("figure " + name + " " + value.ToString(value == Math.Floor(value) ? "0" : "0.##", CultureInfo.InvariantCulture));
    }
}
