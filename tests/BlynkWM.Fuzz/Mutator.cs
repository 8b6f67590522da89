using System;

namespace BlynkWM.Fuzz
{
    /// <summary>Byte-level mutations plus splicing of dictionary tokens, as coverage-free fuzzers do.</summary>
    public sealed class Mutator
    {
        private readonly Random _random;
        private readonly byte[][] _dictionary;
        private byte[] _work = new byte[8192];

        public Mutator(Random random, string[] dictionary)
        {
            _random = random;
            _dictionary = new byte[dictionary.Length][];
            for (int i = 0; i < dictionary.Length; i++)
            {
                _dictionary[i] = Encoding.Latin1.GetBytes(dictionary[i]);
            }
        }

        /// <summary>Applies 1 to <paramref name="maxMutations"/> mutations to a copy of <paramref name="seed"/>.</summary>
        public byte[] Mutate(byte[] seed, int maxMutations, int maxLength)
        {
            int length = seed.Length;
            Ensure(length);
            Array.Copy(seed, _work, length);
            int mutations = 1 + _random.Next(maxMutations);
            for (int m = 0; m < mutations; m++)
            {
                switch (_random.Next(9))
                {
                    case 0:
                        if (length > 0)
                        {
                            _work[_random.Next(length)] ^= (byte)(1 << _random.Next(8));
                        }
                        break;
                    case 1:
                        if (length > 0)
                        {
                            _work[_random.Next(length)] = (byte)_random.Next(256);
                        }
                        break;
                    case 2:
                        length = Insert(length, _random.Next(length + 1), new[] { (byte)_random.Next(256) });
                        break;
                    case 3:
                        if (length > 0)
                        {
                            int at = _random.Next(length);
                            int count = 1 + _random.Next(Math.Min(16, length - at));
                            Array.Copy(_work, at + count, _work, at, length - at - count);
                            length -= count;
                        }
                        break;
                    case 4:
                    case 5:
                        length = Insert(length, _random.Next(length + 1), _dictionary[_random.Next(_dictionary.Length)]);
                        break;
                    case 6:
                        if (length > 0)
                        {
                            int at = _random.Next(length);
                            int count = 1 + _random.Next(Math.Min(64, length - at));
                            byte[] copy = new byte[count];
                            Array.Copy(_work, at, copy, 0, count);
                            length = Insert(length, _random.Next(length + 1), copy);
                        }
                        break;
                    case 7:
                        length = _random.Next(length + 1);
                        break;
                    default:
                        {
                            int run = 1 + _random.Next(_random.Next(4) == 0 ? 3000 : 40);
                            byte[] fill = new byte[run];
                            byte b = (byte)(_random.Next(2) == 0 ? 'A' : _random.Next(256));
                            Array.Fill(fill, b);
                            length = Insert(length, _random.Next(length + 1), fill);
                            break;
                        }
                }
                if (length > maxLength)
                {
                    length = maxLength;
                }
            }
            byte[] result = new byte[length];
            Array.Copy(_work, result, length);
            return result;
        }

        private int Insert(int length, int at, byte[] data)
        {
            Ensure(length + data.Length);
            Array.Copy(_work, at, _work, at + data.Length, length - at);
            Array.Copy(data, 0, _work, at, data.Length);
            return length + data.Length;
        }

        private void Ensure(int length)
        {
            if (length > _work.Length)
            {
                Array.Resize(ref _work, Math.Max(length, _work.Length * 2));
            }
        }
    }
}
