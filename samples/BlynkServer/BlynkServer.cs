using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Sockets;
using System.Threading.Tasks;
using BlynkWM.Host.Time;
using BlynkWM.Ports;

namespace BlynkWM.Server
{
    /// <summary>
    /// A Blynk server for devices, on loopback (or any address): TCP and/or TLS listeners, a token list, and per device
    /// the last value of every pin (what a sync sends back), its device info, properties and a transcript. The app side
    /// is this object's API: <see cref="WriteVirtual"/> (a widget writes a pin), <see cref="RequestRead"/>,
    /// <see cref="Redirect"/>, <see cref="SendPing"/>. <see cref="Stop"/> and <see cref="Start"/> again (same ports)
    /// simulate a server going away and coming back.
    /// </summary>
    public sealed class BlynkServer : IDisposable
    {
        private readonly ConcurrentDictionary<string, DeviceRecord> _devices = new ConcurrentDictionary<string, DeviceRecord>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ServerSession, bool> _sessions = new ConcurrentDictionary<ServerSession, bool>();
        private readonly HashSet<string> _tokens;
        private readonly IClock _clock;
        private readonly object _logLock = new object();
        private Socket? _tcp;
        private Socket? _tls;
        private Timer? _sweep;
        private bool _ownsCertificates;

        public BlynkServer(BlynkServerOptions options)
        {
            Options = options;
            _tokens = new HashSet<string>(options.Tokens, StringComparer.Ordinal);
            _clock = options.Clock ?? new SystemClock();
            Certificates = options.Certificates;
        }

        public BlynkServerOptions Options { get; }

        /// <summary>The TLS certificates in use (made at the first start when none were given).</summary>
        public ServerCertificates? Certificates { get; private set; }

        /// <summary>The plain TCP port, once started; -1 when TCP is off.</summary>
        public int TcpPort { get; private set; } = -1;

        /// <summary>The TLS port, once started; -1 when TLS is off.</summary>
        public int TlsPort { get; private set; } = -1;

        public bool Running { get; private set; }

        /// <summary>Connections accepted since creation.</summary>
        public int ConnectionsAccepted => Volatile.Read(ref _accepted);

        private int _accepted;

        /// <summary>A device wrote a pin (token, pin, values). Raised on the connection's thread.</summary>
        public event Action<string, int, string[]>? VirtualWriteReceived;

        /// <summary>A device set a widget property (token, pin, property, value).</summary>
        public event Action<string, int, string, string>? PropertyReceived;

        /// <summary>A device logged an event (token, name, description).</summary>
        public event Action<string, string, string>? EventLogged;

        /// <summary>A device logged in (token).</summary>
        public event Action<string>? DeviceConnected;

        /// <summary>A logged-in device's connection ended (token).</summary>
        public event Action<string>? DeviceDisconnected;

        internal long NowMs => _clock.NowMilliseconds;

        /// <summary>Opens the listeners (the ports of the previous start when restarting) and serves until <see cref="Stop"/>.</summary>
        public void Start()
        {
            if (Running)
            {
                return;
            }

            if (Options.TlsPort >= 0 && Certificates == null)
            {
                Certificates = ServerCertificates.Create();
                _ownsCertificates = true;
            }

            if (Options.TcpPort >= 0)
            {
                _tcp = Listen(TcpPort > 0 ? TcpPort : Options.TcpPort, out int port);
                TcpPort = port;
                _ = AcceptLoopAsync(_tcp, tls: false);
            }

            if (Options.TlsPort >= 0)
            {
                _tls = Listen(TlsPort > 0 ? TlsPort : Options.TlsPort, out int port);
                TlsPort = port;
                _ = AcceptLoopAsync(_tls, tls: true);
            }

            if (Options.IdleSweepIntervalMs > 0)
            {
                _sweep = new Timer(_ => SweepIdle(), null, Options.IdleSweepIntervalMs, Options.IdleSweepIntervalMs);
            }

            Running = true;
            Log("listening" + (TcpPort >= 0 ? " tcp " + Options.Address + ":" + TcpPort : "") + (TlsPort >= 0 ? " tls " + Options.Address + ":" + TlsPort : ""));
        }

        /// <summary>Closes the listeners and every connection (as a killed server process would); stored pins stay.</summary>
        public void Stop()
        {
            if (!Running)
            {
                return;
            }

            Running = false;
            _sweep?.Dispose();
            _sweep = null;
            _tcp?.Dispose();
            _tls?.Dispose();
            _tcp = null;
            _tls = null;
            foreach (ServerSession session in _sessions.Keys)
            {
                session.Close();
            }

            Log("stopped");
        }

        public void Restart()
        {
            Stop();
            Start();
        }

        public void Dispose()
        {
            Stop();
            if (_ownsCertificates)
            {
                Certificates?.Dispose();
            }
        }

        /// <summary>Adds a token that may log in.</summary>
        public void AddToken(string token)
        {
            lock (_tokens)
            {
                _tokens.Add(token);
            }
        }

        /// <summary>The record of the device with <paramref name="token"/> (created on first use).</summary>
        public DeviceRecord Device(string token) => _devices.GetOrAdd(token, t => new DeviceRecord(t));

        public bool IsOnline(string token) => _devices.TryGetValue(token, out DeviceRecord? device) && device.Online;

        /// <summary>An app writes pin V<paramref name="pin"/>: stored, and sent to the device when it is online.</summary>
        public bool WriteVirtual(string token, int pin, params string[] values)
        {
            DeviceRecord device = Device(token);
            device.SetPin(pin, values);
            var fields = new string[values.Length + 2];
            fields[0] = "vw";
            fields[1] = pin.ToString(CultureInfo.InvariantCulture);
            values.CopyTo(fields, 2);
            ServerSession? session = device.Session;
            Log(Short(token) + " V" + pin + " <- " + string.Join(" | ", values) + (session == null ? " (device offline: stored)" : ""));
            return session != null && session.Send(BlynkCommands.Hardware, 0, fields);
        }

        /// <summary>An app asks the device for pin V<paramref name="pin"/> ("vr"); the device answers with a write.</summary>
        public bool RequestRead(string token, int pin)
        {
            ServerSession? session = Device(token).Session;
            Log(Short(token) + " V" + pin + " read request");
            return session != null && session.Send(BlynkCommands.Hardware, 0, "vr", pin.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Tells the device to reconnect to <paramref name="host"/>:<paramref name="port"/>.</summary>
        public bool Redirect(string token, string host, int port)
        {
            ServerSession? session = Device(token).Session;
            Log(Short(token) + " redirected to " + host + ":" + port);
            return session != null && session.Send(BlynkCommands.Redirect, 0, host, port.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>A PING to the device (it answers RESPONSE 200).</summary>
        public bool SendPing(string token)
        {
            ServerSession? session = Device(token).Session;
            return session != null && session.Send(BlynkCommands.Ping, 0);
        }

        /// <summary>Closes the device's connection (it will reconnect).</summary>
        public void Disconnect(string token) => Device(token).Session?.Close();

        /// <summary>Disconnects devices silent for longer than <see cref="BlynkServerOptions.IdleHeartbeats"/> heartbeats.</summary>
        public void SweepIdle()
        {
            long now = NowMs;
            foreach (ServerSession session in _sessions.Keys)
            {
                long limit = (long)(session.HeartbeatSeconds * 1000 * Options.IdleHeartbeats);
                if (now - session.LastActivityMs > limit)
                {
                    Note(session, "silent for " + (now - session.LastActivityMs) / 1000 + " s: disconnected");
                    session.Close();
                }
            }
        }

        internal DeviceRecord? Login(ServerSession session, string token)
        {
            bool known;
            lock (_tokens)
            {
                known = Options.AcceptAnyToken || _tokens.Contains(token);
            }

            if (!known)
            {
                Note(session, "login with unknown token " + Short(token) + ": INVALID_TOKEN");
                return null;
            }

            DeviceRecord device = Device(token);
            ServerSession? previous = device.Session;
            device.Session = session;
            previous?.Close();
            device.CountLogin();
            Note(session, "login " + Short(token) + " ok");
            DeviceConnected?.Invoke(token);
            return device;
        }

        internal void SessionEnded(ServerSession session)
        {
            _sessions.TryRemove(session, out _);
            DeviceRecord? device = session.Device;
            if (device != null && ReferenceEquals(device.Session, session))
            {
                device.Session = null;
                Note(session, "device " + Short(device.Token) + " offline");
                DeviceDisconnected?.Invoke(device.Token);
            }
        }

        internal void RaiseWrite(string token, int pin, string[] values) => VirtualWriteReceived?.Invoke(token, pin, values);

        internal void RaiseProperty(string token, int pin, string property, string value) => PropertyReceived?.Invoke(token, pin, property, value);

        internal void RaiseEvent(string token, string name, string description) => EventLogged?.Invoke(token, name, description);

        internal void NoteWrite(ServerSession session, int pin, string[] values)
        {
            if (Options.Log != null)
            {
                Note(session, "V" + pin + " -> " + string.Join(" | ", values));
            }
        }

        internal void Note(ServerSession session, string message)
        {
            if (Options.Log != null)
            {
                Log((session.Tls ? "tls " : "tcp ") + session.Remote + (session.Device != null ? " " + Short(session.Device.Token) : "") + ": " + message);
            }
        }

        private void Log(string message)
        {
            if (Options.Log == null)
            {
                return;
            }

            lock (_logLock)
            {
                Options.Log.WriteLine(DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + message);
                Options.Log.Flush();
            }
        }

        private static string Short(string token) => token.Length <= 8 ? token : token.Substring(0, 8) + "…";

        private Socket Listen(int port, out int actual)
        {
            var socket = new Socket(Options.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                // A restart binds the same port again while closed connections linger in TIME_WAIT.
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                socket.Bind(new IPEndPoint(Options.Address, port));
                socket.Listen(64);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            actual = ((IPEndPoint)socket.LocalEndPoint!).Port;
            return socket;
        }

        private async Task AcceptLoopAsync(Socket listener, bool tls)
        {
            while (true)
            {
                Socket accepted;
                try
                {
                    accepted = await listener.AcceptAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
                {
                    return; // stopped
                }

                Interlocked.Increment(ref _accepted);
                var session = new ServerSession(this, accepted, tls);
                _sessions[session] = true;
                Note(session, "connected");
                _ = Task.Run(session.RunAsync);
            }
        }
    }
}
