using System;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net.Memory
{
    /// <summary>
    /// Both ends of a TCP connection in memory, for fuzzing and for measuring the server's allocations without
    /// sockets. The server uses it as an <see cref="ITcpConnectionPort"/>; the test plays the client with
    /// <see cref="ClientWrite"/>, <see cref="ClientShutdown"/> and <see cref="Output"/>. Reusable through
    /// <see cref="Reset"/>, so steady-state use allocates nothing. Not thread-safe: drive it from the polling thread.
    /// </summary>
    public sealed class MemoryTcpConnection : ITcpConnectionPort
    {
        private byte[] _input;
        private int _inputStart;
        private int _inputEnd;
        private byte[] _output;
        private int _outputLength;

        public MemoryTcpConnection(int initialCapacity = 4096)
        {
            _input = new byte[initialCapacity];
            _output = new byte[initialCapacity];
        }

        /// <summary>Most bytes one server Receive returns, to exercise requests that arrive in pieces. 0 = no limit.</summary>
        public int MaxReceiveChunk { get; set; }

        /// <summary>Most bytes one server Send accepts, to exercise partial sends. 0 = no limit.</summary>
        public int MaxSendChunk { get; set; }

        /// <summary>The largest count the server ever passed to <see cref="Send"/>.</summary>
        public int LargestSendRequest { get; private set; }

        /// <summary>When true, Send accepts nothing (a client that stopped reading).</summary>
        public bool SendBlocked { get; set; }

        public bool ClientClosed { get; private set; }

        /// <summary>Set when the server used the connection after closing it (a server bug the fuzzer looks for).</summary>
        public bool MisuseDetected { get; private set; }

        /// <summary>True once the server called <see cref="Close"/>.</summary>
        public bool ServerClosed { get; private set; }

        /// <summary>Client bytes the server has not read yet.</summary>
        public int PendingInput => _inputEnd - _inputStart;

        /// <summary>What the server sees as the client's address ("memory" unless a test sets one, e.g. "192.168.4.2:50000").</summary>
        public string RemoteAddress { get; set; } = "memory";

        /// <summary>Everything the server sent so far is <c>OutputBuffer[0..OutputLength)</c>.</summary>
        public byte[] OutputBuffer => _output;

        public int OutputLength => _outputLength;

        public ReadOnlySpan<byte> Output => _output.AsSpan(0, _outputLength);

        public void Reset()
        {
            _inputStart = 0;
            _inputEnd = 0;
            _outputLength = 0;
            ClientClosed = false;
            ServerClosed = false;
            MisuseDetected = false;
            ServerShutdownSend = false;
            SendBlocked = false;
            MaxReceiveChunk = 0;
            MaxSendChunk = 0;
        }

        /// <summary>Forgets what the server sent (keeps the connection open).</summary>
        public void ClearOutput() => _outputLength = 0;

        public void ClientWrite(byte[] data) => ClientWrite(data, 0, data.Length);

        public void ClientWrite(ReadOnlySpan<byte> data)
        {
            if (_inputStart == _inputEnd)
            {
                _inputStart = 0;
                _inputEnd = 0;
            }
            if (_inputEnd + data.Length > _input.Length)
            {
                Array.Copy(_input, _inputStart, _input, 0, _inputEnd - _inputStart);
                _inputEnd -= _inputStart;
                _inputStart = 0;
                if (_inputEnd + data.Length > _input.Length)
                {
                    Array.Resize(ref _input, Math.Max(_input.Length * 2, _inputEnd + data.Length));
                }
            }
            data.CopyTo(_input.AsSpan(_inputEnd));
            _inputEnd += data.Length;
        }

        public void ClientWrite(byte[] data, int offset, int count) => ClientWrite(data.AsSpan(offset, count));

        /// <summary>The client sends FIN: once its bytes are read, the server's Receive returns -1.</summary>
        public void ClientShutdown() => ClientClosed = true;

        public int Receive(byte[] buffer, int offset, int count)
        {
            if (ServerClosed)
            {
                MisuseDetected = true;
                return -1;
            }
            int available = _inputEnd - _inputStart;
            if (available == 0)
            {
                return ClientClosed ? -1 : 0;
            }
            int n = Math.Min(available, count);
            if (MaxReceiveChunk > 0)
            {
                n = Math.Min(n, MaxReceiveChunk);
            }
            Array.Copy(_input, _inputStart, buffer, offset, n);
            _inputStart += n;
            return n;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            if (ServerClosed)
            {
                MisuseDetected = true;
                return -1;
            }
            if (ServerShutdownSend)
            {
                MisuseDetected = true;
                return -1;
            }
            if (SendBlocked)
            {
                return 0;
            }
            LargestSendRequest = Math.Max(LargestSendRequest, count);
            int n = MaxSendChunk > 0 ? Math.Min(count, MaxSendChunk) : count;
            if (_outputLength + n > _output.Length)
            {
                Array.Resize(ref _output, Math.Max(_output.Length * 2, _outputLength + n));
            }
            Array.Copy(buffer, offset, _output, _outputLength, n);
            _outputLength += n;
            return n;
        }

        /// <summary>True once the server half-closed (sent FIN).</summary>
        public bool ServerShutdownSend { get; private set; }

        public void ShutdownSend()
        {
            if (ServerClosed)
            {
                MisuseDetected = true;
            }
            ServerShutdownSend = true;
        }

        public void Close()
        {
            if (ServerClosed)
            {
                MisuseDetected = true;
            }
            ServerClosed = true;
        }
    }
}
