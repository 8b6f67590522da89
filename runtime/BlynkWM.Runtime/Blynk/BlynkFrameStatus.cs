namespace BlynkWM.Blynk
{
    /// <summary>What <see cref="BlynkFrameReader.Next"/> found.</summary>
    public enum BlynkFrameStatus
    {
        /// <summary>No complete frame yet: receive more bytes into the reader's free space.</summary>
        NeedMore = 0,

        /// <summary>A complete frame; its fields are on the reader until the next call.</summary>
        Frame = 1,

        /// <summary>A header no peer may send (message id 0). The stream can no longer be trusted: close it.</summary>
        Malformed = 2,

        /// <summary>A body longer than the reader's limit. Close the stream (the official libraries do the same).</summary>
        Oversized = 3,
    }
}
