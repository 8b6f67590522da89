using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading.Tasks;

namespace BlynkWM.Server
{
    /// <summary>
    /// One device connection: reads frames (5-byte header, NUL-separated body), requires a HW_LOGIN with a known token
    /// first, then serves PING, HARDWARE, HARDWARE_SYNC, INTERNAL, PROPERTY and EVENT_LOG. Writes are serialized by a lock
    /// because app-side writes come from other threads.
    /// </summary>
    internal sealed class ServerSession
    {
        private const int Header = 5;

        private readonly BlynkServer _server;
        private readonly Socket _socket;
        private readonly object _writeLock = new object();
        private Stream? _stream;
        private int _nextId;
        private int _closed;

        public ServerSession(BlynkServer server, Socket socket, bool tls)
        {
            _server = server;
            _socket = socket;
            Tls = tls;
            Remote = socket.RemoteEndPoint?.ToString() ?? "?";
            LastActivityMs = server.NowMs;
        }

        public bool Tls { get; }

        public string Remote { get; }

        public DeviceRecord? Device { get; private set; }

        /// <summary>The device's announced heartbeat (seconds), or the server's default.</summary>
        public int HeartbeatSeconds { get; private set; }

        public long LastActivityMs { get; private set; }

        public bool IsClosed => Volatile.Read(ref _closed) != 0;

        public async Task RunAsync()
        {
            HeartbeatSeconds = _server.Options.DefaultHeartbeatSeconds;
            try
            {
                _socket.NoDelay = true;
                Stream stream = new NetworkStream(_socket, ownsSocket: true);
                if (Tls)
                {
                    var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                    {
                        ServerCertificate = _server.Certificates!.Server,
                        ClientCertificateRequired = false,
                        EnabledSslProtocols = SslProtocols.None,
                    }, timeout.Token).ConfigureAwait(false);
                    stream = ssl;
                }

                _stream = stream;
                await ReadLoopAsync(stream).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is SocketException || e is AuthenticationException || e is ObjectDisposedException || e is OperationCanceledException)
            {
                _server.Note(this, "connection ended: " + e.GetType().Name + ": " + e.Message);
            }
            finally
            {
                Close();
            }
        }

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
            {
                return;
            }

            try
            {
                _stream?.Dispose();
                _socket.Dispose();
            }
            catch (Exception)
            {
                // Closing a broken connection may fail again; it is closed either way.
            }

            _server.SessionEnded(this);
        }

        /// <summary>A frame with <paramref name="fields"/> joined by NUL; false when the connection is gone.</summary>
        public bool Send(byte command, int id, params string[] fields)
        {
            byte[] body = Join(fields);
            return SendRaw(command, id == 0 ? NextId() : id, body, body.Length);
        }

        public bool SendResponse(int id, int status) => SendRaw(0, id, Array.Empty<byte>(), status);

        /// <summary>Sends a header with <paramref name="length"/> (the status, for a response) and <paramref name="body"/>.</summary>
        public bool SendRaw(byte command, int id, byte[] body, int length)
        {
            Stream? stream = _stream;
            if (stream == null || IsClosed)
            {
                return false;
            }

            byte[] frame = new byte[Header + body.Length];
            frame[0] = command;
            frame[1] = (byte)(id >> 8);
            frame[2] = (byte)id;
            frame[3] = (byte)(length >> 8);
            frame[4] = (byte)length;
            body.CopyTo(frame, Header);
            try
            {
                lock (_writeLock)
                {
                    stream.Write(frame, 0, frame.Length);
                    stream.Flush();
                }

                return true;
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is NotSupportedException || e is InvalidOperationException)
            {
                Close();
                return false;
            }
        }

        public int NextId()
        {
            int id = Interlocked.Increment(ref _nextId) % 65535;
            return id == 0 ? 65535 : id;
        }

        private async Task ReadLoopAsync(Stream stream)
        {
            byte[] buffer = new byte[65536 + Header];
            int length = 0;
            while (!IsClosed)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                int n = await stream.ReadAsync(buffer.AsMemory(length)).ConfigureAwait(false);
                if (n == 0)
                {
                    _server.Note(this, "closed by the device");
                    return;
                }

                length += n;
                LastActivityMs = _server.NowMs;
                int p = 0;
                while (length - p >= Header)
                {
                    byte command = buffer[p];
                    int id = (buffer[p + 1] << 8) | buffer[p + 2];
                    int size = (buffer[p + 3] << 8) | buffer[p + 4];
                    if (id == 0)
                    {
                        _server.Note(this, "malformed frame (message id 0): closing");
                        return;
                    }

                    int body = command == 0 ? 0 : size;
                    if (body > _server.Options.MaxBodyLength)
                    {
                        _server.Note(this, "a " + body + "-byte body exceeds " + _server.Options.MaxBodyLength + ": closing");
                        return;
                    }

                    if (length - p < Header + body)
                    {
                        break;
                    }

                    if (!Handle(command, id, size, buffer, p + Header, body))
                    {
                        return;
                    }

                    p += Header + body;
                }

                Array.Copy(buffer, p, buffer, 0, length - p);
                length -= p;
            }
        }

        /// <summary>One message; false ends the connection.</summary>
        private bool Handle(byte command, int id, int size, byte[] buffer, int start, int count)
        {
            string[] fields = command == 0 ? new[] { size.ToString() } : Split(buffer, start, count);
            DeviceRecord? device = Device;
            if (device != null && _server.Options.KeepTranscript)
            {
                device.Record(new ReceivedMessage(command, id, fields));
            }

            if (device == null)
            {
                if (command != BlynkCommands.HardwareLogin)
                {
                    _server.Note(this, "message " + command + " before login: NOT_AUTHENTICATED");
                    SendResponse(id, 5);
                    return false;
                }

                string token = Encoding.UTF8.GetString(buffer, start, count);
                DeviceRecord? known = _server.Login(this, token);
                if (known == null)
                {
                    SendResponse(id, 9);
                    return false;
                }

                Device = known;
                if (_server.Options.KeepTranscript)
                {
                    known.Record(new ReceivedMessage(command, id, new[] { "(token)" }));
                }

                SendResponse(id, 200);
                return true;
            }

            switch (command)
            {
                case BlynkCommands.Ping:
                    device.CountPing();
                    SendResponse(id, 200);
                    break;
                case BlynkCommands.Hardware:
                    Hardware(device, fields);
                    break;
                case BlynkCommands.HardwareSync:
                    Sync(device, id, fields);
                    break;
                case BlynkCommands.Internal:
                    for (int i = 0; i + 1 < fields.Length; i += 2)
                    {
                        device.SetInfo(fields[i], fields[i + 1]);
                        if (fields[i] == "h-beat" && int.TryParse(fields[i + 1], out int seconds) && seconds > 0)
                        {
                            HeartbeatSeconds = seconds;
                        }
                    }

                    _server.Note(this, "device info " + string.Join(" ", fields));
                    break;
                case BlynkCommands.Property:
                    if (fields.Length >= 3 && int.TryParse(fields[0], out int pin))
                    {
                        string value = string.Join("\0", fields, 2, fields.Length - 2);
                        device.SetProperty(pin, fields[1], value);
                        _server.Note(this, "V" + pin + " property " + fields[1] + " = " + value);
                        _server.RaiseProperty(device.Token, pin, fields[1], value);
                    }
                    else
                    {
                        SendResponse(id, 11);
                    }

                    break;
                case BlynkCommands.EventLog:
                    if (fields.Length >= 1 && fields[0].Length > 0)
                    {
                        string description = fields.Length > 1 ? fields[1] : "";
                        _server.Note(this, "event " + fields[0] + (description.Length > 0 ? ": " + description : ""));
                        _server.RaiseEvent(device.Token, fields[0], description);
                    }
                    else
                    {
                        SendResponse(id, 11);
                    }

                    break;
                case BlynkCommands.Response:
                    break;
                case BlynkCommands.HardwareLogin:
                    SendResponse(id, 4); // already logged in
                    break;
                default:
                    SendResponse(id, 2);
                    break;
            }

            return true;
        }

        private void Hardware(DeviceRecord device, string[] fields)
        {
            if (fields.Length >= 2 && fields[0] == "vw" && int.TryParse(fields[1], out int pin))
            {
                string[] values = fields.Length > 2 ? fields[2..] : new[] { "" };
                device.SetPin(pin, values);
                device.CountWrite();
                _server.NoteWrite(this, pin, values);
                _server.RaiseWrite(device.Token, pin, values);
            }
            else
            {
                _server.Note(this, "hardware " + string.Join("|", fields));
            }
        }

        /// <summary>Empty body: every stored pin; "vr|p1|p2...": those pins. Answers are HARDWARE writes with the request's id.</summary>
        private void Sync(DeviceRecord device, int id, string[] fields)
        {
            int[] pins;
            if (fields.Length == 0 || (fields.Length == 1 && fields[0].Length == 0))
            {
                pins = device.StoredPins();
            }
            else
            {
                var list = new System.Collections.Generic.List<int>();
                for (int i = 1; i < fields.Length; i++)
                {
                    if (int.TryParse(fields[i], out int pin))
                    {
                        list.Add(pin);
                    }
                }

                pins = list.ToArray();
            }

            _server.Note(this, "sync " + (pins.Length == 0 ? "(nothing stored)" : "V" + string.Join(" V", pins)));
            foreach (int pin in pins)
            {
                string[]? values = device.GetPin(pin);
                if (values != null)
                {
                    var message = new string[values.Length + 2];
                    message[0] = "vw";
                    message[1] = pin.ToString();
                    values.CopyTo(message, 2);
                    Send(BlynkCommands.Hardware, id, message);
                }
            }
        }

        private static string[] Split(byte[] buffer, int start, int count)
        {
            if (count == 0)
            {
                return Array.Empty<string>();
            }

            return Encoding.UTF8.GetString(buffer, start, count).Split('\0');
        }

        private static byte[] Join(string[] fields) => Encoding.UTF8.GetBytes(string.Join("\0", fields));
    }

    /// <summary>The protocol's command numbers, as the server uses them (independent of the device client's constants).</summary>
    internal static class BlynkCommands
    {
        public const byte Response = 0;
        public const byte Ping = 6;
        public const byte HardwareSync = 16;
        public const byte Internal = 17;
        public const byte Property = 19;
        public const byte Hardware = 20;
        public const byte HardwareLogin = 29;
        public const byte Redirect = 41;
        public const byte EventLog = 64;
    }
}
