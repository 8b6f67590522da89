using System;
using System.Security.Cryptography;
using BlynkWM.Ports;

namespace BlynkWM.Host.Security
{
    /// <summary>The operating system's cryptographic RNG, standing in for the ESP32's hardware RNG.</summary>
    public sealed class CryptoRandomSource : IRandomSource
    {
        /// <inheritdoc/>
        public void NextBytes(byte[] buffer, int offset, int count) => RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
    }
}
