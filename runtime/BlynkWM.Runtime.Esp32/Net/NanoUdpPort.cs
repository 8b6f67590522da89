using System;
using System.Net;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// A bound UDP socket on nanoFramework (the captive DNS on port 53, the DHCP server on port 67). Reads only after
    /// <c>Poll(0, SelectRead)</c>; the sender handle is the <see cref="EndPoint"/> ReceiveFrom fills in, valid until the
    /// next receive. A broadcasting port sets <c>SocketOptionName.Broadcast</c> and sends to
    /// <c>IPAddress.Broadcast</c>; bound to the access point's address, its broadcasts leave through the access point
    /// even while the station is joined (ESP-IDF's lwIP routes by a bound source address, its
    /// <c>LWIP_HOOK_IP4_ROUTE_SRC</c>), where an unbound one would follow the default route to the station's network.
    /// </summary>
    public sealed class NanoUdpPort : IUdpPort
    {
        private readonly Socket _socket;
        private readonly bool _broadcast;
        private EndPoint _sender;
        private EndPoint _broadcastTarget;
        private int _broadcastPort = -1;

        /// <param name="port">The port on every local address; no broadcasts.</param>
        public NanoUdpPort(int port)
            : this(null, port, false)
        {
        }

        /// <param name="localAddress">The local address to bind ("192.168.4.1", the access point's), or null for every address.</param>
        /// <param name="port">The port (67 for the DHCP server).</param>
        /// <param name="allowBroadcast">Whether <see cref="SendBroadcast"/> may send (sets the socket's Broadcast option).</param>
        public NanoUdpPort(string localAddress, int port, bool allowBroadcast)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                if (allowBroadcast)
                {
                    _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, true);
                }

                _socket.Bind(new IPEndPoint(localAddress == null ? IPAddress.Any : IPAddress.Parse(localAddress), port));
            }
            catch (Exception)
            {
                _socket.Close();
                throw;
            }

            _broadcast = allowBroadcast;
            _sender = new IPEndPoint(IPAddress.Any, 0);
        }

        /// <inheritdoc/>
        /// <remarks><paramref name="remote"/> is the sender's IPEndPoint.</remarks>
        public int TryReceiveFrom(byte[] buffer, int offset, int count, out object remote)
        {
            remote = null;
            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return 0;
                }

                int n = _socket.ReceiveFrom(buffer, offset, count, SocketFlags.None, ref _sender);
                remote = _sender;
                return n;
            }
            catch (SocketException)
            {
                // An oversized datagram or an ICMP error from an earlier reply: the datagram is dropped.
                return 0;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        /// <inheritdoc/>
        /// <remarks><paramref name="remote"/> must be an IPEndPoint, as <see cref="TryReceiveFrom"/> returns it.</remarks>
        public bool SendTo(byte[] buffer, int offset, int count, object remote)
        {
            EndPoint to = remote as EndPoint;
            if (to == null)
            {
                return false;
            }

            try
            {
                return _socket.SendTo(buffer, offset, count, SocketFlags.None, to) == count;
            }
            catch (SocketException)
            {
                return false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        /// <inheritdoc/>
        public bool SendBroadcast(byte[] buffer, int offset, int count, int port)
        {
            if (!_broadcast)
            {
                return false;
            }

            if (port != _broadcastPort)
            {
                // Made once per port (a DHCP server uses one), so a broadcast allocates nothing.
                _broadcastTarget = new IPEndPoint(IPAddress.Broadcast, port);
                _broadcastPort = port;
            }

            return SendTo(buffer, offset, count, _broadcastTarget);
        }

        /// <inheritdoc/>
        public void Close()
        {
            _socket.Close();
        }
    }
}
