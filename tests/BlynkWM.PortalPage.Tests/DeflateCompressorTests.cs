using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using BlynkWM.Compression;

namespace BlynkWM.PortalPage.Tests
{
    /// <summary>
    /// The shared compressor against .NET's inflater (zlib): whatever we emit must decode to the input, with and
    /// without a primed dictionary, for every block type, and the same input must always give the same bytes.
    /// </summary>
    public sealed class DeflateCompressorTests
    {
        private static readonly string Html = File.ReadAllText(BlynkWM.Tests.Shared.RepositoryRoot.Combine("docs", "diagnostics.md"));

        public static TheoryData<string, int> Inputs()
        {
            var data = new TheoryData<string, int>();
            foreach (string kind in new[] { "empty", "one", "random", "text", "html", "runs", "two-symbols", "skewed", "long-repeat" })
            {
                foreach (int size in new[] { 1, 100, 3000, 40000 })
                {
                    data.Add(kind, size);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Raw_deflate_round_trips_through_the_dotnet_inflater(string kind, int size)
        {
            byte[] input = Make(kind, size, seed: size);
            foreach (DeflateCompressor compressor in Compressors())
            {
                byte[] output = new byte[compressor.MaxCompressedLength(input.Length)];
                int length = compressor.Compress(input, 0, 0, input.Length, true, output, 0);

                Assert.Equal(input, Inflate(output, length));
            }
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void A_primed_dictionary_and_sync_flush_make_one_valid_gzip_stream(string kind, int size)
        {
            // The portal's layout: a head compressed on its own (sync-flushed), then a tail compressed with the
            // head as history, then the trailer with the CRC carried on from the head's.
            byte[] head = Encoding.UTF8.GetBytes(Html.Substring(0, Math.Min(Html.Length, 1500)));
            byte[] tail = Make(kind, size, seed: size + 1);
            byte[] all = head.Concat(tail).ToArray();
            var compressor = new DeflateCompressor(13, 11, 32, 512);

            byte[] output = new byte[compressor.MaxCompressedLength(all.Length) + 64];
            int p = Gzip.WriteHeader(output, 0);
            p = compressor.Compress(head, 0, 0, head.Length, false, output, p);
            int headEnd = p;
            p = compressor.Compress(all, 0, head.Length, all.Length, true, output, p);
            uint crc = Crc32.Compute(all, 0, all.Length);
            p = Gzip.WriteTrailer(output, p, crc, (uint)all.Length);

            Assert.Equal(all, Gunzip(output, p));
            // The head part ends with an empty stored block: 00 00 FF FF on a byte boundary.
            Assert.Equal(new byte[] { 0, 0, 0xFF, 0xFF }, output.Skip(headEnd - 4).Take(4).ToArray());
        }

        [Fact]
        public void The_dictionary_is_actually_used()
        {
            byte[] head = Encoding.UTF8.GetBytes(Html.Substring(0, 4000));
            byte[] all = head.Concat(head.Take(2000)).ToArray();
            var compressor = new DeflateCompressor(13, 11, 32, 512);
            byte[] output = new byte[compressor.MaxCompressedLength(all.Length)];

            int primed = compressor.Compress(all, 0, head.Length, all.Length, true, output, 0);
            int cold = compressor.Compress(all, head.Length, head.Length, all.Length, true, output, 0);

            Assert.True(primed < 40, "a tail repeating its history should be a few matches, got " + primed + " bytes");
            Assert.True(cold > 500, "without history the same tail costs " + cold + " bytes");
        }

        [Theory]
        [InlineData(1500, 0)]
        [InlineData(1500, 1)]
        [InlineData(1500, 2)]
        [InlineData(1500, 3)]
        [InlineData(1500, 2500)]
        [InlineData(9000, 2500)]
        [InlineData(2, 700)]
        public void A_primed_dictionary_compresses_to_exactly_the_bytes_of_an_unprimed_one(int headLength, int tailLength)
        {
            byte[] head = Make("html", headLength, 7);
            byte[] all = head.Concat(Make("html", tailLength, 8)).ToArray();
            var plain = new DeflateCompressor(12, 10, 8, 1024);
            var primed = new DeflateCompressor(12, 10, 8, 1024);
            primed.PrimeDictionary(head);
            byte[] expected = new byte[plain.MaxCompressedLength(all.Length)];
            byte[] actual = new byte[expected.Length];

            for (int round = 0; round < 2; round++)
            {
                int e = plain.Compress(all, 0, head.Length, all.Length, true, expected, 0);
                int a = primed.Compress(all, 0, head.Length, all.Length, true, actual, 0);
                Assert.Equal(expected.Take(e), actual.Take(a));
            }

            // A call whose history is not the primed dictionary's layout takes the ordinary path.
            int other = primed.Compress(all, 1, head.Length, all.Length, true, actual, 0);
            int reference = plain.Compress(all, 1, head.Length, all.Length, true, expected, 0);
            Assert.Equal(expected.Take(reference), actual.Take(other));
        }

        [Fact]
        public void Output_is_deterministic_and_independent_of_earlier_calls()
        {
            byte[] a = Make("html", 20000, 1);
            byte[] b = Make("random", 5000, 2);
            var compressor = new DeflateCompressor(15, 15, 4096, 16384);
            byte[] first = CompressAll(compressor, a);
            CompressAll(compressor, b);
            byte[] again = CompressAll(compressor, a);
            byte[] fresh = CompressAll(new DeflateCompressor(15, 15, 4096, 16384), a);

            Assert.Equal(first, again);
            Assert.Equal(first, fresh);
        }

        [Theory]
        [InlineData("html", 5000, 2)]
        [InlineData("random", 5000, 0)]
        [InlineData("one", 5, 1)]
        public void The_cheapest_block_type_is_chosen(string kind, int size, int expectedType)
        {
            byte[] input = Make(kind, size, 3);
            var compressor = new DeflateCompressor(15, 12, 128, 65536);
            byte[] output = new byte[compressor.MaxCompressedLength(input.Length)];
            compressor.Compress(input, 0, 0, input.Length, true, output, 0);

            // BFINAL is bit 0, BTYPE bits 1-2 of the first byte (0 stored, 1 fixed, 2 dynamic).
            Assert.Equal(expectedType, (output[0] >> 1) & 3);
        }

        [Fact]
        public void Html_compresses_about_as_well_as_zlib()
        {
            byte[] input = Encoding.UTF8.GetBytes(Html);
            var compressor = new DeflateCompressor(15, 15, 4096, 16384);
            int ours = CompressAll(compressor, input).Length;
            var zlib = new MemoryStream();
            using (var deflate = new DeflateStream(zlib, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(input);
            }

            Assert.True(ours <= zlib.Length * 1.05, "ours " + ours + " B, zlib level 9 " + zlib.Length + " B");
        }

        [Fact]
        public void Many_small_blocks_still_decode()
        {
            byte[] input = Make("text", 30000, 9);
            var compressor = new DeflateCompressor(10, 9, 8, 16);
            byte[] output = new byte[compressor.MaxCompressedLength(input.Length)];
            int length = compressor.Compress(input, 0, 0, input.Length, true, output, 0);

            Assert.Equal(input, Inflate(output, length));
        }

        [Fact]
        public void Randomised_round_trips()
        {
            var random = new Random(20261125);
            string[] kinds = { "random", "text", "html", "runs", "two-symbols", "skewed", "long-repeat" };
            for (int i = 0; i < 300; i++)
            {
                byte[] input = Make(kinds[random.Next(kinds.Length)], random.Next(0, 9000), random.Next());
                int dictionary = random.Next(0, input.Length + 1);
                var compressor = new DeflateCompressor(random.Next(9, 16), random.Next(8, 17), random.Next(1, 300), random.Next(16, 3000));
                byte[] output = new byte[compressor.MaxCompressedLength(input.Length) + 16];
                int p = compressor.Compress(input, 0, 0, dictionary, false, output, 0);
                p = compressor.Compress(input, 0, dictionary, input.Length, true, output, p);

                Assert.Equal(input, Inflate(output, p));
            }
        }

        [Fact]
        public void Huffman_lengths_are_limited_and_complete()
        {
            var compressor = new HuffmanCode();
            // Fibonacci weights make the unrestricted Huffman tree as deep as the symbol count.
            int[] freq = new int[286];
            int a = 1, b = 1;
            for (int i = 0; i < 30; i++)
            {
                freq[i * 7] = a;
                (a, b) = (b, a + b);
            }

            int[] small = new int[19];
            a = 1;
            b = 1;
            for (int i = 0; i < 19; i++)
            {
                small[i] = a;
                (a, b) = (b, a + b);
            }

            foreach (int maxBits in new[] { 15, 7 })
            {
                int n = maxBits == 7 ? 19 : 286;
                if (maxBits == 7)
                {
                    freq = small;
                }

                byte[] lengths = new byte[n];
                compressor.BuildLengths(freq, n, maxBits, lengths);

                Assert.True(lengths.Max() <= maxBits);
                double kraft = lengths.Where(l => l > 0).Sum(l => Math.Pow(2, -l));
                Assert.Equal(1.0, kraft, 12);
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(freq[i] > 0, lengths[i] > 0);
                }
            }
        }

        [Fact]
        public void Huffman_lengths_are_optimal_when_no_limit_applies()
        {
            var compressor = new HuffmanCode();
            var random = new Random(5);
            for (int round = 0; round < 200; round++)
            {
                int n = random.Next(2, 40);
                int[] freq = new int[n];
                for (int i = 0; i < n; i++)
                {
                    freq[i] = random.Next(0, 3) == 0 ? 0 : random.Next(1, 1000);
                }

                byte[] lengths = new byte[n];
                compressor.BuildLengths(freq, n, 15, lengths);
                long cost = Enumerable.Range(0, n).Sum(i => (long)freq[i] * lengths[i]);

                Assert.Equal(HuffmanCost(freq), cost);
            }
        }

        private static long HuffmanCost(int[] freq)
        {
            var weights = freq.Where(f => f > 0).Select(f => (long)f).ToList();
            if (weights.Count < 2)
            {
                return weights.Sum();
            }

            long cost = 0;
            while (weights.Count > 1)
            {
                weights.Sort();
                long merged = weights[0] + weights[1];
                cost += merged;
                weights.RemoveRange(0, 2);
                weights.Add(merged);
            }

            return cost;
        }

        private static DeflateCompressor[] Compressors() => new[]
        {
            new DeflateCompressor(15, 15, 4096, 16384),
            new DeflateCompressor(13, 11, 32, 2048),
            new DeflateCompressor(9, 8, 1, 16),
        };

        private static byte[] CompressAll(DeflateCompressor compressor, byte[] input)
        {
            byte[] output = new byte[compressor.MaxCompressedLength(input.Length)];
            int length = compressor.Compress(input, 0, 0, input.Length, true, output, 0);
            return output.AsSpan(0, length).ToArray();
        }

        internal static byte[] Make(string kind, int size, int seed)
        {
            var random = new Random(seed);
            switch (kind)
            {
                case "empty":
                    return Array.Empty<byte>();
                case "one":
                    return new byte[] { (byte)'x' }.Concat(Enumerable.Repeat((byte)'y', Math.Max(0, size - 1))).Take(Math.Max(1, size)).ToArray();
                case "random":
                {
                    byte[] b = new byte[size];
                    random.NextBytes(b);
                    return b;
                }

                case "text":
                {
                    string[] words = { "the ", "portal ", "form ", "saves ", "every ", "field ", "at ", "once", ", ", ". ", "\n" };
                    var sb = new StringBuilder();
                    while (sb.Length < size)
                    {
                        sb.Append(words[random.Next(words.Length)]);
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString(0, size));
                }

                case "html":
                {
                    var sb = new StringBuilder();
                    while (sb.Length < size)
                    {
                        sb.Append(Html, random.Next(Html.Length / 2), Math.Min(size - sb.Length, random.Next(1, 400)));
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString(0, size));
                }

                case "runs":
                {
                    byte[] b = new byte[size];
                    int i = 0;
                    while (i < size)
                    {
                        byte v = (byte)random.Next(256);
                        int run = random.Next(1, 600);
                        for (int k = 0; k < run && i < size; k++)
                        {
                            b[i++] = v;
                        }
                    }

                    return b;
                }

                case "two-symbols":
                    return Enumerable.Range(0, size).Select(_ => (byte)(random.Next(2) == 0 ? 'a' : 'b')).ToArray();
                case "skewed":
                    // Geometric-ish byte distribution: deep Huffman trees for the literal alphabet.
                    return Enumerable.Range(0, size).Select(_ => (byte)Math.Min(255, (int)(-Math.Log(1 - random.NextDouble()) * 6))).ToArray();
                default:
                {
                    byte[] unit = new byte[Math.Max(1, Math.Min(size, 1000))];
                    random.NextBytes(unit);
                    return Enumerable.Range(0, size).Select(i => unit[i % unit.Length]).ToArray();
                }
            }
        }

        internal static byte[] Inflate(byte[] data, int length)
        {
            using var input = new MemoryStream(data, 0, length);
            using var inflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflate.CopyTo(output);
            return output.ToArray();
        }

        internal static byte[] Gunzip(byte[] data, int length)
        {
            using var input = new MemoryStream(data, 0, length);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
    }
}
