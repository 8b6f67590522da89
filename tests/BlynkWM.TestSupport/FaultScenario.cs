using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>One operation of a history: a save of a config, or an erase.</summary>
    public sealed class StoreOperation
    {
        private readonly DeviceConfig? _config;

        private StoreOperation(string name, DeviceConfig? config)
        {
            Name = name;
            _config = config;
            Outcome = config is null ? null : SampleValues.Fingerprint(config);
        }

        public string Name { get; }

        /// <summary>What a load finds once the operation is complete: the config's fingerprint, or null (nothing) after an erase.</summary>
        public byte[]? Outcome { get; }

        public bool IsErase => _config is null;

        public static StoreOperation Save(string name, DeviceConfig config) => new StoreOperation(name, config);

        public static StoreOperation Erase() => new StoreOperation("erase", null);

        public void Apply(IConfigStore store)
        {
            if (_config is null)
            {
                store.Erase();
            }
            else
            {
                store.Save(_config);
            }
        }

        public override string ToString() => Name;
    }

    /// <summary>
    /// A history set up without faults (the device reboots after each operation), an operation hit by a fault at every
    /// step, and the operation the device does next, hit by a second fault at sampled steps.
    /// </summary>
    public sealed class FaultScenario
    {
        public FaultScenario(string name, StoreOperation[] setup, StoreOperation faulted, StoreOperation followUp)
        {
            Name = name;
            Setup = setup;
            Faulted = faulted;
            FollowUp = followUp;
        }

        public string Name { get; }

        public StoreOperation[] Setup { get; }

        public StoreOperation Faulted { get; }

        public StoreOperation FollowUp { get; }

        /// <summary>Saves over a config and as the first, erases over several copies and over an erase, saves after an erase.</summary>
        public static FaultScenario[] All()
        {
            StoreOperation a = StoreOperation.Save("A", SampleValues.DeviceA());
            StoreOperation b = StoreOperation.Save("B", SampleValues.DeviceB());
            StoreOperation a2 = StoreOperation.Save("A2", With(SampleValues.DeviceA(), c => c.BoardName = "greenhouse-02"));

            // B2 is as long as B: a cut after its header would revalidate B's body if its sequence number repeated B's.
            StoreOperation b2 = StoreOperation.Save("B2", With(SampleValues.DeviceB(), c => c.BoardName = "office-sensos"));
            StoreOperation c = StoreOperation.Save("C", With(SampleValues.DeviceB(), c => c.MqttPort = 4242));
            StoreOperation erase = StoreOperation.Erase();
            return new[]
            {
                new FaultScenario("save over a config", new[] { a }, b, c),
                new FaultScenario("first save", Array.Empty<StoreOperation>(), a, c),
                new FaultScenario("save, then erase", new[] { a }, b, erase),
                new FaultScenario("erase over three saves", new[] { a, b, a2 }, erase, c),
                new FaultScenario("erase over an erase", new[] { a, erase }, erase, c),
                new FaultScenario("first save after an erase", new[] { a, b, erase }, b2, c),
                new FaultScenario("second save after an erase", new[] { a, b, erase, a2 }, b2, c),
            };
        }

        /// <summary>Every config a scenario stores, by fingerprint, to name what a load found.</summary>
        public static Dictionary<string, string> Names(IEnumerable<FaultScenario> scenarios)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (FaultScenario scenario in scenarios)
            {
                foreach (StoreOperation op in scenario.Setup)
                {
                    AddName(names, op);
                }

                AddName(names, scenario.Faulted);
                AddName(names, scenario.FollowUp);
            }

            return names;
        }

        private static void AddName(Dictionary<string, string> names, StoreOperation op)
        {
            if (op.Outcome is not null)
            {
                names[Convert.ToHexString(op.Outcome)] = op.Name;
            }
        }

        private static DeviceConfig With(DeviceConfig config, Action<DeviceConfig> change)
        {
            change(config);
            return config;
        }
    }

    /// <summary>What a load found: the config's fingerprint when it loaded, and the status.</summary>
    public sealed class Loaded
    {
        private Loaded(ConfigReadStatus status, byte[]? config)
        {
            Status = status;
            Config = config;
        }

        public ConfigReadStatus Status { get; }

        /// <summary>The fingerprint of the loaded config; null when none loaded.</summary>
        public byte[]? Config { get; }

        public static Loaded From(IConfigStore store)
        {
            var config = new DeviceConfig();
            ConfigReadStatus status = store.Load(config);
            return new Loaded(status, status == ConfigReadStatus.Ok ? SampleValues.Fingerprint(config) : null);
        }

        /// <summary>Whether this is the config <paramref name="expected"/>, or, for null, no config at all (whatever the status).</summary>
        public bool Is(byte[]? expected) =>
            expected is null ? Config is null : Config is not null && Config.AsSpan().SequenceEqual(expected);

        public bool SameAs(Loaded other) => Status == other.Status && Is(other.Config);

        public string Describe(Dictionary<string, string> names) =>
            Config is null ? Status.ToString() : names.TryGetValue(Convert.ToHexString(Config), out string? name) ? name : "an unknown config";
    }
}
