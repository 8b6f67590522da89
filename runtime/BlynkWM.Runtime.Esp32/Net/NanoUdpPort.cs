using System;
using System.Net;
using System.Net.Sockets;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// A bound UDP socket on nanoFramework (the captive DNS on port 53). Reads only after <c>Poll(0, SelectRead)</c>;
    /// the sender handle is the <see cref="EndPoint"/> ReceiveFrom fills in, valid until the next receive.
    /// </summary>
    public sealed class NanoUdpPort : IUdpPort
    {
        private readonly Socket _socket;
        private EndPoint _sender;

        /// <param name="port">The port on every local address.</param>
        public NanoUdpPort(int port)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                _socket.Bind(new IPEndPoint(IPAddress.Any, port));
            }
            catch (Exception)
            {
                _socket.Close();
                throw;
            }

            _sender = new IPEndPoint(IPAddress.Any, 0);
        }

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

        public void Close()
        {
            _socket.Close();
        }
    }
}
