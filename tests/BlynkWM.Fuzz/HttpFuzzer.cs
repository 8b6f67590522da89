using System;
using System.Linq;
using BlynkWM.Http;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Feeds generated and mutated requests to a real <see cref="HttpServer"/> through in-memory connections, in
    /// random fragment sizes, with the clock pushed forward when it stalls. Checks: nothing throws out of the
    /// server and nothing throws inside it either (<see cref="HttpServer.InternalFailures"/>: the server swallows
    /// its own exceptions per connection, so only this counter can show a parser crash), the handler never fails,
    /// every connection is eventually closed, no connection is used after close, a request that was not cut short
    /// gets an answer, every byte sent is a well-formed sequence of responses, and unmutated seeds get their
    /// expected status.
    /// </summary>
    public sealed class HttpFuzzer
    {
        private const int MaxPollsPerCase = 4000;
        private const int MaxHeaderBytes = 1024;
        private const int MaxBodyBytes = 512;

        private readonly Random _random;
        private readonly Mutator _mutator;
        private readonly ManualClock _clock = new ManualClock();
        private readonly MemoryTcpListenerPort _listener = new MemoryTcpListenerPort(4);
        private readonly MemoryTcpConnection _connection = new MemoryTcpConnection(16384);
        private readonly PortalApp _app;
        private readonly HttpServer _server;
        private readonly byte[][] _seeds;
        private readonly int[] _expected;

        public HttpFuzzer(int seed)
        {
            _random = new Random(seed);
            _app = new PortalApp(new CsrfGuard(new SeededRandomSource(seed)));
            var options = new HttpServerOptions
            {
                MaxConnections = 2,
                RejectSlots = 1,
                MaxHeaderBytes = MaxHeaderBytes,
                MaxBodyBytes = MaxBodyBytes,
                MaxHeaderCount = 24,
                ResponseBufferBytes = 512,
                BodyScratchBytes = 600,
                MaxBodySegments = 8,
                RequestTimeoutMilliseconds = 5000,
                SendTimeoutMilliseconds = 5000,
                LingerMilliseconds = 1000,
            };
            _server = new HttpServer(_listener, _clock, _app, options);
            string token = _app.Guard.TokenString;
            (string Text, int Status)[] seeds =
            {
                ("GET / HTTP/1.1\r\nHost: portal.test\r\n\r\n", 200),
                ("HEAD / HTTP/1.1\r\nHost: portal.test\r\nAccept-Encoding: gzip, deflate\r\n\r\n", 200),
                ("GET / HTTP/1.0\r\n\r\n", 200),
                ("GET / HTTP/1.0\r\nConnection: keep-alive\r\nHost: portal.test\r\n\r\nGET /x HTTP/1.0\r\n\r\n", 200),
                ("GET /generate_204 HTTP/1.1\r\nHost: connectivitycheck.gstatic.com\r\nUser-Agent: Dalvik\r\n\r\n", 302),
                ("GET /hotspot-detect.html HTTP/1.1\r\nHost: captive.apple.com\r\nConnection: close\r\n\r\n", 302),
                ("GET /.well-known/captive-portal HTTP/1.1\r\nHost: portal.test\r\nAccept: application/captive+json\r\n\r\n", 200),
                ("GET /nothing HTTP/1.1\r\nHost: portal.test\r\nCookie: a=b\r\n\r\n", 404),
                ("DELETE / HTTP/1.1\r\nHost: portal.test\r\n\r\n", 405),
                ("OPTIONS /save HTTP/1.1\r\nHost: portal.test\r\nOrigin: http://portal.test\r\n\r\n", 204),
                ("GET http://portal.test/ HTTP/1.1\r\nHost: other\r\n\r\n", 200),
                (Post("_csrf=" + token + "&ssid=My+Net&pass=p%40ss%C3%A9", "http://portal.test"), 200),
                (Post("ssid=x&_csrf=" + token, null), 200),
                (Post("_csrf=" + token + "&bad=%E0%80%80", null), 400),
                (Post("ssid=x&pass=y", "http://portal.test"), 403),
                (Post("_csrf=" + token, "http://evil.example"), 403),
                ("POST /echo HTTP/1.1\r\nHost: portal.test\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello", 200),
                ("PUT /echo HTTP/1.1\r\nHost: portal.test\r\nContent-Length: 0\r\n\r\nGET / HTTP/1.1\r\nHost: portal.test\r\n\r\n", 200),
                ("POST /echo HTTP/1.1\r\nHost: portal.test\r\nContent-Length: 100000\r\n\r\n", 413),
                ("GET / HTTP/1.1\r\nHost: portal.test\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
                ("GET / HTTP/2.0\r\nHost: portal.test\r\n\r\n", 505),
                ("POST /echo HTTP/1.1\r\nHost: portal.test\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx", 417),
                ("POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello", 200),
                // Header and body beyond the slot's own buffer: a shared body buffer is lent, then given back with
                // the pipelined request moved home.
                ("POST /echo HTTP/1.1\r\nHost: portal.test\r\nCookie: " + new string('c', 600) + "\r\nContent-Length: 500\r\n\r\n"
                    + new string('b', 500) + "GET / HTTP/1.1\r\nHost: portal.test\r\n\r\n", 200),
            };
            _seeds = new byte[seeds.Length][];
            _expected = new int[seeds.Length];
            for (int i = 0; i < seeds.Length; i++)
            {
                _seeds[i] = Encoding.Latin1.GetBytes(seeds[i].Text);
                _expected[i] = seeds[i].Status;
            }
            _mutator = new Mutator(_random, new[]
            {
                "\r\n", "\r\n\r\n", "\n", "\r", " ", "\t", ":", "?", "%", "#", "/", "\0", "\x7f", "\xff",
                "GET ", "POST ", "HEAD ", "HTTP/1.1", "HTTP/1.0", "HTTP/9.9",
                "Host: portal.test\r\n", "Host: evil\r\n", "Host:\r\n",
                "Content-Length: 5\r\n", "Content-Length: 0\r\n", "Content-Length: 99999999999999999999999\r\n",
                "Content-Length: -1\r\n", "Content-Length: 1, 1\r\n",
                "Transfer-Encoding: chunked\r\n", "Connection: close\r\n", "Connection: keep-alive, Upgrade\r\n",
                "Expect: 100-continue\r\n", "Origin: null\r\n", "Origin: http://portal.test\r\n", "Referer: http://x/\r\n",
                "Accept-Encoding: gzip;q=0, *\r\n", "Authorization: Basic Zm9vOmJhcg==\r\n", " folded\r\n",
                "_csrf=", "&", "=", "+", "%zz", "%C3%A9", "%ED%A0%80",
            });
        }

        public int FormsSaved => _app.FormsSaved;

        /// <summary>The server under test, for its counters (InternalFailures, PortFailures, ProtocolErrors...).</summary>
        public HttpServer Server => _server;

        /// <summary>Cases in which the check "a request that was not cut short gets an answer" applied.</summary>
        public long AnswerExpectedCases { get; private set; }

        /// <summary>How often each first status was seen, to show the inputs reach past the parser.</summary>
        public System.Collections.Generic.SortedDictionary<int, long> FirstStatusCounts { get; } = new();

        /// <summary>Runs <paramref name="cases"/> inputs; throws <see cref="FuzzFailure"/> on the first broken invariant.</summary>
        public long Run(long cases)
        {
            for (long i = 0; i < cases; i++)
            {
                int seedIndex = _random.Next(_seeds.Length);
                bool pristine = _random.Next(10) == 0;
                byte[] input;
                if (pristine)
                {
                    input = _seeds[seedIndex];
                }
                else if (_random.Next(20) == 0)
                {
                    input = new byte[_random.Next(64)];
                    _random.NextBytes(input);
                }
                else
                {
                    input = _mutator.Mutate(_seeds[seedIndex], 4, 6000);
                }
                RunCase(input, pristine ? _expected[seedIndex] : 0);
            }
            return cases;
        }

        private void RunCase(byte[] input, int expectedStatus)
        {
            MemoryTcpConnection c = _connection;
            c.Reset();
            _app.HeadRequests.Clear();
            int chunkChoice = _random.Next(4);
            c.MaxReceiveChunk = chunkChoice == 0 ? 1 + _random.Next(7) : chunkChoice == 1 ? 1 + _random.Next(200) : 0;
            c.MaxSendChunk = _random.Next(8) == 0 ? 1 + _random.Next(100) : 0;
            c.ClientWrite(input);
            bool shutdownEarly = expectedStatus == 0 && _random.Next(3) == 0;
            if (shutdownEarly)
            {
                c.ClientShutdown();
            }
            _listener.Connect(c);

            // Some clients never close their side, so the server's own timeouts (408, linger) have to end the case.
            bool clientWaits = _random.Next(4) == 0;
            int idle = 0;
            for (int poll = 0; poll < MaxPollsPerCase && !c.ServerClosed; poll++)
            {
                bool busy;
                try
                {
                    busy = _server.Poll();
                }
                catch (Exception e)
                {
                    throw new FuzzFailure("exception escaped HttpServer.Poll: " + e, input);
                }
                if (busy)
                {
                    idle = 0;
                    continue;
                }
                idle++;
                if (!clientWaits && !c.ClientClosed && c.PendingInput == 0 && idle > 1)
                {
                    // The client has said everything; closing its side lets the server finish.
                    c.ClientShutdown();
                }
                else if (idle > 2)
                {
                    _clock.Advance(1500);
                }
            }
            if (!c.ServerClosed)
            {
                throw new FuzzFailure("connection never closed", input);
            }
            if (c.MisuseDetected)
            {
                throw new FuzzFailure("connection used after close", input);
            }
            if (_server.InternalFailures != 0)
            {
                throw new FuzzFailure("the server threw internally (connection dropped): " + _server.LastInternalFailure, input);
            }
            if (_server.PortFailures != 0)
            {
                throw new FuzzFailure("port failure counted on an in-memory connection that never throws", input);
            }
            if (_server.HandlerFailures != 0)
            {
                throw new FuzzFailure("handler failed (500); output: " + Encoding.Latin1.GetString(c.OutputBuffer, 0, c.OutputLength), input);
            }
            if (AnswerExpected(input, clientWaits && !shutdownEarly))
            {
                AnswerExpectedCases++;
                if (c.OutputLength == 0)
                {
                    throw new FuzzFailure("no answer at all to a request that was not cut short", input);
                }
            }
            if (_server.OpenConnections != 0)
            {
                throw new FuzzFailure("slot still open after close", input);
            }
            int first = CheckResponses(c.OutputBuffer, c.OutputLength, input);
            FirstStatusCounts[first] = FirstStatusCounts.GetValueOrDefault(first) + 1;
            if (expectedStatus != 0 && first != expectedStatus)
            {
                throw new FuzzFailure("seed answered " + first + ", expected " + expectedStatus, input);
            }
        }

        /// <summary>Parses the output as consecutive responses; returns the first final status (0 if none).</summary>
        private int CheckResponses(byte[] output, int length, byte[] input)
        {
            int p = 0;
            int first = 0;
            while (p < length)
            {
                int headerEnd = IndexOf(output, p, length, "\r\n\r\n"u8);
                if (headerEnd < 0)
                {
                    throw new FuzzFailure("truncated response header", input);
                }
                if (headerEnd - p < 12 || !output.AsSpan(p, 9).SequenceEqual("HTTP/1.1 "u8))
                {
                    throw new FuzzFailure("bad status line", input);
                }
                int status = (output[p + 9] - '0') * 100 + (output[p + 10] - '0') * 10 + (output[p + 11] - '0');
                if (status < 100 || status > 599 || output[p + 12] != ' ')
                {
                    throw new FuzzFailure("bad status code", input);
                }
                string head = Encoding.Latin1.GetString(output, p, headerEnd - p);
                p = headerEnd + 4;
                if (status == 100)
                {
                    continue;
                }
                if (first == 0)
                {
                    first = status;
                }
                if (head.Contains("\r\n\r\n", StringComparison.Ordinal) || head.IndexOf('\0') >= 0)
                {
                    throw new FuzzFailure("malformed header block", input);
                }
                int contentLength = 0;
                int cl = head.IndexOf("\r\nContent-Length: ", StringComparison.Ordinal);
                if (cl >= 0)
                {
                    int start = cl + 18;
                    int end = head.IndexOf('\r', start);
                    contentLength = int.Parse(end < 0 ? head.Substring(start) : head.Substring(start, end - start));
                }
                else if (status != 204 && status != 304)
                {
                    throw new FuzzFailure("response without Content-Length", input);
                }
                // Responses to dispatched requests come in request order; the server's own errors only come last.
                bool wasHead = _app.HeadRequests.Count > 0 && _app.HeadRequests.Dequeue();
                if (!wasHead)
                {
                    p += contentLength;
                }
                if (p > length)
                {
                    throw new FuzzFailure("body shorter than Content-Length", input);
                }
            }
            return first;
        }

        /// <summary>
        /// Whether the server owes this input at least one response byte. The client sends everything before it
        /// closes its side, so only the input itself can cut a request short: a header section that never ends below
        /// the header limit, or a body shorter than a Content-Length the server would accept. Anything else ends in an
        /// answer (the request's, or an error such as 400/413/431). A client that keeps its side open is owed one in
        /// every case: at worst a 408 when its request timeout expires.
        /// </summary>
        private static bool AnswerExpected(byte[] input, bool clientKeepsOpen)
        {
            // Empty lines before a request are skipped (RFC 9112 2.2), so the request starts after them.
            int start = 0;
            while (start + 1 < input.Length && input[start] == '\r' && input[start + 1] == '\n')
            {
                start += 2;
            }
            if (start == input.Length)
            {
                return input.Length > 0 && clientKeepsOpen;
            }
            if (clientKeepsOpen)
            {
                return true;
            }
            ReadOnlySpan<byte> request = input.AsSpan(start);
            int headerEnd = request.IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0 || headerEnd + 4 > MaxHeaderBytes)
            {
                // No end of header within the limit: 431/414 once the limit is reached, otherwise cut short.
                return request.Length >= MaxHeaderBytes;
            }
            headerEnd += 4;
            // A Content-Length the server would accept whose body is not all there: the request is incomplete.
            ReadOnlySpan<byte> head = request.Slice(0, headerEnd);
            int line = head.IndexOf("\r\n"u8) + 2;
            while (line < headerEnd - 2)
            {
                int length = head.Slice(line).IndexOf("\r\n"u8);
                ReadOnlySpan<byte> field = head.Slice(line, length);
                line += length + 2;
                const string name = "content-length:";
                if (field.Length < name.Length || !Encoding.Latin1.GetString(field.Slice(0, name.Length)).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                string value = Encoding.Latin1.GetString(field.Slice(name.Length)).Trim(' ', '\t');
                if (value.Length == 0 || !value.All(char.IsAsciiDigit))
                {
                    continue;
                }
                string significant = value.TrimStart('0');
                int bodyLength = significant.Length == 0 ? 0 : significant.Length > 9 ? int.MaxValue : int.Parse(significant);
                if (bodyLength <= MaxBodyBytes && headerEnd + bodyLength > request.Length)
                {
                    return false;
                }
            }
            return true;
        }

        private static int IndexOf(byte[] data, int start, int end, ReadOnlySpan<byte> pattern)
        {
            int i = data.AsSpan(start, end - start).IndexOf(pattern);
            return i < 0 ? -1 : start + i;
        }

        private static string Post(string body, string? origin)
        {
            return "POST /save HTTP/1.1\r\nHost: portal.test\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + (origin == null ? string.Empty : "Origin: " + origin + "\r\n")
                + "Content-Length: " + Encoding.Latin1.GetByteCount(body) + "\r\n\r\n" + body;
        }
    }
}
