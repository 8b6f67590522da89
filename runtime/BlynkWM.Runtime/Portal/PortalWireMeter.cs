using BlynkWM.Http;
using BlynkWM.Ports;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Sends one raw request through a real <see cref="HttpServer"/> over an in-memory connection and returns the
    /// exact bytes the server answered: status line, headers and body, as they would cross the network. For
    /// benchmarks ("bytes on the wire for GET /") and self-tests.
    /// </summary>
    public static class PortalWireMeter
    {
        /// <summary>
        /// <c>GET /</c> as a browser sends it (Host and, with <paramref name="acceptGzip"/>, Accept-Encoding);
        /// returns the response's size in bytes.
        /// </summary>
        public static int MeasurePageGet(IHttpHandler handler, string host, bool acceptGzip, HttpServerOptions options, IClock clock)
        {
            string request = "GET / HTTP/1.1\r\nHost: " + host + "\r\n"
                + (acceptGzip ? "Accept-Encoding: gzip, deflate, br\r\n" : "") + "\r\n";
            return Exchange(handler, HttpAscii(request), options, clock).Length;
        }

        /// <summary>The complete response to <paramref name="request"/> (one request; the connection is then dropped).</summary>
        public static byte[] Exchange(IHttpHandler handler, byte[] request, HttpServerOptions options, IClock clock)
        {
            return Exchange(handler, request, options, clock, "meter");
        }

        /// <summary>As <see cref="Exchange(IHttpHandler, byte[], HttpServerOptions, IClock)"/>, from a client at <paramref name="remoteAddress"/> ("192.168.4.2:50000").</summary>
        public static byte[] Exchange(IHttpHandler handler, byte[] request, HttpServerOptions options, IClock clock, string remoteAddress)
        {
            var connection = new MeterConnection(request, remoteAddress);
            var server = new HttpServer(new MeterListener(connection), clock, handler, options);
            for (int i = 0; i < 64 && !connection.Closed; i++)
            {
                if (!server.Poll() && connection.RequestConsumed && i > 8)
                {
                    break;
                }
            }

            server.Stop();
            return connection.Sent();
        }

        private static byte[] HttpAscii(string text)
        {
            return BlynkWM.Storage.Utf8.GetBytes(text);
        }

        private sealed class MeterListener : ITcpListenerPort
        {
            private ITcpConnectionPort _pending;

            public MeterListener(ITcpConnectionPort connection)
            {
                _pending = connection;
            }

            public ITcpConnectionPort TryAccept()
            {
                ITcpConnectionPort c = _pending;
                _pending = null;
                return c;
            }

            public void Close()
            {
            }
        }

        private sealed class MeterConnection : ITcpConnectionPort
        {
            private readonly byte[] _request;
            private readonly string _remoteAddress;
            private int _read;
            private byte[] _sent = new byte[4096];
            private int _sentLength;

            public MeterConnection(byte[] request, string remoteAddress)
            {
                _request = request;
                _remoteAddress = remoteAddress;
            }

            public bool Closed { get; private set; }

            public bool RequestConsumed
            {
                get { return _read == _request.Length; }
            }

            public string RemoteAddress
            {
                get { return _remoteAddress; }
            }

            public int Receive(byte[] buffer, int offset, int count)
            {
                if (Closed)
                {
                    return -1;
                }

                int n = _request.Length - _read;
                if (n > count)
                {
                    n = count;
                }

                System.Array.Copy(_request, _read, buffer, offset, n);
                _read += n;
                return n;
            }

            public int Send(byte[] buffer, int offset, int count)
            {
                if (Closed)
                {
                    return -1;
                }

                if (_sentLength + count > _sent.Length)
                {
                    int size = _sent.Length * 2;
                    while (size < _sentLength + count)
                    {
                        size *= 2;
                    }

                    byte[] grown = new byte[size];
                    System.Array.Copy(_sent, 0, grown, 0, _sentLength);
                    _sent = grown;
                }

                System.Array.Copy(buffer, offset, _sent, _sentLength, count);
                _sentLength += count;
                return count;
            }

            public void ShutdownSend()
            {
            }

            public void Close()
            {
                Closed = true;
            }

            public byte[] Sent()
            {
                byte[] result = new byte[_sentLength];
                System.Array.Copy(_sent, 0, result, 0, _sentLength);
                return result;
            }
        }
    }
}
