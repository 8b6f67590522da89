#nullable disable
using System;
using BlynkWM.Storage;

namespace BlynkWM.Testing
{
    /// <summary>
    /// A scripted Blynk server over a <see cref="MemoryStreamListener"/>, written from the protocol description and
    /// independent of the client's own frame code: accepts one device at a time (a newer connection replaces the
    /// older), checks the token, answers PINGs, stores pin values, answers syncs, and sends writes, read requests,
    /// redirects or raw bytes on demand. Keeps a transcript ("20 vw|1|42") and every byte received, so tests can
    /// compare what the device sent. Device-safe (runs in the nanoCLR lane too).
    /// </summary>
    public sealed class FakeBlynkServer
    {
        private const int Header = 5;

        private readonly MemoryStreamListener _listener;
        private readonly byte[] _in = new byte[70000];
        private readonly byte[] _out = new byte[1024];
        private int _inLength;
        private MemoryServerConnection _session;
        private bool _loggedIn;
        private string[] _transcript = new string[0];
        private int _transcriptCount;
        private readonly ByteQueue _received = new ByteQueue();
        private string[] _pins = new string[256];
        private int _nextId = 1;

        public FakeBlynkServer(MemoryStreamListener listener, string token)
        {
            _listener = listener;
            Token = token;
            LoginStatus = 200;
            AnswerLogin = true;
            AnswerPings = true;
            Record = true;
        }

        public string Token { get; set; }

        /// <summary>Status sent to a login with the right token (200, or e.g. 4); a wrong token gets 9.</summary>
        public int LoginStatus { get; set; }

        public bool AnswerLogin { get; set; }

        public bool AnswerPings { get; set; }

        /// <summary>Keep the transcript and the received bytes. Off, frames are only counted (allocation measurements).</summary>
        public bool Record { get; set; }

        public int Logins { get; private set; }

        public int Pings { get; private set; }

        public int Frames { get; private set; }

        /// <summary>Virtual writes received from the device.</summary>
        public int VirtualWrites { get; private set; }

        public bool HasSession
        {
            get { return _session != null && !_session.Closed && !_session.ClientClosed; }
        }

        public bool LoggedIn
        {
            get { return HasSession && _loggedIn; }
        }

        public int TranscriptCount
        {
            get { return _transcriptCount; }
        }

        public string TranscriptLine(int index)
        {
            return _transcript[index];
        }

        /// <summary>The last transcript line starting with <paramref name="prefix"/>, or null.</summary>
        public string Last(string prefix)
        {
            for (int i = _transcriptCount - 1; i >= 0; i--)
            {
                if (_transcript[i].StartsWith(prefix))
                {
                    return _transcript[i];
                }
            }

            return null;
        }

        /// <summary>Every byte received from devices, across connections, in order.</summary>
        public byte[] ReceivedBytes()
        {
            byte[] all = new byte[_received.Count];
            _received.Read(all, 0, all.Length);
            _received.Write(all, 0, all.Length);
            return all;
        }

        public void ClearRecords()
        {
            _transcriptCount = 0;
            _received.Clear();
        }

        /// <summary>The value stored for pin V<paramref name="pin"/> (what a sync sends back), or null.</summary>
        public string Pin(int pin)
        {
            return _pins[pin];
        }

        public void SetPin(int pin, string value)
        {
            _pins[pin] = value;
        }

        /// <summary>Accepts, reads and answers; returns the number of frames handled.</summary>
        public int Poll()
        {
            MemoryServerConnection next = _listener.Accept();
            while (next != null)
            {
                if (_session != null)
                {
                    _session.Close();
                }

                _session = next;
                _loggedIn = false;
                _inLength = 0;
                next = _listener.Accept();
            }

            if (_session == null || _session.Closed)
            {
                return 0;
            }

            int n = _session.Receive(_in, _inLength, _in.Length - _inLength);
            if (n < 0)
            {
                _session.Close();
                return 0;
            }

            if (Record && n > 0)
            {
                _received.Write(_in, _inLength, n);
            }

            _inLength += n;
            int handled = 0;
            int p = 0;
            while (_inLength - p >= Header)
            {
                int command = _in[p];
                int id = (_in[p + 1] << 8) | _in[p + 2];
                int length = (_in[p + 3] << 8) | _in[p + 4];
                int body = command == 0 ? 0 : length;
                if (_inLength - p < Header + body)
                {
                    break;
                }

                Handle(command, id, length, p + Header, body);
                handled++;
                p += Header + body;
            }

            Array.Copy(_in, p, _in, 0, _inLength - p);
            _inLength -= p;
            return handled;
        }

        /// <summary>An app writes pin V<paramref name="pin"/>: HARDWARE "vw|pin|value" to the device.</summary>
        public void WriteVirtual(int pin, string value)
        {
            _pins[pin] = value;
            SendFields(20, NextId(), "vw", pin.ToString(), value);
        }

        /// <summary>An app asks for pin V<paramref name="pin"/>: HARDWARE "vr|pin".</summary>
        public void RequestRead(int pin)
        {
            SendFields(20, NextId(), "vr", pin.ToString(), null);
        }

        public void Redirect(string host, int port)
        {
            SendFields(41, NextId(), host, port.ToString(), null);
        }

        public void SendPing()
        {
            SendFields(6, NextId(), null, null, null);
        }

        public void SendRaw(byte[] bytes)
        {
            if (HasSession)
            {
                _session.Send(bytes, 0, bytes.Length);
            }
        }

        /// <summary>The server process dies: its connection closes and new ones are refused until <see cref="Revive"/>.</summary>
        public void Kill()
        {
            _listener.Down = true;
            if (_session != null)
            {
                _session.Close();
            }

            _session = null;
            _loggedIn = false;
        }

        public void Revive()
        {
            _listener.Down = false;
        }

        private void Handle(int command, int id, int length, int bodyStart, int bodyLength)
        {
            Frames++;
            if (Record)
            {
                Note(command.ToString() + " " + Fields(bodyStart, bodyLength));
            }

            if (command == 29)
            {
                if (!AnswerLogin)
                {
                    return;
                }

                bool good = Text(bodyStart, bodyLength) == Token;
                int status = good ? LoginStatus : 9;
                Respond(id, status);
                _loggedIn = good && (status == 200 || status == 4);
                if (good)
                {
                    Logins++;
                }
                else
                {
                    _session.Close();
                }

                return;
            }

            if (!_loggedIn)
            {
                return;
            }

            if (command == 6)
            {
                Pings++;
                if (AnswerPings)
                {
                    Respond(id, 200);
                }
            }
            else if (command == 20)
            {
                StorePin(bodyStart, bodyLength);
            }
            else if (command == 16)
            {
                Sync(bodyStart, bodyLength);
            }
        }

        private void StorePin(int start, int length)
        {
            int end = start + length;
            int f1 = FieldEnd(start, end);
            if (f1 - start != 2 || _in[start] != 'v' || _in[start + 1] != 'w' || f1 >= end)
            {
                return;
            }

            VirtualWrites++;
            if (!Record)
            {
                return;
            }

            int f2 = FieldEnd(f1 + 1, end);
            int pin = ParsePin(f1 + 1, f2);
            if (pin >= 0 && pin < _pins.Length && f2 < end)
            {
                _pins[pin] = Fields(f2 + 1, end - f2 - 1);
            }
        }

        /// <summary>"vr|p1|p2..." sends those pins' stored values back; an empty body sends every stored pin.</summary>
        private void Sync(int start, int length)
        {
            int end = start + length;
            if (length == 0)
            {
                for (int pin = 0; pin < _pins.Length; pin++)
                {
                    if (_pins[pin] != null)
                    {
                        SendFields(20, NextId(), "vw", pin.ToString(), _pins[pin]);
                    }
                }

                return;
            }

            int p = FieldEnd(start, end) + 1;
            while (p <= end)
            {
                int fieldEnd = FieldEnd(p, end);
                int pin = ParsePin(p, fieldEnd);
                if (pin >= 0 && pin < _pins.Length && _pins[pin] != null)
                {
                    SendFields(20, NextId(), "vw", pin.ToString(), _pins[pin]);
                }

                p = fieldEnd + 1;
            }
        }

        private void Respond(int id, int status)
        {
            _out[0] = 0;
            _out[1] = (byte)(id >> 8);
            _out[2] = (byte)id;
            _out[3] = (byte)(status >> 8);
            _out[4] = (byte)status;
            _session.Send(_out, 0, Header);
        }

        /// <summary>A frame whose body is up to three fields; a value holding '|' becomes several fields.</summary>
        private void SendFields(int command, int id, string a, string b, string c)
        {
            if (!HasSession)
            {
                return;
            }

            int p = Header;
            p = Field(a, p, false);
            p = Field(b, p, true);
            p = Field(c, p, true);
            _out[0] = (byte)command;
            _out[1] = (byte)(id >> 8);
            _out[2] = (byte)id;
            _out[3] = (byte)((p - Header) >> 8);
            _out[4] = (byte)(p - Header);
            _session.Send(_out, 0, p);
        }

        private int Field(string value, int p, bool separate)
        {
            if (value == null)
            {
                return p;
            }

            if (separate)
            {
                _out[p++] = 0;
            }

            byte[] bytes = Utf8.GetBytes(value);
            for (int i = 0; i < bytes.Length; i++)
            {
                _out[p++] = bytes[i] == '|' ? (byte)0 : bytes[i];
            }

            return p;
        }

        private int NextId()
        {
            int id = _nextId;
            _nextId = id == 65535 ? 1 : id + 1;
            return id;
        }

        private int FieldEnd(int from, int end)
        {
            while (from < end && _in[from] != 0)
            {
                from++;
            }

            return from;
        }

        private int ParsePin(int start, int end)
        {
            if (start == end || end - start > 5)
            {
                return -1;
            }

            int value = 0;
            for (int i = start; i < end; i++)
            {
                int digit = _in[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1;
                }

                value = value * 10 + digit;
            }

            return value;
        }

        private string Text(int start, int length)
        {
            return length == 0 ? "" : System.Text.Encoding.UTF8.GetString(_in, start, length);
        }

        /// <summary>The body with its NUL separators shown as '|'.</summary>
        private string Fields(int start, int length)
        {
            string result = "";
            int end = start + length;
            int p = start;
            while (true)
            {
                int fieldEnd = FieldEnd(p, end);
                result += Text(p, fieldEnd - p);
                if (fieldEnd >= end)
                {
                    return result;
                }

                result += "|";
                p = fieldEnd + 1;
            }
        }

        private void Note(string line)
        {
            if (_transcriptCount == _transcript.Length)
            {
                var grown = new string[_transcript.Length * 2 + 16];
                Array.Copy(_transcript, grown, _transcriptCount);
                _transcript = grown;
            }

            _transcript[_transcriptCount++] = line;
        }
    }
}
