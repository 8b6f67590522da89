using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// The state machine the host's outgoing streams share: connecting until the background connect completes
    /// (<see cref="Advance"/>), then connected until closed or failed. Receive and Send answer 0 while connecting and -1
    /// once the stream is closed or failed, and reach the transport only when connected.
    /// </summary>
    public abstract class OutgoingStreamBase : IOutgoingStream
    {
        private StreamState _state = StreamState.Connecting;
        private StreamFailure _failure;
        private string _detail = "";

        /// <inheritdoc/>
        public StreamState State
        {
            get
            {
                Advance();
                return _state;
            }
        }

        /// <inheritdoc/>
        public StreamFailure Failure => _failure;

        /// <inheritdoc/>
        public string FailureDetail => _detail;

        /// <summary>True while the connect has not completed (nor been given up by <see cref="Close"/>).</summary>
        protected bool IsConnecting => _state == StreamState.Connecting;

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

            return ReceiveConnected(buffer, offset, count);
        }

        /// <inheritdoc/>
        public int Send(byte[] buffer, int offset, int count)
        {
            Advance();
            if (_state != StreamState.Connected)
            {
                return _state == StreamState.Connecting ? 0 : -1;
            }

            return SendConnected(buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_state == StreamState.Connecting || _state == StreamState.Connected)
            {
                _state = StreamState.Closed;
            }

            Release();
        }

        /// <summary>Checks the background connect while connecting: calls <see cref="Connected"/> or <see cref="Fail"/> once it completed.</summary>
        protected abstract void Advance();

        /// <summary>Receive on the connected transport: bytes read, 0 for none yet, -1 after <see cref="Fail"/>.</summary>
        protected abstract int ReceiveConnected(byte[] buffer, int offset, int count);

        /// <summary>Send on the connected transport: bytes taken, 0 for none yet, -1 after <see cref="Fail"/>.</summary>
        protected abstract int SendConnected(byte[] buffer, int offset, int count);

        /// <summary>Releases the transport (on close and on failure).</summary>
        protected abstract void Release();

        /// <summary>The connect completed: the stream is connected.</summary>
        protected void Connected()
        {
            _state = StreamState.Connected;
        }

        /// <summary>The stream failed with <paramref name="failure"/>; the transport is released.</summary>
        protected void Fail(StreamFailure failure, string detail)
        {
            _state = StreamState.Failed;
            _failure = failure;
            _detail = detail;
            Release();
        }
    }
}
