using System.Globalization;

namespace BlynkWM.HostDevice
{
    /// <summary>Command-line options of the simulated device.</summary>
    internal sealed class DeviceOptions
    {
        public string DataFolder { get; private set; } = Path.Combine(Environment.CurrentDirectory, ".data", "host-device");
        public string ScenarioPath { get; private set; } = Path.Combine(AppContext.BaseDirectory, "scenario.json");
        public int HttpPort { get; private set; } = 8080;
        public int DnsPort { get; private set; } = 5354;
        public bool ForcePortal { get; private set; }
        public bool Reset { get; private set; }
        public int MaxBoots { get; private set; } = int.MaxValue;
        public string? BlynkHost { get; private set; }
        public int BlynkPort { get; private set; }
        public bool Demo { get; private set; }
        public int RunSeconds { get; private set; }

        /// <summary>--help or -h was given: print <see cref="Usage"/> and start nothing.</summary>
        public bool Help { get; private set; }

        public const string Usage =
            "usage: HostDevice [--help] [--data DIR] [--scenario FILE] [--http-port N] [--dns-port N] [--portal] [--reset] [--demo]\n" +
            "                  [--blynk HOST:PORT] [--max-boots N] [--run-seconds N]\n" +
            "  --help           print this and exit\n" +
            "  --data DIR       where the simulated flash lives (default ./.data/host-device)\n" +
            "  --scenario FILE  networks the simulated radio sees (default: scenario.json beside the program)\n" +
            "  --http-port N    portal port on 127.0.0.1 (default 8080; 0 picks a free one)\n" +
            "  --dns-port N     captive DNS port on 127.0.0.1 (default 5354; 0 picks a free one)\n" +
            "  --portal         open the portal even if a valid config is stored (like a double reset)\n" +
            "  --reset          erase the stored config first\n" +
            "  --demo           store a ready config first (HomeNet and Workshop; the scenario's two Blynk servers)\n" +
            "  --blynk H:P      send every Blynk connection to H:P (e.g. samples/BlynkServer) instead of the scenario's servers\n" +
            "  --max-boots N    at most N boots: the Nth boot ends the program where it would reboot\n" +
            "  --run-seconds N  stop N seconds into the last boot (the current one without --max-boots; default: run until Ctrl+C)\n" +
            "It keeps running after a save (the device reboots into the new config); stop it with Ctrl+C.";

        public static DeviceOptions Parse(string[] args)
        {
            var options = new DeviceOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(arg + " needs a value");
                int Port() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
                    ? port : throw new ArgumentException(arg + " needs a port number from 0 to 65535");
                switch (arg)
                {
                    case "--data": options.DataFolder = Path.GetFullPath(Value()); break;
                    case "--scenario": options.ScenarioPath = Path.GetFullPath(Value()); break;
                    case "--http-port": options.HttpPort = Port(); break;
                    case "--dns-port": options.DnsPort = Port(); break;
                    case "--help":
                    case "-h":
                        options.Help = true;
                        return options;
                    case "--portal": options.ForcePortal = true; break;
                    case "--reset": options.Reset = true; break;
                    case "--demo": options.Demo = true; break;
                    case "--blynk":
                        string address = Value();
                        int colon = address.LastIndexOf(':');
                        if (colon <= 0 || !int.TryParse(address.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int blynkPort)
                            || blynkPort < 1 || blynkPort > 65535)
                        {
                            throw new ArgumentException("--blynk needs HOST:PORT, e.g. 127.0.0.1:8080");
                        }

                        options.BlynkHost = address.Substring(0, colon);
                        options.BlynkPort = blynkPort;
                        break;
                    case "--run-seconds":
                        options.RunSeconds = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds > 0
                            ? seconds : throw new ArgumentException("--run-seconds needs a positive number");
                        break;
                    case "--max-boots":
                        options.MaxBoots = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int boots) && boots > 0
                            ? boots : throw new ArgumentException("--max-boots needs a positive number");
                        break;
                    default: throw new ArgumentException("unknown option " + arg);
                }
            }

            return options;
        }
    }
}
