using BlynkWM.Ports;

namespace BlynkWM.Blynk
{
    /// <summary>What one <see cref="BlynkLink.Poll"/> led to.</summary>
    internal enum BlynkLinkEvent
    {
        Idle = 0,
        Busy = 1,
        LoggedIn = 2,
        Failed = 3,
        Redirected = 4,
    }

    /// <summary>
    /// The protocol on one connection: waits for the stream, logs in with message id 1, sends the device info, then
    /// answers PINGs, dispatches pin writes and read requests, sends its own PING after silence and declares the link
    /// dead after heartbeat + 3 × timeout without input. Reuses the client's reader and writer; allocates nothing per
    /// message.
    /// </summary>
    internal sealed class BlynkLink
    {
        private const int Connecting = 0;
        private const int LoggingIn = 1;
        private const int Running = 2;
        private const int Closed = 3;

        private readonly BlynkFrameReader _reader;
        private readonly BlynkFrameWriter _writer;
        private readonly BlynkPinHandlers _pins;
        private readonly BlynkCounters _counters;
        private readonly BlynkClientOptions _options;
        private IOutgoingStream _stream;
        private byte[] _token;
        private int _phase = Closed;
        private long _openedAt;
        private long _loginSentAt;
        private long _lastIn;
        private long _lastOut;
        private long _lastPing;
        private int _nextId = 1;

        public BlynkLink(BlynkFrameReader reader, BlynkFrameWriter writer, BlynkPinHandlers pins, BlynkCounters counters, BlynkClientOptions options)
        {
            _reader = reader;
            _writer = writer;
            _pins = pins;
            _counters = counters;
            _options = options;
        }

        public BlynkFailure Failure { get; private set; }

        public StreamFailure StreamFailure { get; private set; }

        public string FailureDetail { get; private set; }

        /// <summary>The server's status code when the login was refused.</summary>
        public int FailureStatus { get; private set; }

        public string RedirectHost { get; private set; }

        public int RedirectPort { get; private set; }

        public bool IsRunning
        {
            get { return _phase == Running; }
        }

        public bool IsLoggingIn
        {
            get { return _phase == LoggingIn; }
        }

        public BlynkFrameWriter Writer
        {
            get { return _writer; }
        }

        public void Open(IOutgoingStream stream, byte[] token, long now)
        {
            _stream = stream;
            _token = token;
            _phase = Connecting;
            _openedAt = now;
            _nextId = 1;
            Failure = BlynkFailure.None;
            StreamFailure = StreamFailure.None;
            FailureDetail = "";
            FailureStatus = 0;
            RedirectHost = null;
            _reader.Reset();
            _writer.Clear();
        }

        /// <summary>The next outgoing message id: 1..65535, wrapping to 1, never 0.</summary>
        public int NextId()
        {
            int id = _nextId;
            _nextId = id >= BlynkCommand.MaxMessageId ? 1 : id + 1;
            return id;
        }

        public void Close()
        {
            if (_stream != null)
            {
                _stream.Close();
                _stream = null;
            }

            _phase = Closed;
            _writer.Clear();
        }

        /// <summary>Sends what is queued now (when a write found the buffer full); false when the stream failed.</summary>
        public bool FlushNow(long now)
        {
            if (_phase != Running)
            {
                return false;
            }

            int sent = _writer.Flush(_stream, _options.SendChunkBytes);
            if (sent > 0)
            {
                _lastOut = now;
            }

            return sent >= 0;
        }

        public BlynkLinkEvent Poll(long now)
        {
            if (_phase == Closed)
            {
                return BlynkLinkEvent.Idle;
            }

            if (_phase == Connecting)
            {
                return PollConnecting(now);
            }

            bool busy = false;
            int sent = _writer.Flush(_stream, _options.SendChunkBytes);
            if (sent < 0)
            {
                return Lost();
            }

            if (sent > 0)
            {
                _lastOut = now;
                busy = true;
            }

            for (int frames = 0; frames < _options.MaxFramesPerStep;)
            {
                BlynkFrameStatus status = _reader.Next();
                if (status == BlynkFrameStatus.Frame)
                {
                    frames++;
                    busy = true;
                    _lastIn = now;
                    _counters.FramesReceived++;
                    BlynkLinkEvent result = Handle();
                    if (result != BlynkLinkEvent.Idle)
                    {
                        return result;
                    }

                    if (_phase == Closed)
                    {
                        return BlynkLinkEvent.Busy; // a handler stopped or reconfigured the client
                    }

                    continue;
                }

                if (status == BlynkFrameStatus.Malformed)
                {
                    _counters.MalformedFrames++;
                    FlushBeforeClose();
                    return Fail(BlynkFailure.MalformedFrame, StreamFailure.None, "message id 0 from the server");
                }

                if (status == BlynkFrameStatus.Oversized)
                {
                    _counters.OversizedFrames++;
                    FlushBeforeClose();
                    return Fail(BlynkFailure.OversizedFrame, StreamFailure.None, "a " + _reader.BodyLength.ToString() + "-byte body; the limit is " + _reader.MaxBodyLength.ToString());
                }

                int n = _stream.Receive(_reader.Buffer, _reader.FreeOffset, _reader.FreeCount);
                if (n < 0)
                {
                    return Lost();
                }

                if (n == 0)
                {
                    break;
                }

                _reader.Commit(n);
                busy = true;
            }

            BlynkLinkEvent timers = CheckTimers(now);
            if (timers != BlynkLinkEvent.Idle)
            {
                return timers;
            }

            // Replies queued while handling (PING answers, writes from handlers) leave in this same step.
            sent = _writer.Flush(_stream, _options.SendChunkBytes);
            if (sent < 0)
            {
                return Lost();
            }

            if (sent > 0)
            {
                _lastOut = now;
            }

            return busy || sent > 0 ? BlynkLinkEvent.Busy : BlynkLinkEvent.Idle;
        }

        private BlynkLinkEvent PollConnecting(long now)
        {
            StreamState state = _stream.State;
            if (state == StreamState.Connected)
            {
                _writer.Begin(BlynkCommand.HardwareLogin, NextId());
                _writer.AddBytes(_token, 0, _token.Length);
                if (!_writer.End())
                {
                    return Fail(BlynkFailure.LoginRejected, StreamFailure.None, "the token does not fit the send buffer");
                }

                _counters.FramesSent++;
                _phase = LoggingIn;
                _loginSentAt = now;
                _lastIn = now;
                _lastOut = now;
                if (_writer.Flush(_stream, _options.SendChunkBytes) < 0)
                {
                    return Lost();
                }

                return BlynkLinkEvent.Busy;
            }

            if (state == StreamState.Failed || state == StreamState.Closed)
            {
                return Fail(BlynkFailure.ConnectFailed, _stream.Failure, _stream.FailureDetail);
            }

            if (now - _openedAt >= _options.ConnectTimeoutMs)
            {
                return Fail(BlynkFailure.ConnectTimeout, StreamFailure.TimedOut, "no connection after " + _options.ConnectTimeoutMs.ToString() + " ms");
            }

            return BlynkLinkEvent.Idle;
        }

        private BlynkLinkEvent CheckTimers(long now)
        {
            if (_phase == LoggingIn)
            {
                if (now - _loginSentAt >= _options.ResponseTimeoutMs)
                {
                    return Fail(BlynkFailure.LoginTimeout, StreamFailure.None, "no answer to the login after " + _options.ResponseTimeoutMs.ToString() + " ms");
                }

                return BlynkLinkEvent.Idle;
            }

            long heartbeat = 1000L * _options.HeartbeatSeconds;
            long silence = now - _lastIn;
            if (silence >= heartbeat + 3L * _options.ResponseTimeoutMs)
            {
                return Fail(BlynkFailure.HeartbeatTimeout, StreamFailure.None, "nothing received for " + (silence / 1000).ToString() + " s");
            }

            if ((silence >= heartbeat || now - _lastOut >= heartbeat) && now - _lastPing >= _options.ResponseTimeoutMs)
            {
                _writer.Begin(BlynkCommand.Ping, NextId());
                if (_writer.End())
                {
                    _counters.PingsSent++;
                    _counters.FramesSent++;
                    _lastPing = now;
                }
            }

            return BlynkLinkEvent.Idle;
        }

        private BlynkLinkEvent Handle()
        {
            byte command = _reader.Command;
            if (_phase == LoggingIn)
            {
                if (command == BlynkCommand.Response && _reader.MessageId == 1)
                {
                    return LoginAnswer(_reader.Status);
                }

                return command == BlynkCommand.Redirect ? Redirect() : BlynkLinkEvent.Idle;
            }

            switch (command)
            {
                case BlynkCommand.Response:
                    if (_reader.Status != BlynkStatus.Success)
                    {
                        _counters.ErrorResponses++;
                    }

                    return BlynkLinkEvent.Idle;
                case BlynkCommand.Ping:
                    Reply(BlynkStatus.Success);
                    return BlynkLinkEvent.Idle;
                case BlynkCommand.Hardware:
                case BlynkCommand.Bridge:
                    Hardware();
                    return BlynkLinkEvent.Idle;
                case BlynkCommand.Redirect:
                    return Redirect();
                case BlynkCommand.Internal:
                case BlynkCommand.DebugPrint:
                    return BlynkLinkEvent.Idle; // server information the device does not need
                default:
                    Reject(BlynkStatus.IllegalCommand);
                    return BlynkLinkEvent.Idle;
            }
        }

        private BlynkLinkEvent LoginAnswer(int status)
        {
            if (status == BlynkStatus.Success || status == BlynkStatus.AlreadyRegistered)
            {
                _phase = Running;
                _lastPing = _loginSentAt - _options.ResponseTimeoutMs;
                // Built per login (rare), so it reports the options as they are now.
                byte[] info = BlynkDeviceInfoBody.Build(_options, _reader.MaxBodyLength);
                _writer.Begin(BlynkCommand.Internal, NextId());
                _writer.AddBytes(info, 0, info.Length);
                if (_writer.End())
                {
                    _counters.FramesSent++;
                }

                return BlynkLinkEvent.LoggedIn;
            }

            FailureStatus = status;
            return Fail(status == BlynkStatus.InvalidToken ? BlynkFailure.InvalidToken : BlynkFailure.LoginRejected, StreamFailure.None, "login answered " + BlynkStatus.Describe(status));
        }

        /// <summary>"vw\0pin\0value..." calls the pin's write handler, "vr\0pin" its read handler.</summary>
        private void Hardware()
        {
            byte[] b = _reader.Buffer;
            int start = _reader.BodyOffset;
            int end = start + _reader.BodyLength;
            int commandEnd = FieldEnd(b, start, end);
            bool write = commandEnd - start == 2 && b[start] == 'v' && b[start + 1] == 'w';
            bool read = commandEnd - start == 2 && b[start] == 'v' && b[start + 1] == 'r';
            if (!write && !read)
            {
                Reject(BlynkStatus.IllegalCommand); // digital and analog pins are not served
                return;
            }

            if (commandEnd == end)
            {
                Reject(BlynkStatus.IllegalCommandBody);
                return;
            }

            int pinStart = commandEnd + 1;
            int pinEnd = FieldEnd(b, pinStart, end);
            int pin;
            if (!BlynkNumber.TryParseInt32(b, pinStart, pinEnd - pinStart, out pin) || !_pins.IsPin(pin))
            {
                Reject(BlynkStatus.IllegalCommandBody);
                return;
            }

            if (read)
            {
                _pins.Read(pin);
                return;
            }

            int valueStart = pinEnd < end ? pinEnd + 1 : end;
            _pins.Write(pin, b, valueStart, end - valueStart);
        }

        /// <summary>"host\0port": reconnect there (the port stays when none is given).</summary>
        private BlynkLinkEvent Redirect()
        {
            byte[] b = _reader.Buffer;
            int start = _reader.BodyOffset;
            int end = start + _reader.BodyLength;
            int hostEnd = FieldEnd(b, start, end);
            int port = -1;
            if (hostEnd < end)
            {
                int portEnd = FieldEnd(b, hostEnd + 1, end);
                if (!BlynkNumber.TryParseInt32(b, hostEnd + 1, portEnd - hostEnd - 1, out port) || port < 1 || port > 65535)
                {
                    Reject(BlynkStatus.IllegalCommandBody);
                    return BlynkLinkEvent.Idle;
                }
            }

            if (hostEnd == start || !Storage.Utf8.IsValid(b, start, hostEnd - start))
            {
                Reject(BlynkStatus.IllegalCommandBody);
                return BlynkLinkEvent.Idle;
            }

            RedirectHost = System.Text.Encoding.UTF8.GetString(b, start, hostEnd - start);
            RedirectPort = port;
            _counters.Redirects++;
            FlushBeforeClose();
            Close();
            return BlynkLinkEvent.Redirected;
        }

        private void Reject(int status)
        {
            _counters.RejectedMessages++;
            Reply(status);
        }

        private void Reply(int status)
        {
            if (_writer.Response(_reader.MessageId, status))
            {
                _counters.FramesSent++;
            }
        }

        /// <summary>A clean close: replies already owed leave first, as far as the stream takes them now.</summary>
        private void FlushBeforeClose()
        {
            _writer.Flush(_stream, _options.SendChunkBytes);
        }

        private BlynkLinkEvent Lost()
        {
            StreamFailure how = _stream.Failure;
            return Fail(BlynkFailure.ConnectionLost, how == StreamFailure.None ? StreamFailure.ConnectionLost : how, _stream.FailureDetail);
        }

        private BlynkLinkEvent Fail(BlynkFailure failure, StreamFailure streamFailure, string detail)
        {
            Failure = failure;
            StreamFailure = streamFailure;
            FailureDetail = detail == null ? "" : detail;
            Close();
            return BlynkLinkEvent.Failed;
        }

        private static int FieldEnd(byte[] buffer, int from, int end)
        {
            int i = from;
            while (i < end && buffer[i] != 0)
            {
                i++;
            }

            return i;
        }
    }
}
