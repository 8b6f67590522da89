using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

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
                case "powercut":
                    RunPowerCut();
                    return 0;
                case "mutation-score":
                    // mutation-score <figure name> <Stryker JSON report>
                    Figure(args[1], Math.Round(MutationReport.Score(args[2], Console.Error), 1));
                    return 0;
                case "portal":
                    PortalBenchmark.Run(Figure);
                    SlowlorisBenchmark.Run(Figure);
                    return 0;
                case "portal-size":
                    // The page's bytes on the wire and the save's request count only (no wrk, no Kestrel): for page edits.
                    PortalBenchmark.RunSize(Figure);
                    return 0;
                case "slowloris":
                    // Part of "portal"; alone for trying a server change (about 65 s).
                    SlowlorisBenchmark.Run(Figure);
                    return 0;
                case "loop":
                    // Part of "connectivity": the WiFi, flash-write and loop figures without the Blynk throughput
                    // runs and node, for trying a lifecycle change (a few seconds).
                    ConnectivityFigures.Run(Figure);
                    LoopFigures.Run(Figure);
                    return 0;
                case "connectivity":
                    ConnectivityBenchmark.Run(Figure);
                    ConnectivityFigures.Run(Figure);
                    LoopFigures.Run(Figure);
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

            Figure("storage.write.alloc_bytes", Allocated(nameof(StorageBenchmarks.Write)));
            Figure("storage.read.alloc_bytes", Allocated(nameof(StorageBenchmarks.Read)));
            Figure("storage.write.ns", write);
            Figure("storage.read.ns", read);
            Figure("storage.write.stj_ratio", stj / write);
            Figure("storage.write.floor_ratio", write / floor);

            // The seed's Async_ESP32WM_MRD_Config example (the seed reserves 564 EEPROM bytes for it): our worst case per
            // copy and the record its defaults make, header and CRC included in both.
            Figure("storage.seed_example.max_bytes", Samples.SeedExampleConfig.StorageLayout.MaxRecordSize);
            Figure("storage.seed_example.typical_bytes", SampleValues.SeedExample().Write(new byte[Samples.SeedExampleConfig.StorageLayout.MaxRecordSize], 0, 1));
            RunPowerCut();
        }

        /// <summary>
        /// The fault campaigns, denser than the tests': each save/erase scenario with every kind of fault at every step,
        /// then every kind of fault at sampled steps of the next operation (<see cref="CampaignDensity.Wide"/>); the small
        /// records under every kind of fault at every step.
        /// </summary>
        private static void RunPowerCut()
        {
            var total = new PowerCutReport();
            foreach (SimulatedStorage storage in SimulatedStorage.All)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                PowerCutReport report = FaultCampaign.Run(storage, CampaignDensity.Wide, stopEarly: false);
                report.Add(SmallRecordCampaign.Run(storage));
                Console.Error.WriteLine("power cuts, " + storage.Name + ": " + report + " (" + watch.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s)");
                total.Add(report);
            }

            Figure("storage.powercut.points", total.Points);
            Figure("storage.powercut.failures", total.Failures);
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
