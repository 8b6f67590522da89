namespace BlynkWM.Ports
{
    /// <summary>Random bytes for tokens (CSRF, AP passwords). On the device: the hardware RNG.</summary>
    public interface IRandomSource
    {
        /// <summary>Fills <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> with random bytes.</summary>
        void NextBytes(byte[] buffer, int offset, int count);
    }
}
