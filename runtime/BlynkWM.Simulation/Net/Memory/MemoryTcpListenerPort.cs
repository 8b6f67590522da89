using System;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net.Memory
{
    /// <summary>A listener whose "clients" are <see cref="MemoryTcpConnection"/>s queued by the test.</summary>
    public sealed class MemoryTcpListenerPort : ITcpListenerPort
    {
        private readonly MemoryTcpConnection?[] _pending;
        private int _head;
        private int _count;

        public MemoryTcpListenerPort(int capacity = 64)
        {
            _pending = new MemoryTcpConnection?[capacity];
        }

        public bool IsClosed { get; private set; }

        public int PendingCount => _count;

        /// <summary>Queues a connection for the server's next accept.</summary>
        public void Connect(MemoryTcpConnection connection)
        {
            if (_count == _pending.Length)
            {
                throw new InvalidOperationException("accept backlog full");
            }
            _pending[(_head + _count) % _pending.Length] = connection;
            _count++;
        }

        public ITcpConnectionPort? TryAccept()
        {
            if (_count == 0 || IsClosed)
            {
                return null;
            }
            MemoryTcpConnection connection = _pending[_head]!;
            _pending[_head] = null;
            _head = (_head + 1) % _pending.Length;
            _count--;
            return connection;
        }

        public void Close() => IsClosed = true;
    }
}
