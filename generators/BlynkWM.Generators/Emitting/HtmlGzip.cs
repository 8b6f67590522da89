using BlynkWM.Compression;

namespace BlynkWM.Generators.Emitting
{
    /// <summary>
    /// Build-time gzip of the static page parts, with the runtime's own compressor (compile-linked from
    /// runtime/BlynkWM.Runtime/Compression), so the output is the same on every host and the device's run-time
    /// blocks continue the stream exactly as the generator left it.
    /// </summary>
    internal static class HtmlGzip
    {
        // Effort is free at build time: the whole window, long chains, one block per part.
        private static DeflateCompressor NewCompressor() => new DeflateCompressor(15, 15, 4096, 16384);

        /// <summary>A gzip header and the head's deflate blocks, ending with an empty stored block (not final).</summary>
        public static byte[] HeadMember(byte[] head)
        {
            DeflateCompressor compressor = NewCompressor();
            byte[] output = new byte[Gzip.HeaderLength + compressor.MaxCompressedLength(head.Length)];
            int p = Gzip.WriteHeader(output, 0);
            p = compressor.Compress(head, 0, 0, head.Length, false, output, p);
            return Slice(output, p);
        }

        /// <summary>
        /// A complete gzip member of <paramref name="page"/>, whose first <paramref name="headLength"/> bytes are the
        /// head <paramref name="headMember"/> already holds: its blocks are reused and the rest refers back to them.
        /// </summary>
        public static byte[] CompleteMember(byte[] headMember, byte[] page, int headLength)
        {
            DeflateCompressor compressor = NewCompressor();
            byte[] output = new byte[headMember.Length + compressor.MaxCompressedLength(page.Length - headLength) + Gzip.TrailerLength];
            Array.Copy(headMember, output, headMember.Length);
            int p = compressor.Compress(page, 0, headLength, page.Length, true, output, headMember.Length);
            p = Gzip.WriteTrailer(output, p, Crc32(page, 0, page.Length), (uint)page.Length);
            return Slice(output, p);
        }

        /// <summary>CRC-32 (IEEE, as gzip uses): the runtime's own implementation, compile-linked from runtime/BlynkWM.Runtime/Storage.</summary>
        public static uint Crc32(byte[] data, int offset, int count) => BlynkWM.Storage.Crc32.Compute(data, offset, count);

        private static byte[] Slice(byte[] buffer, int length)
        {
            byte[] result = new byte[length];
            Array.Copy(buffer, result, length);
            return result;
        }
    }
}
