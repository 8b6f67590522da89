using BlynkWM.Ports;

namespace BlynkWM.Server
{
    /// <summary>How a <see cref="BlynkServer"/> listens and behaves.</summary>
    public sealed class BlynkServerOptions
    {
        /// <summary>Address both listeners bind to.</summary>
        public IPAddress Address { get; set; } = IPAddress.Loopback;

        /// <summary>Plain TCP port; 0 picks a free one (see <see cref="BlynkServer.TcpPort"/>), -1 turns TCP off.</summary>
        public int TcpPort { get; set; }

        /// <summary>TLS port; 0 picks a free one, -1 (the default) turns TLS off.</summary>
        public int TlsPort { get; set; } = -1;

        /// <summary>The TLS certificate; null makes one at start (a CA and a localhost/127.0.0.1 certificate it signs).</summary>
        public ServerCertificates? Certificates { get; set; }

        /// <summary>Tokens that log in; any other gets INVALID_TOKEN (9) and is disconnected.</summary>
        public string[] Tokens { get; set; } = new string[0];

        /// <summary>Every token logs in (the simulated device's stand-in for a cloud that knows its devices).</summary>
        public bool AcceptAnyToken { get; set; }

        /// <summary>Longest message body accepted from a device; longer closes its connection.</summary>
        public int MaxBodyLength { get; set; } = 65535;

        /// <summary>Heartbeat assumed for a device that does not announce one (<c>h-beat</c>).</summary>
        public int DefaultHeartbeatSeconds { get; set; } = 45;

        /// <summary>A device silent for this many heartbeats is disconnected.</summary>
        public double IdleHeartbeats { get; set; } = 2.5;

        /// <summary>How often idle devices are looked for; 0 leaves it to explicit <see cref="BlynkServer.SweepIdle"/> calls.</summary>
        public int IdleSweepIntervalMs { get; set; } = 1000;

        /// <summary>The clock idle times are measured on.</summary>
        public IClock? Clock { get; set; }

        /// <summary>Keep every received message per device (tests); off for long runs and benchmarks.</summary>
        public bool KeepTranscript { get; set; } = true;

        /// <summary>Where pin traffic and connections are logged, one line each; null logs nothing.</summary>
        public TextWriter? Log { get; set; }
    }
}
