using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// Outgoing TCP and TLS connections on nanoFramework (the Blynk client's port). <see cref="Open"/> returns a
    /// <see cref="NanoOutgoingStream"/> whose worker thread resolves, connects and handshakes; see there.
    /// </summary>
    public sealed class NanoStreamPort : IOutgoingStreamPort
    {
        /// <summary>The default bound on a TLS read waiting for the rest of a record, and on a send waiting for room.</summary>
        public const int DefaultIoTimeoutMilliseconds = 5000;

        private readonly int _ioTimeoutMilliseconds;

        /// <summary>A port whose connected sockets time out reads and sends after <see cref="DefaultIoTimeoutMilliseconds"/>.</summary>
        public NanoStreamPort()
            : this(DefaultIoTimeoutMilliseconds)
        {
        }

        /// <param name="ioTimeoutMilliseconds">The connected socket's ReceiveTimeout and SendTimeout.</param>
        public NanoStreamPort(int ioTimeoutMilliseconds)
        {
            if (ioTimeoutMilliseconds <= 0)
            {
                throw new System.ArgumentOutOfRangeException("ioTimeoutMilliseconds");
            }

            _ioTimeoutMilliseconds = ioTimeoutMilliseconds;
        }

        /// <inheritdoc/>
        /// <remarks>Returns a <see cref="NanoOutgoingStream"/> at once; its worker thread resolves, connects and (for TLS) handshakes.</remarks>
        public IOutgoingStream Open(string host, int port, StreamSecurity security)
        {
            var stream = new NanoOutgoingStream(host, port, security == null ? StreamSecurity.Plain() : security, _ioTimeoutMilliseconds);
            stream.Start();
            return stream;
        }
    }
}
