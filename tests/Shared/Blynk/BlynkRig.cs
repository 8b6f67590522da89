#nullable disable
using BlynkWM.Blynk;
using BlynkWM.Ports;

namespace BlynkWM.Testing
{
    /// <summary>True when what a test waits for has happened.</summary>
    public delegate bool RigCondition();

    /// <summary>
    /// A Blynk client with N fake servers on an in-memory network and a manual clock: server i listens on
    /// "blynk{i+1}.test":8080 with token "token-{i+1}". <see cref="Tick"/> is one pass of a device loop: the servers
    /// answer, the client steps, the servers answer again, then the clock moves. Device-safe.
    /// </summary>
    public sealed class BlynkRig
    {
        public const int Port = 8080;

        public readonly RigClock Clock = new RigClock();
        public readonly MemoryStreamNetwork Network;
        public readonly MemoryStreamListener[] Listeners;
        public readonly FakeBlynkServer[] Servers;
        public readonly BlynkClient Client;

        public BlynkRig(int servers, BlynkClientOptions options)
            : this(servers, options, StreamSecurity.Plain())
        {
        }

        public BlynkRig(int servers, BlynkClientOptions options, StreamSecurity security)
        {
            Clock.NowMilliseconds = 1000;
            Network = new MemoryStreamNetwork(Clock);
            Listeners = new MemoryStreamListener[servers];
            Servers = new FakeBlynkServer[servers];
            var endpoints = new BlynkServerEndpoint[servers];
            for (int i = 0; i < servers; i++)
            {
                string host = "blynk" + (i + 1).ToString() + ".test";
                string token = "token-" + (i + 1).ToString();
                Listeners[i] = Network.Listen(host, Port);
                Servers[i] = new FakeBlynkServer(Listeners[i], token);
                endpoints[i] = new BlynkServerEndpoint(host, Port, token, security);
            }

            Client = new BlynkClient(Network, Clock, new XorShiftRandom(12345), options == null ? DefaultOptions() : options, endpoints);
        }

        /// <summary>Options with a device-like info block, so the frames sent do not depend on defaults changing.</summary>
        public static BlynkClientOptions DefaultOptions()
        {
            var options = new BlynkClientOptions();
            options.DeviceInfo.DeviceType = "ESP32";
            options.DeviceInfo.Cpu = "ESP32-S3";
            options.DeviceInfo.FirmwareVersion = "1.0.0";
            options.DeviceInfo.TemplateId = "TMPL0test";
            return options;
        }

        /// <summary>One loop pass of <paramref name="milliseconds"/>.</summary>
        public void Tick(int milliseconds)
        {
            PollServers();
            Client.Step();
            PollServers();
            Clock.Advance(milliseconds);
        }

        public void PollServers()
        {
            for (int i = 0; i < Servers.Length; i++)
            {
                Servers[i].Poll();
            }
        }

        /// <summary>Ticks until <paramref name="condition"/> holds; false if it does not within <paramref name="maxMilliseconds"/>.</summary>
        public bool RunUntil(RigCondition condition, long maxMilliseconds, int tickMilliseconds)
        {
            long deadline = Clock.NowMilliseconds + maxMilliseconds;
            while (!condition())
            {
                if (Clock.NowMilliseconds >= deadline)
                {
                    return false;
                }

                Tick(tickMilliseconds);
            }

            return true;
        }

        public void RunFor(long milliseconds, int tickMilliseconds)
        {
            long end = Clock.NowMilliseconds + milliseconds;
            while (Clock.NowMilliseconds < end)
            {
                Tick(tickMilliseconds);
            }
        }

        /// <summary>Starts the client and runs until it is logged in; false if it is not within 10 simulated seconds.</summary>
        public bool Connect()
        {
            Client.Start();
            return RunUntil(IsRunning, 10000, 10);
        }

        private bool IsRunning()
        {
            return Client.State == BlynkState.Running;
        }
    }
}
