namespace BlynkWM.Ports
{
    /// <summary>
    /// Opens outgoing TCP or TLS connections without ever blocking the caller: <see cref="Open"/> returns at once with a
    /// stream in <see cref="StreamState.Connecting"/>, and the caller polls it.
    /// <para>
    /// What a nanoFramework adapter must do, since <c>Dns.GetHostEntry</c>, <c>Socket.Connect</c> and
    /// <c>SslStream.AuthenticateAsClient</c> block (for seconds when a server is down):
    /// </para>
    /// <list type="number">
    /// <item><c>Open</c> creates the stream object and starts one worker <c>Thread</c> for it, then returns.</item>
    /// <item>The worker runs <c>Dns.GetHostEntry(host)</c> (an IP literal resolves to itself), then
    /// <c>socket = new Socket(InterNetwork, Stream, Tcp)</c> and <c>socket.Connect(new IPEndPoint(address, port))</c>.
    /// A <c>SocketException</c> maps its <c>ErrorCode</c> to a <see cref="StreamFailure"/> (lwIP: ECONNREFUSED 104/111 →
    /// ConnectionRefused, EHOSTUNREACH/ENETUNREACH → Unreachable, ETIMEDOUT → TimedOut; a failed lookup → HostNotFound).</item>
    /// <item>With TLS: <c>ssl = new SslStream(socket)</c>; <see cref="TlsMode.Insecure"/>: <c>ssl.SslVerification =
    /// SslVerification.NoVerification</c>, <c>ssl.AuthenticateAsClient(name, SslProtocols.Tls12)</c>;
    /// <see cref="TlsMode.PinnedCa"/>: <c>SslVerification.CertificateRequired</c> and
    /// <c>ssl.AuthenticateAsClient(name, null, new X509Certificate(ca), SslProtocols.Tls12)</c> (mbedTLS checks the
    /// dates: the device clock must be set, e.g. by SNTP, or the handshake fails); an exception from the handshake is
    /// CertificateUntrusted when verification was on, TlsHandshakeFailed otherwise. <see cref="TlsMode.Fingerprint"/>:
    /// nanoFramework's SslStream does not expose the server certificate, so the adapter fails at once with
    /// <see cref="StreamFailure.TlsModeUnsupported"/> (use PinnedCa with the server's own certificate instead).
    /// <c>name</c> is <see cref="StreamSecurity.ServerName"/> or else the host.</item>
    /// <item>Only when all that succeeded does the worker publish the socket (or <c>ssl</c>) and set
    /// <see cref="StreamState.Connected"/> — publish under a lock, state last — and the worker ends. On any exception it
    /// records the failure and sets <see cref="StreamState.Failed"/>.</item>
    /// <item>If <see cref="IOutgoingStream.Close"/> is called while the worker still runs, Close closes the socket
    /// (which makes the blocked call throw) and marks the stream Closed; the worker, finding it closed, closes whatever it
    /// created and exits without publishing.</item>
    /// <item>Connected, <c>Receive</c> is <c>Available &gt; 0 ? Receive(buffer, offset, min(count, Available))</c>, else
    /// <c>socket.Poll(0, SelectRead)</c> true means the peer closed (-1, ClosedByPeer). With TLS, <c>ssl.Length</c>
    /// (and <c>DataAvailable</c>) count only bytes Mbed TLS already took off the socket: read those first, then, when the
    /// socket's <c>Available</c> shows a new record, <c>ssl.Read(buffer, offset, count)</c>, which waits for the rest
    /// of the record up to the socket's ReceiveTimeout (a timeout there is "nothing yet", not a failure).
    /// <c>Send</c> is <c>socket.Poll(0, SelectWrite) ? Send/Write(...)</c> else 0. lwIP's send blocks until it queued
    /// every byte, so the caller hands over at most a segment (≈1460 bytes) at a time.</item>
    /// </list>
    /// The stream objects are created per connection (rare); nothing else in the port allocates.
    /// </summary>
    public interface IOutgoingStreamPort
    {
        /// <summary>
        /// Starts connecting to <paramref name="host"/>:<paramref name="port"/> with <paramref name="security"/>.
        /// Never blocks and never throws for network reasons: a failure shows up as <see cref="StreamState.Failed"/>
        /// on the returned stream (possibly at once). Never returns null.
        /// </summary>
        IOutgoingStream Open(string host, int port, StreamSecurity security);
    }
}
