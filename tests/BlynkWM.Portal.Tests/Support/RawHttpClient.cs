using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace BlynkWM.Portal.Tests.Support
{
    /// <summary>One parsed response as the client saw it.</summary>
    public sealed class HttpReply
    {
        public int Status { get; init; }
        public string StatusLine { get; init; } = "";
        public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<string> HeaderNames { get; } = new();
        public byte[] Body { get; init; } = Array.Empty<byte>();
        public string BodyText => Encoding.UTF8.GetString(Body);
        public string? Header(string name) => Headers.TryGetValue(name, out string? v) ? v : null;
    }

    /// <summary>
    /// A blocking TCP client that writes raw bytes and parses responses itself, so tests control every byte
    /// on the wire. Every read has a 5 s timeout: a test can fail but never hang.
    /// </summary>
    public sealed class RawHttpClient : IDisposable
    {
        private readonly Socket _socket;
        private byte[] _buffer = new byte[65536];
        private int _start;
        private int _end;

        public RawHttpClient(int port)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
            {
                NoDelay = true,
                ReceiveTimeout = 5000,
                SendTimeout = 5000,
            };
            _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        }

        public void Send(string latin1) => Send(Encoding.Latin1.GetBytes(latin1));

        public void Send(byte[] data) => _socket.Send(data);

        /// <summary>Reads one response; a response to HEAD has no body whatever its Content-Length says.</summary>
        public HttpReply ReadResponse(bool headRequest = false)
        {
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd()) < 0)
            {
                if (!Fill())
                {
                    throw new InvalidOperationException("connection closed before a full response header; got: "
                        + Encoding.Latin1.GetString(_buffer, _start, _end - _start));
                }
            }
            string head = Encoding.Latin1.GetString(_buffer, _start, headerEnd - _start);
            _start = headerEnd + 4;
            string[] lines = head.Split("\r\n");
            string[] parts = lines[0].Split(' ', 3);
            if (parts.Length < 3 || parts[0] != "HTTP/1.1")
            {
                throw new InvalidOperationException("bad status line: " + lines[0]);
            }
            int status = int.Parse(parts[1]);
            var headers = new List<(string, string)>();
            for (int i = 1; i < lines.Length; i++)
            {
                int colon = lines[i].IndexOf(':');
                headers.Add((lines[i].Substring(0, colon), lines[i].Substring(colon + 1).Trim()));
            }
            int length = 0;
            foreach ((string name, string value) in headers)
            {
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(value);
                }
            }
            if (headRequest || status == 100 || status == 204 || status == 304)
            {
                length = 0;
            }
            while (_end - _start < length)
            {
                if (!Fill())
                {
                    throw new InvalidOperationException("connection closed inside a body");
                }
            }
            byte[] body = _buffer.AsSpan(_start, length).ToArray();
            _start += length;
            var reply = new HttpReply { Status = status, StatusLine = lines[0], Body = body };
            foreach ((string name, string value) in headers)
            {
                reply.Headers[name] = value;
                reply.HeaderNames.Add(name);
            }
            return reply;
        }

        /// <summary>True when the server closes the connection (after any bytes still unread) within the timeout.</summary>
        public bool WaitForClose()
        {
            try
            {
                while (true)
                {
                    _start = _end = 0;
                    int n = _socket.Receive(_buffer);
                    if (n == 0)
                    {
                        return true;
                    }
                }
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                return true;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut)
            {
                return false;
            }
        }

        /// <summary>Bytes received but not yet parsed (after a response, pipelining leftovers).</summary>
        public int Unread => _end - _start;

        public void Dispose() => _socket.Dispose();

        private bool Fill()
        {
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            int n = _socket.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
            _end += n;
            return n > 0;
        }

        private int IndexOfHeaderEnd()
        {
            int i = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
            return i < 0 ? -1 : _start + i;
        }
    }
}
