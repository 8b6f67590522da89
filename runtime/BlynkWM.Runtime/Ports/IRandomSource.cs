namespace BlynkWM.Ports
{
    /// <summary>Random bytes for tokens (CSRF, AP passwords). On the device: the hardware RNG.</summary>
    public interface IRandomSource
    {
        void NextBytes(byte[] buffer, int offset, int count);
    }
}
