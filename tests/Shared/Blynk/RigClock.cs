#nullable disable
using BlynkWM.Ports;

namespace BlynkWM.Testing
{
    /// <summary>A clock the test moves. Device-safe.</summary>
    public class RigClock : IClock
    {
        public long NowMilliseconds { get; set; }

        public void Advance(long milliseconds)
        {
            NowMilliseconds += milliseconds;
        }
    }

    /// <summary>Deterministic random bytes (xorshift32), the same on nanoCLR and .NET. Device-safe.</summary>
    public class XorShiftRandom : IRandomSource
    {
        private uint _state;

        public XorShiftRandom(uint seed)
        {
            _state = seed == 0 ? 1u : seed;
        }

        public void NextBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _state ^= _state << 13;
                _state ^= _state >> 17;
                _state ^= _state << 5;
                buffer[offset + i] = (byte)_state;
            }
        }
    }
}
