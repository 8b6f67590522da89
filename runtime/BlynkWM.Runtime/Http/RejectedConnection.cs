using BlynkWM.Ports;

namespace BlynkWM.Http
{
    /// <summary>
    /// A bufferless slot for a client beyond the limit: sends a fixed 503, then lingers reading and discarding
    /// so the client sees the answer rather than a reset.
    /// </summary>
    internal sealed class RejectedConnection
    {
        private readonly GuardedPort _port;
        private readonly byte[] _response;
        private int _position;
        private long _deadline;

        /// <param name="server">The server whose connection limit was reached.</param>
        /// <param name="response">The server's <see cref="BuildResponse"/>, built once per server.</param>
        public RejectedConnection(HttpServer server, byte[] response)
        {
            _port = new GuardedPort(server);
            _response = response;
        }

        public bool IsFree
        {
            get { return _port.Port == null; }
        }

        public void Open(ITcpConnectionPort port, long now, int timeoutMilliseconds)
        {
            _port.Port = port;
            _position = 0;
            _deadline = now + timeoutMilliseconds;
        }

        public bool Step(long now, byte[] discard)
        {
            GuardedPort port = _port;
            bool progress = false;
            if (_position < _response.Length)
            {
                int sent = port.Send(_response, _position, _response.Length - _position);
                if (sent < 0)
                {
                    Abort();
                    return true;
                }
                _position += sent;
                progress = sent > 0;
                if (_position >= _response.Length)
                {
                    port.ShutdownSend();
                }
            }
            else
            {
                int n = port.Receive(discard, 0, discard.Length);
                if (n < 0)
                {
                    Abort();
                    return true;
                }
                progress = n > 0;
            }
            if (now >= _deadline)
            {
                Abort();
                return true;
            }
            return progress;
        }

        public void Abort()
        {
            // Frees the slot whatever the port says.
            _port.Close();
        }

        /// <summary>
        /// The fixed 503. Built per server, not as a static: nanoCLR runs static initializers in metadata order, so
        /// one reading <see cref="HttpStatus"/>'s tables could find them still null.
        /// </summary>
        internal static byte[] BuildResponse()
        {
            byte[] body = HttpStatus.PlainBody(HttpStatus.ServiceUnavailable);
            return AsciiBytes.Protocol(
                "HTTP/1.1 503 Service Unavailable\r\n" +
                "Content-Type: text/plain; charset=utf-8\r\n" +
                "Retry-After: 2\r\n" +
                "Content-Length: " + body.Length.ToString() + "\r\n" +
                "Connection: close\r\n\r\n" +
                AsciiBytes.GetString(body, 0, body.Length));
        }
    }
}
