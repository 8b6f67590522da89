namespace BlynkWM.Ports
{
    /// <summary>
    /// A bound UDP socket used without blocking. Over nanoFramework's Socket:
    /// <c>Available &gt; 0 ? ReceiveFrom(buf, off, count, None, ref endPoint) : 0</c> and <c>SendTo</c>.
    /// </summary>
    public interface IUdpPort
    {
        /// <summary>
        /// Reads one waiting datagram. Returns its length (&gt; 0), 0 when none is waiting (or an
        /// unusable datagram was dropped), -1 when the port failed.
        /// <paramref name="remote"/> is an opaque sender handle for <see cref="SendTo"/>; a port may
        /// reuse one handle object, so it is valid only until the next call.
        /// </summary>
        int TryReceiveFrom(byte[] buffer, int offset, int count, out object remote);

        /// <summary>Sends one datagram to a handle from <see cref="TryReceiveFrom"/>. False when it could not be sent.</summary>
        bool SendTo(byte[] buffer, int offset, int count, object remote);

        void Close();
    }
}
