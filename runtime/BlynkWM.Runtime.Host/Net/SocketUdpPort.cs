using System;
using System.Net;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// A non-blocking UDP socket. The sender handle is one reused <see cref="SocketAddress"/>, so receiving and
    /// replying allocate nothing; as the port contract says, it is valid only until the next receive. Broadcasting is
    /// on (<see cref="Socket.EnableBroadcast"/>); the broadcast target's address is 255.255.255.255 unless a test
    /// names another (on loopback, where the limited broadcast address does not route).
    /// </summary>
    public sealed class SocketUdpPort : IUdpPort, IDisposable
    {
        private readonly Socket _socket;
        private readonly SocketAddress _sender;
        private readonly IPAddress _broadcastAddress;
        private SocketAddress? _broadcastTarget;
        private int _broadcastPort = -1;

        /// <summary>A port bound to <paramref name="address"/>:<paramref name="port"/> (port 0: one the system picks) that broadcasts to 255.255.255.255.</summary>
        public SocketUdpPort(IPAddress address, int port)
            : this(address, port, IPAddress.Broadcast)
        {
        }

        /// <param name="address">The local address to bind.</param>
        /// <param name="port">The local port (0: one the system picks).</param>
        /// <param name="broadcastAddress">Where <see cref="SendBroadcast"/> sends: 255.255.255.255, or for a test on
        /// loopback a loopback address.</param>
        public SocketUdpPort(IPAddress address, int port, IPAddress broadcastAddress)
        {
            _broadcastAddress = broadcastAddress;
            _socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                _socket.Bind(new IPEndPoint(address, port));
                _socket.Blocking = false;
                _socket.EnableBroadcast = true;
            }
            catch
            {
                _socket.Dispose();
                throw;
            }
            LocalPort = ((IPEndPoint)_socket.LocalEndPoint!).Port;
            _sender = new SocketAddress(address.AddressFamily);
        }

        /// <summary>The port bound.</summary>
        public int LocalPort { get; }

        /// <inheritdoc/>
        public int TryReceiveFrom(byte[] buffer, int offset, int count, out object? remote)
        {
            remote = null;
            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return 0;
                }
                int n = _socket.ReceiveFrom(buffer.AsSpan(offset, count), SocketFlags.None, _sender);
                remote = _sender;
                return n;
            }
            catch (SocketException)
            {
                // Oversized datagrams and ICMP errors from earlier replies surface here; the datagram is dropped.
                return 0;
            }
            catch (ObjectDisposedException)
            {
                return -1;
            }
        }

        /// <inheritdoc/>
        public bool SendTo(byte[] buffer, int offset, int count, object remote)
        {
            if (remote is not SocketAddress address)
            {
                return false;
            }
            try
            {
                return _socket.SendTo(buffer.AsSpan(offset, count), SocketFlags.None, address) == count;
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
            if (port != _broadcastPort)
            {
                // Made once per port (a DHCP server uses one), so a broadcast allocates nothing.
                _broadcastTarget = new IPEndPoint(_broadcastAddress, port).Serialize();
                _broadcastPort = port;
            }

            return SendTo(buffer, offset, count, _broadcastTarget!);
        }

        /// <inheritdoc/>
        public void Close() => _socket.Dispose();

        /// <summary>Closes the socket.</summary>
        public void Dispose() => _socket.Dispose();
    }
}
