using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using BlynkWM.Server;

namespace BlynkWM.HostDevice
{
    /// <summary>
    /// The Blynk servers of the simulated world, started in this process: one per entry of the scenario's
    /// <c>"blynkServers"</c> (a host name the config may use, e.g. "blynk.cloud"), each on a free loopback port, taking
    /// any token. Their pin traffic is printed; <see cref="Stop"/> and <see cref="Start"/> play a server going away.
    /// </summary>
    internal sealed class LocalBlynkServers : IDisposable
    {
        private readonly List<string> _hosts = new List<string>();
        private readonly List<BlynkServer> _servers = new List<BlynkServer>();

        public LocalBlynkServers(string scenarioPath, TextWriter log)
        {
            foreach (string host in ReadHosts(scenarioPath))
            {
                var server = new BlynkServer(new BlynkServerOptions { Address = IPAddress.Loopback, AcceptAnyToken = true, KeepTranscript = false });
                int number = _servers.Count + 1;
                server.VirtualWriteReceived += (token, pin, values) =>
                    log.WriteLine("[server " + number + "] V" + pin + " = " + LogText.Escape(string.Join(",", values)));
                server.DeviceConnected += token => log.WriteLine("[server " + number + "] device logged in");
                server.DeviceDisconnected += token => log.WriteLine("[server " + number + "] device left");
                server.Start();
                _hosts.Add(host);
                _servers.Add(server);
            }
        }

        public int Count => _servers.Count;

        public string Host(int index) => _hosts[index];

        public int Port(int index) => _servers[index].TcpPort;

        public void Stop(int index) => _servers[index].Stop();

        public void Start(int index) => _servers[index].Start();

        /// <summary>Plays the app: writes <paramref name="value"/> to <paramref name="pin"/> of every device logged in on the server.</summary>
        public int WriteVirtual(int index, string[] tokens, int pin, string value)
        {
            int sent = 0;
            foreach (string token in tokens)
            {
                if (_servers[index].WriteVirtual(token, pin, value))
                {
                    sent++;
                }
            }

            return sent;
        }

        public void Dispose()
        {
            foreach (BlynkServer server in _servers)
            {
                server.Dispose();
            }
        }

        /// <summary>The scenario's optional "blynkServers": [{ "host": "blynk.cloud" }, ...].</summary>
        private static List<string> ReadHosts(string path)
        {
            var hosts = new List<string>();
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), options);
            if (!document.RootElement.TryGetProperty("blynkServers", out JsonElement list))
            {
                return hosts;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("blynkServers must be an array of { \"host\": \"...\" }.");
            }

            foreach (JsonElement entry in list.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("host", out JsonElement host) || host.ValueKind != JsonValueKind.String
                    || string.IsNullOrEmpty(host.GetString()))
                {
                    throw new InvalidDataException("Each blynkServers entry needs a \"host\" string.");
                }

                hosts.Add(host.GetString()!);
            }

            return hosts;
        }
    }
}
