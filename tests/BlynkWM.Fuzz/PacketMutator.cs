using System;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// The mutations every fixed-offset packet fuzzer (DNS, DHCP) applies to the packet it built in place: cut it
    /// short, flip a bit, overwrite a byte, append random bytes. Each draws from the fuzzer's own random, so a seed
    /// still replays the same cases; the format-specific mutations stay with each fuzzer.
    /// </summary>
    public sealed class PacketMutator
    {
        private readonly Random _random;
        private readonly byte[] _packet;

        public PacketMutator(Random random, byte[] packet)
        {
            _random = random;
            _packet = packet;
        }

        /// <summary>
        /// Applies 1 to 4 mutations, each of a random kind below <paramref name="kinds"/>: kind 0 cuts the packet short,
        /// kind 1 flips a bit, and every other kind goes to <paramref name="formatMutation"/> (kind, length; returns
        /// the new length). Returns the new length.
        /// </summary>
        public int Mutate(int length, int kinds, Func<int, int, int> formatMutation)
        {
            int mutations = 1 + _random.Next(4);
            for (int m = 0; m < mutations; m++)
            {
                int kind = _random.Next(kinds);
                if (kind == 0)
                {
                    length = _random.Next(length + 1);
                }
                else if (kind == 1)
                {
                    if (length > 0)
                    {
                        _packet[_random.Next(length)] ^= (byte)(1 << _random.Next(8));
                    }
                }
                else
                {
                    length = formatMutation(kind, length);
                }
            }

            return length;
        }

        /// <summary>Overwrites one byte at an index from <paramref name="from"/> up to <paramref name="end"/> with a random value.</summary>
        public void OverwriteByte(int from, int end)
        {
            if (end > from)
            {
                _packet[from + _random.Next(end - from)] = (byte)_random.Next(256);
            }
        }

        /// <summary>Appends fewer than <paramref name="most"/> random bytes (as many as fit); returns the new length.</summary>
        public int AppendRandom(int length, int most)
        {
            int extra = Math.Min(_packet.Length - length, _random.Next(most));
            for (int i = 0; i < extra; i++)
            {
                _packet[length + i] = (byte)_random.Next(256);
            }

            return length + extra;
        }
    }
}
