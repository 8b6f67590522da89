namespace BlynkWM.Ports
{
    /// <summary>
    /// One outgoing connection from <see cref="IOutgoingStreamPort.Open"/>. Every member returns at once. The caller polls
    /// <see cref="State"/> while connecting and applies its own connect timeout (closing the stream when it expires).
    /// Used from one thread; the adapter's worker thread only ever touches its own fields under its own lock.
    /// </summary>
    public interface IOutgoingStream
    {
        /// <summary>Where the stream is: connecting, connected, closed or failed (then see <see cref="Failure"/>).</summary>
        StreamState State { get; }

        /// <summary>Why the stream is <see cref="StreamState.Failed"/>; <see cref="StreamFailure.None"/> otherwise.</summary>
        StreamFailure Failure { get; }

        /// <summary>The platform's own words for the failure (exception message, TLS chain status), for logs; "" if none.</summary>
        string FailureDetail { get; }

        /// <summary>
        /// Copies waiting bytes into <paramref name="buffer"/>: the count (&gt; 0), 0 when nothing is waiting (or still
        /// connecting), -1 when the stream failed or the peer closed (then <see cref="State"/> is Failed).
        /// </summary>
        int Receive(byte[] buffer, int offset, int count);

        /// <summary>
        /// Queues up to <paramref name="count"/> bytes: how many were taken (0 when the send buffer is full or still
        /// connecting: try later), -1 when the stream failed.
        /// </summary>
        int Send(byte[] buffer, int offset, int count);

        /// <summary>Closes the connection (or abandons the attempt). Safe to call twice; the state becomes Closed.</summary>
        void Close();
    }
}
