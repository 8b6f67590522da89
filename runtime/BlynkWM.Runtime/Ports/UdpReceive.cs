namespace BlynkWM.Ports
{
    /// <summary>How the captive servers (DNS, DHCP) take the next datagram from an <see cref="IUdpPort"/>.</summary>
    internal static class UdpReceive
    {
        /// <summary>
        /// The next datagram's length in <paramref name="buffer"/> (from index 0) and its sender; 0 or less when none
        /// is waiting or the port failed (a port's exception ends this poll, never the server).
        /// </summary>
        public static int Next(IUdpPort port, byte[] buffer, out object remote)
        {
            try
            {
                return port.TryReceiveFrom(buffer, 0, buffer.Length, out remote);
            }
            catch (System.Exception)
            {
                remote = null;
                return -1;
            }
        }
    }
}
