using System.Collections.Generic;
using System.Diagnostics;

namespace BlynkWM.Server
{
    /// <summary>One message a device sent, as the server read it.</summary>
    public sealed class ReceivedMessage
    {
        public ReceivedMessage(byte command, int id, string[] fields)
        {
            Command = command;
            Id = id;
            Fields = fields;
        }

        public byte Command { get; }

        public int Id { get; }

        /// <summary>The body's NUL-separated fields (none for an empty body; the status for a response).</summary>
        public string[] Fields { get; }

        public override string ToString() => Command + " " + string.Join("|", Fields);
    }

    /// <summary>What the server knows of one device (one token): its pins, its info, its connection and counters.</summary>
    public sealed class DeviceRecord
    {
        private readonly object _gate = new object();
        private readonly Dictionary<int, string[]> _pins = new Dictionary<int, string[]>();
        private readonly Dictionary<string, string> _info = new Dictionary<string, string>();
        private readonly Dictionary<string, string> _properties = new Dictionary<string, string>();
        private readonly List<ReceivedMessage> _transcript = new List<ReceivedMessage>();
        private long _logins;
        private long _pings;
        private long _virtualWrites;
        private long _firstWrite;
        private long _lastWrite;

        internal DeviceRecord(string token)
        {
            Token = token;
        }

        public string Token { get; }

        internal ServerSession? Session { get; set; }

        public bool Online => Session != null;

        public long Logins => Interlocked.Read(ref _logins);

        /// <summary>PINGs received (each answered 200).</summary>
        public long Pings => Interlocked.Read(ref _pings);

        /// <summary>HARDWARE "vw" messages received.</summary>
        public long VirtualWrites => Interlocked.Read(ref _virtualWrites);

        /// <summary>Stopwatch time of the first and latest "vw" since <see cref="ResetWriteClock"/>.</summary>
        public long FirstWriteTimestamp => Interlocked.Read(ref _firstWrite);

        public long LastWriteTimestamp => Interlocked.Read(ref _lastWrite);

        public void ResetWriteClock()
        {
            Interlocked.Exchange(ref _virtualWrites, 0);
            Interlocked.Exchange(ref _firstWrite, 0);
            Interlocked.Exchange(ref _lastWrite, 0);
        }

        /// <summary>The values last written to pin V<paramref name="pin"/> (by the device or an app), or null.</summary>
        public string[]? GetPin(int pin)
        {
            lock (_gate)
            {
                return _pins.TryGetValue(pin, out string[]? values) ? values : null;
            }
        }

        public int[] StoredPins()
        {
            lock (_gate)
            {
                var pins = new List<int>(_pins.Keys);
                pins.Sort();
                return pins.ToArray();
            }
        }

        /// <summary>A value of the device-info message ("ver", "h-beat", "buff-in", "dev", ...), or null.</summary>
        public string? GetInfo(string key)
        {
            lock (_gate)
            {
                return _info.TryGetValue(key, out string? value) ? value : null;
            }
        }

        /// <summary>A widget property the device set ("label" of V1...), or null.</summary>
        public string? GetProperty(int pin, string property)
        {
            lock (_gate)
            {
                return _properties.TryGetValue(pin + "/" + property, out string? value) ? value : null;
            }
        }

        /// <summary>Every message received since the device was first seen (with <see cref="BlynkServerOptions.KeepTranscript"/>).</summary>
        public ReceivedMessage[] Transcript()
        {
            lock (_gate)
            {
                return _transcript.ToArray();
            }
        }

        internal void SetPin(int pin, string[] values)
        {
            lock (_gate)
            {
                _pins[pin] = values;
            }
        }

        internal void SetInfo(string key, string value)
        {
            lock (_gate)
            {
                _info[key] = value;
            }
        }

        internal void SetProperty(int pin, string property, string value)
        {
            lock (_gate)
            {
                _properties[pin + "/" + property] = value;
            }
        }

        internal void Record(ReceivedMessage message)
        {
            lock (_gate)
            {
                _transcript.Add(message);
            }
        }

        internal void CountLogin() => Interlocked.Increment(ref _logins);

        internal void CountPing() => Interlocked.Increment(ref _pings);

        internal void CountWrite()
        {
            long now = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref _firstWrite, now, 0);
            Interlocked.Exchange(ref _lastWrite, now);
            Interlocked.Increment(ref _virtualWrites);
        }
    }
}
