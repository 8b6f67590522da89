using BlynkWM.Ports;

namespace BlynkWM.Http
{
    /// <summary>
    /// Wraps the port of one slot so that a port that throws (a socket error on the device) reads as a failed
    /// connection (-1), counted as a port failure. Everything else that throws out of a slot's step is then the
    /// server's own fault, which <see cref="HttpServer.InternalFailures"/> counts: the two are never mixed up.
    /// </summary>
    internal sealed class GuardedPort : ITcpConnectionPort
    {
        private readonly HttpServer _server;
        private ITcpConnectionPort _port;

        public GuardedPort(HttpServer server)
        {
            _server = server;
        }

        /// <summary>The port being wrapped; null while the slot is free.</summary>
        public ITcpConnectionPort Port
        {
            get { return _port; }
            set { _port = value; }
        }

        public string RemoteAddress
        {
            get
            {
                ITcpConnectionPort port = _port;
                if (port == null)
                {
                    return string.Empty;
                }
                try
                {
                    return port.RemoteAddress;
                }
                catch (System.Exception)
                {
                    return string.Empty;
                }
            }
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            return Transfer(true, buffer, offset, count);
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            return Transfer(false, buffer, offset, count);
        }

        public void ShutdownSend()
        {
            ITcpConnectionPort port = _port;
            if (port == null)
            {
                return;
            }
            try
            {
                port.ShutdownSend();
            }
            catch (System.Exception)
            {
                // The close that follows settles it; a peer that is already gone is no server fault.
                _server.CountPortFailure();
            }
        }

        /// <summary>Closes the wrapped port (once) and forgets it.</summary>
        public void Close()
        {
            ITcpConnectionPort port = _port;
            _port = null;
            if (port == null)
            {
                return;
            }
            try
            {
                port.Close();
            }
            catch (System.Exception)
            {
                // The slot must become free even when the port misbehaves.
                _server.CountPortFailure();
            }
        }

        /// <summary>A receive or a send on the wrapped port: -1 with no port or when the port throws (counted).</summary>
        private int Transfer(bool receive, byte[] buffer, int offset, int count)
        {
            ITcpConnectionPort port = _port;
            if (port == null)
            {
                return -1;
            }
            try
            {
                return receive ? port.Receive(buffer, offset, count) : port.Send(buffer, offset, count);
            }
            catch (System.Exception)
            {
                _server.CountPortFailure();
                return -1;
            }
        }
    }
}
