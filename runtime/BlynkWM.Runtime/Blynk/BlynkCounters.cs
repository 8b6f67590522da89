namespace BlynkWM.Blynk
{
    /// <summary>What the client has seen since it was created; for diagnostics pages and tests.</summary>
    public sealed class BlynkCounters
    {
        /// <summary>Successful logins.</summary>
        public int Logins { get; internal set; }

        /// <summary>Connection attempts that failed, and connections that ended other than by Stop, Configure or a redirect.</summary>
        public int Failures { get; internal set; }

        /// <summary>Frames with a header no peer may send; each closed its connection.</summary>
        public int MalformedFrames { get; internal set; }

        /// <summary>Frames longer than the receive limit; each closed its connection.</summary>
        public int OversizedFrames { get; internal set; }

        /// <summary>Well-framed messages the client could not use (unknown command, bad pin, bad body); answered with an error status.</summary>
        public int RejectedMessages { get; internal set; }

        /// <summary>Writes and other sends refused because the client was not running or the send buffer was full.</summary>
        public int DroppedSends { get; internal set; }

        /// <summary>Exceptions thrown by pin handlers or event handlers (caught; the client carries on).</summary>
        public int HandlerFailures { get; internal set; }

        /// <summary>Responses with an error status to the client's own messages.</summary>
        public int ErrorResponses { get; internal set; }

        /// <summary>Keep-alive pings the client sent (one per heartbeat interval in which nothing was received or sent).</summary>
        public int PingsSent { get; internal set; }

        /// <summary>Whole frames read from the server, of any command.</summary>
        public int FramesReceived { get; internal set; }

        /// <summary>Frames queued for the server, of any command (login, pings, replies and writes).</summary>
        public int FramesSent { get; internal set; }

        /// <summary>Redirects followed to another host.</summary>
        public int Redirects { get; internal set; }

        /// <summary>Switches back to a more preferred server after a probe found it up again.</summary>
        public int PreferredReturns { get; internal set; }
    }
}
