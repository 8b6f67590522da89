using BlynkWM.Ports;

namespace BlynkWM.Blynk
{
    /// <summary>Stands in for a stream the port could not create (it threw): failed from the start.</summary>
    internal sealed class FailedStream : IOutgoingStream
    {
        private readonly string _detail;

        public FailedStream(string detail)
        {
            _detail = detail == null ? "" : detail;
        }

        public StreamState State
        {
            get { return StreamState.Failed; }
        }

        public StreamFailure Failure
        {
            get { return StreamFailure.Other; }
        }

        public string FailureDetail
        {
            get { return _detail; }
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            return -1;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            return -1;
        }

        public void Close()
        {
        }
    }
}
