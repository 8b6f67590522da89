namespace BlynkWM.Ports
{
    /// <summary>
    /// A listening TCP socket, already bound. Over nanoFramework's Socket:
    /// <c>listener.Poll(0, SelectMode.SelectRead) ? wrap(listener.Accept()) : null</c>.
    /// </summary>
    public interface ITcpListenerPort
    {
        /// <summary>A newly accepted connection, or null when none is waiting. Never blocks.</summary>
        ITcpConnectionPort TryAccept();

        /// <summary>Stops listening. Connections already accepted stay open.</summary>
        void Close();
    }
}
