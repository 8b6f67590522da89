namespace BlynkWM.Platform
{
    /// <summary>What a non-blocking receive does next.</summary>
    public enum ReceiveAction
    {
        /// <summary>Nothing to read now.</summary>
        Nothing = 0,

        /// <summary>Read bytes the TLS layer already decrypted.</summary>
        ReadDecrypted = 1,

        /// <summary>Read from the socket (TLS: decrypt the record waiting there).</summary>
        ReadSocket = 2,

        /// <summary>The socket is readable with nothing in it: the peer closed.</summary>
        PeerClosed = 3,
    }

    /// <summary>
    /// The non-blocking receive of a connected stream. nanoFramework's <c>SslStream.DataAvailable</c> and
    /// <c>Length</c> count only bytes Mbed TLS has already taken off the socket, so a new TLS record shows in the
    /// socket's <c>Available</c> instead; reading it makes Read wait until the whole record is there (bounded by the
    /// socket's receive timeout, see <see cref="StreamErrors.IsReadTimeout"/>).
    /// </summary>
    public static class StreamReceive
    {
        /// <param name="decrypted">TLS bytes already decrypted (0 for plain TCP).</param>
        /// <param name="available">The socket's <c>Available</c>.</param>
        /// <param name="readable">The socket's <c>Poll(0, SelectRead)</c>, asked only when both counts were 0.</param>
        public static ReceiveAction Next(int decrypted, int available, bool readable)
        {
            if (decrypted > 0)
            {
                return ReceiveAction.ReadDecrypted;
            }

            if (available > 0)
            {
                return ReceiveAction.ReadSocket;
            }

            return readable ? ReceiveAction.PeerClosed : ReceiveAction.Nothing;
        }

        /// <summary>
        /// How many bytes to ask for: what is there, at most <paramref name="count"/>; a TLS record on the socket
        /// decrypts to an unknown length, so up to <paramref name="count"/>.
        /// </summary>
        public static int ReadSize(ReceiveAction action, int decrypted, int available, bool tls, int count)
        {
            int there = action == ReceiveAction.ReadDecrypted ? decrypted : tls ? count : available;
            return there < count ? there : count;
        }
    }
}
