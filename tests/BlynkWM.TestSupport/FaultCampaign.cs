using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Which steps of an operation a campaign picks: every step this close to either end, and every stride-th between.</summary>
    public sealed class StepSample
    {
        public StepSample(int edge, int stride)
        {
            Edge = edge;
            Stride = stride;
        }

        public static StepSample Every { get; } = new StepSample(0, 1);

        public int Edge { get; }

        public int Stride { get; }

        public bool Includes(long step, long steps) => Stride <= 1 || step < Edge || steps - step <= Edge || step % Stride == 0;
    }

    /// <summary>Which points of a campaign get a second fault, during the operation after the faulted one, and of which kinds.</summary>
    public sealed class CampaignDensity
    {
        public CampaignDensity(StepSample firstSteps, StepSample secondSteps, bool afterTornFaults, params FaultKind[] secondKinds)
        {
            FirstSteps = firstSteps;
            SecondSteps = secondSteps;
            AfterTornFaults = afterTornFaults;
            SecondKinds = secondKinds;
        }

        /// <summary>
        /// For the tests: cuts and I/O errors at every step near either end of the next operation (where files are
        /// created, moved and deleted, and records begin and end) and every 37th between, after clean first faults
        /// placed by the same rule.
        /// </summary>
        public static CampaignDensity Dense { get; } = new CampaignDensity(new StepSample(6, 37), new StepSample(6, 37), false, FaultKind.Cut, FaultKind.IoError);

        /// <summary>
        /// For the benchmark figure: every kind of second fault at every step near either end of the next operation and
        /// every 17th between, after clean first faults at every step.
        /// </summary>
        public static CampaignDensity Wide { get; } = new CampaignDensity(StepSample.Every, new StepSample(8, 17), false, FaultKind.Cut, FaultKind.TornCut, FaultKind.IoError, FaultKind.TornIoError);

        /// <summary>Which first faults (by step) are followed by second faults; the others' next operation runs fault-free only.</summary>
        public StepSample FirstSteps { get; }

        public StepSample SecondSteps { get; }

        /// <summary>Whether torn first faults are followed by second faults too.</summary>
        public bool AfterTornFaults { get; }

        public FaultKind[] SecondKinds { get; }

        public bool FollowsWithSecondFaults(FaultKind kind, long step, long steps) =>
            (AfterTornFaults || kind == FaultKind.Cut || kind == FaultKind.IoError) && FirstSteps.Includes(step, steps);
    }

    /// <summary>
    /// Runs <see cref="FaultScenario"/>s against one storage kind. For every step of the faulted operation and every kind
    /// of first fault: after a cut the device reboots over the medium; after an I/O error it carries on with the same
    /// store, which must load exactly what a reboot would. Either way the load finds the state before the operation or
    /// after it (after it when the operation returned), the small records are untouched, and a completed operation
    /// numbers above every copy the medium ever held. Then the next operation runs, fault-free and with a second fault
    /// at the steps <see cref="CampaignDensity"/> picks, and the same holds for it.
    /// </summary>
    public sealed class FaultCampaign
    {
        public const uint ResetValue = 3;
        public const uint PortalValue = 1;

        private static readonly FaultKind[] EveryKind = { FaultKind.Cut, FaultKind.TornCut, FaultKind.IoError, FaultKind.TornIoError };

        private readonly SimulatedStorage _storage;
        private readonly CampaignDensity _density;
        private readonly Dictionary<string, string> _names;
        private readonly PowerCutReport _report = new PowerCutReport();

        private FaultCampaign(SimulatedStorage storage, CampaignDensity density, Dictionary<string, string> names)
        {
            _storage = storage;
            _density = density;
            _names = names;
        }

        /// <summary>Runs the scenarios (all by default) with the first faults of <paramref name="firstKinds"/> (every kind by default).</summary>
        public static PowerCutReport Run(SimulatedStorage storage, CampaignDensity density, FaultKind[]? firstKinds = null, FaultScenario[]? scenarios = null, bool stopEarly = true)
        {
            scenarios ??= FaultScenario.All();
            var campaign = new FaultCampaign(storage, density, FaultScenario.Names(scenarios));
            campaign._report.StopEarly = stopEarly;
            foreach (FaultScenario scenario in scenarios)
            {
                campaign.Run(scenario, firstKinds ?? EveryKind);
            }

            return campaign._report;
        }

        private void Run(FaultScenario scenario, FaultKind[] firstKinds)
        {
            object start = _storage.NewMedium();
            BootedDevice initial = _storage.BootDevice(start, new PowerBudget());
            initial.ResetRecord.Write(ResetValue);
            initial.PortalFlag.Write(PortalValue);
            uint? highWater = null;
            foreach (StoreOperation op in scenario.Setup)
            {
                op.Apply(_storage.Boot(start, new PowerBudget()));
                highWater = Newer(highWater, MediumInspector.NewestSequence(start));
            }

            var setup = new Setup(scenario, start, Loaded.From(_storage.Boot(start, new PowerBudget())), highWater);
            long steps = Steps(scenario.Faulted, start);
            for (long step = 0; step <= steps && !_report.Enough; step++)
            {
                foreach (FaultKind kind in firstKinds)
                {
                    long followSteps = RunPoint(setup, step, kind, -1, FaultKind.Cut);
                    if (!_density.FollowsWithSecondFaults(kind, step, steps))
                    {
                        continue;
                    }

                    for (long second = 0; second < followSteps && !_report.Enough; second++)
                    {
                        if (_density.SecondSteps.Includes(second, followSteps))
                        {
                            foreach (FaultKind secondKind in _density.SecondKinds)
                            {
                                RunPoint(setup, step, kind, second, secondKind);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>
        /// One point: the faulted operation with <paramref name="kind"/> at <paramref name="step"/>, then the next
        /// operation with <paramref name="secondKind"/> at <paramref name="second"/> (fault-free when negative; then the
        /// first operation's outcome is checked too). Returns the steps of the next operation when it ran fault-free.
        /// </summary>
        private long RunPoint(Setup setup, long step, FaultKind kind, long second, FaultKind secondKind)
        {
            FaultScenario scenario = setup.Scenario;
            string where = _storage.Name + ", " + scenario.Name + ": " + kind + " at step " + step + " of " + scenario.Faulted;
            object medium = _storage.Clone(setup.Medium);
            var budget = new PowerBudget(step, kind);
            BootedDevice device = _storage.BootDevice(medium, budget);
            device.Store.Load(new DeviceConfig());
            bool done = Apply(scenario.Faulted, device.Store, budget, where);
            bool cut = budget.PowerLost;
            if (cut)
            {
                budget = new PowerBudget();
                device = _storage.BootDevice(medium, budget);
            }
            else
            {
                budget.Restore();
            }

            Loaded first = Loaded.From(device.Store);
            uint? highWater = Newer(setup.HighWater, MediumInspector.NewestSequence(medium));
            if (second < 0)
            {
                _report.Points++;
                Check(where, first, setup.Before, scenario.Faulted, done, device, setup.HighWater, medium, cut);
            }

            // The next operation: after a reboot on a store that has not loaded yet, else on the same store.
            if (cut)
            {
                device = _storage.BootDevice(medium, budget);
            }

            long followSteps = second < 0 ? Steps(scenario.FollowUp, medium) : 0;
            budget.Schedule(second < 0 ? long.MaxValue : second, secondKind);
            where += ", then " + (second < 0 ? "no fault" : secondKind + " at step " + second) + " of " + scenario.FollowUp + " (loaded " + first.Describe(_names) + ")";
            bool followDone = Apply(scenario.FollowUp, device.Store, budget, where);
            bool followCut = budget.PowerLost;
            if (followCut)
            {
                device = _storage.BootDevice(medium, new PowerBudget());
            }
            else
            {
                budget.Restore();
            }

            if (second >= 0)
            {
                _report.Points++;
            }

            Check(where, Loaded.From(device.Store), first, scenario.FollowUp, followDone, device, highWater, medium, followCut);
            return followSteps;
        }

        /// <summary>Checks the state after <paramref name="op"/>, as loaded by <paramref name="device"/> (rebooted when <paramref name="rebooted"/>).</summary>
        private void Check(string where, Loaded loaded, Loaded before, StoreOperation op, bool done, BootedDevice device, uint? highWater, object medium, bool rebooted)
        {
            bool isAfter = op.IsErase ? loaded.Status == ConfigReadStatus.Empty : loaded.Is(op.Outcome);
            if (done ? !isAfter : !isAfter && !loaded.Is(before.Config))
            {
                _report.Fail(where + ": loaded " + loaded.Describe(_names) + (done ? " after the operation completed" : ", neither " + before.Describe(_names) + " nor " + op));
                return;
            }

            if (!rebooted)
            {
                Loaded afterReboot = Loaded.From(_storage.Boot(medium, new PowerBudget())); // loading writes nothing
                if (!loaded.SameAs(afterReboot))
                {
                    _report.Fail(where + ": the same store loaded " + loaded.Describe(_names) + " (" + loaded.Status + "), a rebooted one " + afterReboot.Describe(_names) + " (" + afterReboot.Status + ")");
                    return;
                }
            }

            if (done)
            {
                uint current = device.Store.CurrentSequence;
                if (highWater is uint h && !ConfigRecord.IsNewer(current, h))
                {
                    _report.Fail(where + ": numbered " + current + ", not above " + h + " which the medium held before");
                    return;
                }

                List<uint> sequences = MediumInspector.Sequences(medium).Concat(MediumInspector.Sequences(medium, markers: true)).ToList();
                if (sequences.Count(s => s == current) != 1 || MediumInspector.NewestSequence(medium) != current)
                {
                    _report.Fail(where + ": its sequence number " + current + " is not the unique newest on the medium (" + string.Join(", ", sequences) + ")");
                    return;
                }
            }

            CheckSmallRecords(where, device);
            if (!rebooted)
            {
                CheckSmallRecords(where + " (after a reboot)", _storage.BootDevice(medium, new PowerBudget()));
            }
        }

        private void CheckSmallRecords(string where, BootedDevice device)
        {
            if (!device.ResetRecord.TryRead(out uint reset) || reset != ResetValue || !device.PortalFlag.TryRead(out uint portal) || portal != PortalValue)
            {
                _report.Fail(where + ": a small record changed");
            }
        }

        /// <summary>Applies the operation; false when the simulated fault stopped it. Any other failure is reported.</summary>
        private bool Apply(StoreOperation op, IConfigStore store, PowerBudget budget, string where)
        {
            try
            {
                op.Apply(store);
                return true;
            }
            catch (Exception e) when (e is PowerCutException || e is IOException)
            {
                if (!budget.Fired)
                {
                    _report.Fail(where + ": " + op + " threw without a fault: " + e.Message);
                }

                return false;
            }
        }

        private long Steps(StoreOperation op, object medium)
        {
            var budget = new PowerBudget();
            op.Apply(_storage.Boot(_storage.Clone(medium), budget));
            return budget.Spent;
        }

        private static uint? Newer(uint? current, uint? candidate) =>
            candidate is not uint c ? current : current is uint h && !ConfigRecord.IsNewer(c, h) ? h : c;

        private sealed class Setup
        {
            public Setup(FaultScenario scenario, object medium, Loaded before, uint? highWater)
            {
                Scenario = scenario;
                Medium = medium;
                Before = before;
                HighWater = highWater;
            }

            public FaultScenario Scenario { get; }

            public object Medium { get; }

            public Loaded Before { get; }

            public uint? HighWater { get; }
        }
    }
}
