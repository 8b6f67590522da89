using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// Outgoing TCP and TLS streams for .NET: <see cref="Open"/> returns at once; name resolution, connect and the TLS
    /// handshake run as tasks the stream polls, and reads and writes never wait (plain TCP: a non-blocking socket; TLS:
    /// one read and one write in flight on <see cref="System.Net.Security.SslStream"/>, polled).
    /// </summary>
    public sealed class SocketStreamPort : IOutgoingStreamPort
    {
        /// <summary>Buffer for each of a TLS stream's read and write in flight.</summary>
        public int TlsBufferBytes { get; set; } = 16384;

        /// <inheritdoc/>
        public IOutgoingStream Open(string host, int port, StreamSecurity security)
        {
            if (security != null && security.UsesTls)
            {
                return new TlsOutgoingStream(host, port, security, TlsBufferBytes);
            }

            return new TcpOutgoingStream(host, port);
        }
    }
}
