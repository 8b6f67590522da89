namespace BlynkWM.Ports
{
    /// <summary>
    /// A bound UDP socket used without blocking. Over nanoFramework's Socket:
    /// <c>Poll(0, SelectRead) ? ReceiveFrom(buf, off, count, None, ref endPoint) : 0</c> and <c>SendTo</c>; a port
    /// that broadcasts sets <c>SocketOptionName.Broadcast</c> (and, on an ESP32 running AP+station, binds to the
    /// access point's address: ESP-IDF routes a datagram from a bound address out of that address's interface).
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

        /// <summary>
        /// Sends one datagram to the limited broadcast address (255.255.255.255) on <paramref name="port"/>: how a server
        /// reaches a host that has no address yet (DHCP). False when it could not be sent, or when this port does not
        /// broadcast.
        /// </summary>
        bool SendBroadcast(byte[] buffer, int offset, int count, int port);

        /// <summary>Releases the socket; the port is not used afterwards.</summary>
        void Close();
    }
}
