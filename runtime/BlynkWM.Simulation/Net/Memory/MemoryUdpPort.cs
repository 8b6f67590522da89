using System;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net.Memory
{
    /// <summary>A UDP port holding at most one datagram in each direction, for fuzzing the DNS and DHCP servers without sockets.</summary>
    public sealed class MemoryUdpPort : IUdpPort
    {
        private static readonly object Peer = new object();

        private readonly byte[] _incoming = new byte[65536];
        private int _incomingLength = -1;

        public byte[] LastReply { get; } = new byte[65536];

        public int LastReplyLength { get; private set; } = -1;

        /// <summary>The port the last reply was broadcast to, or -1 when it went back to the sender (or none was sent).</summary>
        public int LastBroadcastPort { get; private set; } = -1;

        /// <summary>Queues one datagram for the next receive.</summary>
        public void Deliver(byte[] datagram, int offset, int count)
        {
            Array.Copy(datagram, offset, _incoming, 0, count);
            _incomingLength = count;
            LastReplyLength = -1;
            LastBroadcastPort = -1;
        }

        public int TryReceiveFrom(byte[] buffer, int offset, int count, out object? remote)
        {
            remote = null;
            if (_incomingLength < 0)
            {
                return 0;
            }
            int length = _incomingLength;
            _incomingLength = -1;
            if (length > count)
            {
                // A real socket drops (or truncates) what does not fit; dropping is what SocketUdpPort does.
                return 0;
            }
            Array.Copy(_incoming, 0, buffer, offset, length);
            remote = Peer;
            return length;
        }

        public bool SendTo(byte[] buffer, int offset, int count, object remote)
        {
            if (!ReferenceEquals(remote, Peer))
            {
                throw new InvalidOperationException("reply to an unknown peer");
            }
            Array.Copy(buffer, offset, LastReply, 0, count);
            LastReplyLength = count;
            return true;
        }

        public bool SendBroadcast(byte[] buffer, int offset, int count, int port)
        {
            Array.Copy(buffer, offset, LastReply, 0, count);
            LastReplyLength = count;
            LastBroadcastPort = port;
            return true;
        }

        public void Close()
        {
        }
    }
}
