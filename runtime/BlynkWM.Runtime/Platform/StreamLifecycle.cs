using BlynkWM.Ports;

namespace BlynkWM.Platform
{
    /// <summary>
    /// One outgoing stream's state and the handoff with the worker that connects it, as
    /// <see cref="IOutgoingStreamPort"/> describes them: Connecting while the worker resolves, connects and handshakes
    /// (<see cref="Step"/> says where, for the meaning of an error); the worker publishes only when everything
    /// succeeded and the stream was not closed meanwhile; Close while the worker runs tells the adapter to close the
    /// worker's socket (which ends a blocked call) and the worker then closes what it made; after Connected a send or
    /// receive error fails the stream. The state only moves forward. Not thread-safe: the adapter calls it under its
    /// lock, from the caller's thread and the worker.
    /// </summary>
    public sealed class StreamLifecycle
    {
        private readonly bool _verifies;
        private StreamState _state = StreamState.Connecting;
        private StreamFailure _failure = StreamFailure.None;
        private string _detail = "";
        private StreamStep _step = StreamStep.Resolving;

        /// <summary>A stream for <paramref name="security"/>; already Failed when the device cannot do its TLS mode.</summary>
        public StreamLifecycle(StreamSecurity security)
        {
            if (security == null)
            {
                throw new System.ArgumentNullException("security");
            }

            _verifies = security.UsesTls && TlsPlan.Verifies(security.Mode);
            StreamFailure refusal = TlsPlan.Refusal(security);
            if (refusal != StreamFailure.None)
            {
                Fail(refusal, "nanoFramework's SslStream cannot check a certificate fingerprint; pin the server's certificate as the CA instead");
            }
        }

        /// <summary>Connecting, Connected, Closed or Failed; it only moves forward.</summary>
        public StreamState State
        {
            get { return _state; }
        }

        /// <summary>Why the stream failed; None unless <see cref="State"/> is Failed.</summary>
        public StreamFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>The platform's words on <see cref="Failure"/> (e.g. the socket error); empty when none.</summary>
        public string FailureDetail
        {
            get { return _detail; }
        }

        /// <summary>Where the connecting worker is (resolving, connecting, handshaking) or Established once connected.</summary>
        public StreamStep Step
        {
            get { return _step; }
        }

        /// <summary>True while the worker should go on (and should be started at all).</summary>
        public bool IsConnecting
        {
            get { return _state == StreamState.Connecting; }
        }

        /// <summary>The worker moves to <paramref name="step"/>; false when the stream is no longer connecting (stop).</summary>
        public bool Enter(StreamStep step)
        {
            if (_state != StreamState.Connecting)
            {
                return false;
            }

            _step = step;
            return true;
        }

        /// <summary>The worker connected (and handshook): Connected, unless closed meanwhile. False: close what was made.</summary>
        public bool Publish()
        {
            if (_state != StreamState.Connecting)
            {
                return false;
            }

            _step = StreamStep.Established;
            _state = StreamState.Connected;
            return true;
        }

        /// <summary>A socket error at the current step (a connect or handshake failure, or a broken connection).</summary>
        public void SocketError(int errorCode, string detail)
        {
            Fail(StreamErrors.FromSocketError(errorCode, _step), detail);
        }

        /// <summary>Any other exception at the current step.</summary>
        public void Error(string detail)
        {
            StreamFailure failure;
            switch (_step)
            {
                case StreamStep.Resolving:
                    failure = StreamFailure.HostNotFound;
                    break;
                case StreamStep.Handshaking:
                    failure = StreamErrors.FromHandshakeException(_verifies);
                    break;
                case StreamStep.Established:
                    failure = StreamFailure.ConnectionLost;
                    break;
                default:
                    failure = StreamFailure.Other;
                    break;
            }

            Fail(failure, detail);
        }

        /// <summary>
        /// Fails the stream with <paramref name="failure"/> when it is connecting or connected (a closed or failed
        /// stream keeps its state).
        /// </summary>
        public void Fail(StreamFailure failure, string detail)
        {
            if (_state != StreamState.Connecting && _state != StreamState.Connected)
            {
                return;
            }

            _failure = failure;
            _detail = detail == null ? "" : detail;
            _state = StreamState.Failed;
        }

        /// <summary>Closed from now on. True when the worker was still connecting: its socket must be closed to end a blocked call.</summary>
        public bool Close()
        {
            bool workerRunning = _state == StreamState.Connecting;
            _state = StreamState.Closed;
            return workerRunning;
        }
    }
}
