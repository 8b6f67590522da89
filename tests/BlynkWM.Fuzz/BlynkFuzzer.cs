using System;
using BlynkWM.Blynk;
using BlynkWM.Ports;
using BlynkWM.Testing;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Generated and mutated server messages through a logged-in <see cref="BlynkClient"/> over the in-memory network,
    /// in random chunk sizes. An independent oracle (<see cref="BlynkOracle"/>) says what must happen; checks: nothing
    /// escapes Step, handler calls and error replies are exactly the oracle's, every reply is a well-formed frame, a
    /// malformed or oversized frame (or a redirect) ends the connection and is counted, anything else keeps it, and the
    /// client logs in again after every close.
    /// </summary>
    public sealed class BlynkFuzzer
    {
        private const int MaxBody = 256;
        private const int PinCount = 64;
        private const string Host = "fuzz.test";
        private const int Port = 8080;

        private static readonly string[] Dictionary =
        {
            "vw", "vr", "dw", "pm", "\0", "\0\0", "1", "63", "64", "-1", "+5", "2147483648", "007", "21.5", "-0.0000001", "1e308",
            "nan", "é", "\u00ff", "\U0001F4F6", "blynk.cloud", "443", "65536", "fuzz.test", "8080",
        };

        private readonly Random _random;
        private readonly Mutator _mutator;
        private readonly RigClock _clock = new RigClock();
        private readonly MemoryStreamNetwork _network;
        private readonly MemoryStreamListener _listener;
        private readonly BlynkClient _client;
        private readonly BlynkOracle _oracle = new BlynkOracle(MaxBody, PinCount);
        private readonly List<string> _calls = new List<string>();
        private readonly List<byte> _output = new List<byte>();
        private readonly byte[] _scratch = new byte[4096];
        private MemoryServerConnection? _connection;
        private byte[] _previous = Array.Empty<byte>();
        private int _expectedMalformed;
        private int _expectedOversized;

        public BlynkFuzzer(int seed)
        {
            _random = new Random(seed);
            _mutator = new Mutator(_random, Dictionary);
            _network = new MemoryStreamNetwork(_clock);
            _listener = _network.Listen(Host, Port);
            var options = new BlynkClientOptions
            {
                MaxIncomingBody = MaxBody,
                VirtualPinCount = PinCount,
                BackoffInitialMs = 1,
                BackoffMaxMs = 1,
                BackoffJitterPercent = 0,
                MaxRedirects = 1000,
            };
            _client = new BlynkClient(_network, _clock, null, options, new[] { new BlynkServerEndpoint(Host, Port, "fuzz-token", StreamSecurity.Plain()) });
            _client.OnAnyWrite(Write);
            _client.OnAnyRead(pin => _calls.Add("r " + pin));
            _client.Start();
        }

        /// <summary>Connections the client had to make again after a close.</summary>
        public long Reconnects { get; private set; }

        public long Run(long cases)
        {
            Connect();
            for (long i = 0; i < cases; i++)
            {
                byte[] input = Generate();
                Deliver(input);
                Check(input);
                _previous = input;
                if (_oracle.Close != null)
                {
                    Connect();
                    Reconnects++;
                    _previous = Array.Empty<byte>();
                }
            }

            return cases;
        }

        private void Write(int pin, BlynkValue value)
        {
            // Exercise every accessor; none may throw, whatever the bytes.
            value.AsInt();
            value.AsDouble();
            value.GetString(value.Count - 1);
            value.GetLength(value.Count);
            int length = 0;
            for (int i = 0; i < value.Count; i++)
            {
                if (i > 0)
                {
                    _scratch[length++] = 0;
                }

                length += value.CopyTo(i, _scratch, length);
            }

            _calls.Add("w " + pin + " " + Convert.ToHexString(_scratch, 0, length));
        }

        /// <summary>One to four frames from templates, then (half the time) byte-level mutations.</summary>
        private byte[] Generate()
        {
            var bytes = new List<byte>();
            int frames = 1 + _random.Next(4);
            for (int f = 0; f < frames; f++)
            {
                bytes.AddRange(Template());
            }

            byte[] input = bytes.ToArray();
            return _random.Next(2) == 0 ? input : _mutator.Mutate(input, 4, 1200);
        }

        private byte[] Template()
        {
            int id = _random.Next(50) == 0 ? 0 : 1 + _random.Next(65535);
            switch (_random.Next(12))
            {
                case 0:
                    return Frame(6, id, "");
                case 1:
                    return Header(0, id, _random.Next(2) == 0 ? 200 : _random.Next(65536));
                case 2:
                    return Frame(20, id, "vr\0" + Pin());
                case 3:
                    return Frame(41, id, (_random.Next(3) == 0 ? Host : "elsewhere.test") + (_random.Next(2) == 0 ? "" : "\0" + _random.Next(-5, 70000)));
                case 4:
                    return Frame(17, id, "rtc\0" + _random.Next());
                case 5:
                    return Frame(_random.Next(256), id, Value());
                case 6:
                    return Header(20, id, MaxBody + 1 + _random.Next(2000));
                case 7:
                    return Frame(15, id, "vw\0" + Pin() + "\0" + Value());
                default:
                    var text = new StringBuilder("vw\0").Append(Pin());
                    int values = _random.Next(4);
                    for (int v = 0; v < values; v++)
                    {
                        text.Append('\0').Append(Value());
                    }

                    return Frame(20, id, text.ToString());
            }
        }

        private string Pin() => _random.Next(8) == 0 ? Dictionary[_random.Next(Dictionary.Length)] : _random.Next(PinCount + 4).ToString();

        private string Value()
        {
            switch (_random.Next(5))
            {
                case 0:
                    return _random.Next(int.MinValue, int.MaxValue).ToString();
                case 1:
                    return ((_random.NextDouble() - 0.5) * Math.Pow(10, _random.Next(-8, 20))).ToString("R");
                case 2:
                    return Dictionary[_random.Next(Dictionary.Length)];
                case 3:
                    return new string('x', _random.Next(MaxBody));
                default:
                    return "";
            }
        }

        private static byte[] Frame(int command, int id, string body)
        {
            byte[] data = Encoding.UTF8.GetBytes(body);
            int length = Math.Min(data.Length, 65535);
            var frame = new byte[5 + length];
            Header(command, id, length).CopyTo(frame, 0);
            Array.Copy(data, 0, frame, 5, length);
            return frame;
        }

        private static byte[] Header(int command, int id, int length) =>
            new[] { (byte)command, (byte)(id >> 8), (byte)id, (byte)(length >> 8), (byte)length };

        private void Deliver(byte[] input)
        {
            _calls.Clear();
            _oracle.Calls.Clear();
            _oracle.Replies.Clear();
            _oracle.Feed(input, input.Length);
            if (_oracle.Close == "malformed")
            {
                _expectedMalformed++;
            }
            else if (_oracle.Close == "oversized")
            {
                _expectedOversized++;
            }

            int sent = 0;
            while (sent < input.Length)
            {
                int chunk = _random.Next(3) == 0 ? 1 + _random.Next(8) : input.Length - sent;
                chunk = Math.Min(chunk, input.Length - sent);
                _connection!.Send(input, sent, chunk);
                sent += chunk;
                Step(input);
            }

            for (int i = 0; i < 8 && Step(input); i++)
            {
            }

            Drain();
        }

        private bool Step(byte[] input)
        {
            try
            {
                return _client.Step();
            }
            catch (Exception e)
            {
                throw new FuzzFailure("exception from BlynkClient.Step: " + e, input);
            }
        }

        private void Check(byte[] current)
        {
            // A frame may have started in the previous input: report both.
            byte[] input = new byte[_previous.Length + current.Length];
            _previous.CopyTo(input, 0);
            current.CopyTo(input, _previous.Length);
            if (!Same(_oracle.Calls, _calls))
            {
                throw new FuzzFailure("handler calls [" + string.Join(", ", _calls) + "], expected [" + string.Join(", ", _oracle.Calls) + "]", input);
            }

            var replies = new List<string>();
            int p = 0;
            byte[] output = _output.ToArray();
            while (output.Length - p >= 5)
            {
                int command = output[p];
                int id = (output[p + 1] << 8) | output[p + 2];
                int length = (output[p + 3] << 8) | output[p + 4];
                if (command != 0 || id == 0)
                {
                    throw new FuzzFailure("the client sent something other than a reply: " + Convert.ToHexString(output), input);
                }

                replies.Add(id + " " + length);
                p += 5;
            }

            if (p != output.Length || !Same(_oracle.Replies, replies))
            {
                throw new FuzzFailure("replies [" + string.Join(", ", replies) + "], expected [" + string.Join(", ", _oracle.Replies) + "]", input);
            }

            _output.Clear();
            bool closed = _connection!.ClientClosed;
            if (closed != (_oracle.Close != null))
            {
                throw new FuzzFailure("connection " + (closed ? "closed" : "kept") + ", expected " + (_oracle.Close ?? "kept") + "; " + _client.Describe(), input);
            }

            if (_client.Counters.MalformedFrames != _expectedMalformed || _client.Counters.OversizedFrames != _expectedOversized)
            {
                throw new FuzzFailure("counted " + _client.Counters.MalformedFrames + " malformed and " + _client.Counters.OversizedFrames
                    + " oversized, expected " + _expectedMalformed + " and " + _expectedOversized, input);
            }

            if (_client.Counters.HandlerFailures != 0)
            {
                throw new FuzzFailure("a BlynkValue accessor threw inside the handler", input);
            }
        }

        /// <summary>Lets the client reconnect (redirects lead to unknown hosts, then back here) and log in again.</summary>
        private void Connect()
        {
            _oracle.Reset();
            _connection = null;
            for (int i = 0; i < 200 && _client.State != BlynkState.Running; i++)
            {
                _clock.Advance(2);
                _client.Step();
                MemoryServerConnection? accepted = _listener.Accept();
                if (accepted != null)
                {
                    _connection?.Close();
                    _connection = accepted;
                    _client.Step();
                    if (ReadFrame(29) < 0)
                    {
                        throw new FuzzFailure("no login after a reconnect", Array.Empty<byte>());
                    }

                    _connection.Send(new byte[] { 0, 0, 1, 0, 200 }, 0, 5);
                    _client.Step();
                    ReadFrame(17);
                }
            }

            if (_client.State != BlynkState.Running || _connection == null)
            {
                throw new FuzzFailure("the client did not log in again: " + _client.Describe(), Array.Empty<byte>());
            }

            _output.Clear();
        }

        private int ReadFrame(int command)
        {
            Drain();
            byte[] output = _output.ToArray();
            _output.Clear();
            return output.Length >= 5 && output[0] == command ? output.Length : -1;
        }

        private void Drain()
        {
            int n;
            while (_connection != null && (n = _connection.Receive(_scratch, 0, _scratch.Length)) > 0)
            {
                for (int i = 0; i < n; i++)
                {
                    _output.Add(_scratch[i]);
                }
            }
        }

        private static bool Same(List<string> a, List<string> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
