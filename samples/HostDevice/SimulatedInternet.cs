using System.Collections.Generic;
using BlynkWM.Host.Net;
using BlynkWM.Ports;

namespace BlynkWM.HostDevice
{
    /// <summary>
    /// The simulated device's internet: a connection to a Blynk server named in the scenario goes to the local server
    /// standing in for it (on loopback), or, with <c>--blynk HOST:PORT</c>, every connection goes to that address. A
    /// name that is neither fails as an unknown host would: nothing leaves the machine.
    /// </summary>
    internal sealed class SimulatedInternet : IOutgoingStreamPort
    {
        private readonly SocketStreamPort _sockets = new SocketStreamPort();
        private readonly Dictionary<string, int> _routes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly string? _everythingTo;
        private readonly int _everythingToPort;

        public SimulatedInternet(string? everythingTo, int everythingToPort)
        {
            _everythingTo = everythingTo;
            _everythingToPort = everythingToPort;
        }

        /// <summary>Connections to <paramref name="host"/> (any port) go to 127.0.0.1:<paramref name="localPort"/>.</summary>
        public void Route(string host, int localPort) => _routes[host] = localPort;

        public IOutgoingStream Open(string host, int port, StreamSecurity security)
        {
            if (_everythingTo != null)
            {
                return _sockets.Open(_everythingTo, _everythingToPort, security);
            }

            return _routes.TryGetValue(host, out int local)
                ? _sockets.Open("127.0.0.1", local, security)
                : new UnknownHost(host);
        }

        /// <summary>What a name the simulated world does not know resolves to.</summary>
        private sealed class UnknownHost : IOutgoingStream
        {
            private readonly string _host;

            public UnknownHost(string host) => _host = host;

            public StreamState State => StreamState.Failed;

            public StreamFailure Failure => StreamFailure.HostNotFound;

            public string FailureDetail => _host + " is not in the simulated world (the scenario's \"blynkServers\", or --blynk HOST:PORT)";

            public int Receive(byte[] buffer, int offset, int count) => -1;

            public int Send(byte[] buffer, int offset, int count) => -1;

            public void Close()
            {
            }
        }
    }
}
