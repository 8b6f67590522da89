namespace BlynkWM.Ports
{
    /// <summary>A monotonic millisecond clock. Devices use the uptime counter; tests use a fake they advance by hand.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot; never goes backwards.</summary>
        long NowMilliseconds { get; }
    }
}
