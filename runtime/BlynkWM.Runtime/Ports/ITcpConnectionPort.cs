namespace BlynkWM.Ports
{
    /// <summary>
    /// One accepted TCP connection, used without blocking. Over nanoFramework's Socket:
    /// Receive = <c>Available &gt; 0 ? Receive(buf, off, min(count, Available), None)</c>,
    /// else <c>Poll(0, SelectRead)</c> true means the peer closed (-1), else 0.
    /// Send = <c>Poll(0, SelectWrite) ? Send(buf, off, count, None) : 0</c>.
    /// </summary>
    public interface ITcpConnectionPort
    {
        /// <summary>
        /// Copies waiting bytes into <paramref name="buffer"/>.
        /// Returns the count (&gt; 0), 0 when nothing is waiting, -1 when the peer closed or the connection failed.
        /// </summary>
        int Receive(byte[] buffer, int offset, int count);

        /// <summary>
        /// Queues up to <paramref name="count"/> bytes. Returns how many were taken (0 when the
        /// send buffer is full: try again later), or -1 when the connection failed.
        /// </summary>
        int Send(byte[] buffer, int offset, int count);

        /// <summary>
        /// Half-closes: sends FIN so the peer sees the end of the response, while its remaining input can still
        /// be read and discarded (closing with unread input would reset the connection and could destroy the
        /// answer in flight). Socket.Shutdown(SocketShutdown.Send); where a platform lacks it, do nothing.
        /// </summary>
        void ShutdownSend();

        /// <summary>Closes the connection; further calls fail. Safe to call twice.</summary>
        void Close();

        /// <summary>The peer's address for logs, e.g. "192.168.4.2:51234".</summary>
        string RemoteAddress { get; }
    }
}
