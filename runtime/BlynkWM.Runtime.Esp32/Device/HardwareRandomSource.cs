using BlynkWM.Ports;

namespace BlynkWM.Esp32.Device
{
    /// <summary>
    /// Random bytes from the ESP32's hardware generator: nanoFramework's ESP32 firmware implements System.Random with
    /// ESP-IDF's <c>esp_random()</c> and ignores any seed (nf-interpreter targets/ESP32/_nanoCLR/targetRandom.cpp).
    /// ESP-IDF documents those bytes as truly random while the WiFi or Bluetooth radio is on, which it is whenever
    /// the portal or a connection needs a token.
    /// </summary>
    public sealed class HardwareRandomSource : IRandomSource
    {
        private readonly System.Random _random = new System.Random();
        private readonly object _lock = new object();
        private byte[] _scratch = new byte[0];

        /// <inheritdoc/>
        /// <remarks>Fills the range from System.Random, which the ESP32 firmware backs with <c>esp_random()</c>.</remarks>
        public void NextBytes(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("offset");
            }

            lock (_lock)
            {
                if (offset == 0 && count == buffer.Length)
                {
                    _random.NextBytes(buffer);
                    return;
                }

                // Random.NextBytes fills a whole array: fill a scratch one and copy the part asked for.
                if (_scratch.Length < count)
                {
                    _scratch = new byte[count];
                }

                _random.NextBytes(_scratch);
                System.Array.Copy(_scratch, 0, buffer, offset, count);
            }
        }
    }
}
