namespace BlynkWM.Storage
{
    /// <summary>
    /// Two files alternating by sequence number (<c>path.a</c>, <c>path.b</c>), for SPIFFS: flat names of at most
    /// 31 bytes and no cheap rename. A save rewrites the file not holding the newest copy.
    /// </summary>
    public sealed class SpiffsConfigStore : FileConfigStore
    {
        /// <summary>SPIFFS's object name limit (SPIFFS_OBJ_NAME_LEN 32, including the terminating NUL).</summary>
        public const int MaxPathBytes = 31;

        private const int FileA = 0;
        private const int FileB = 1;

        /// <summary>A store in <c>path.a</c> and <c>path.b</c> for records of at most <paramref name="maxRecordSize"/> bytes.</summary>
        public SpiffsConfigStore(IFileStore files, string path, int maxRecordSize)
            : base(files, Paths(path), maxRecordSize)
        {
        }

        /// <summary>Rewrites the file not holding the newest copy.</summary>
        protected override int WriteCopy(byte[] record, int length)
        {
            int target = NewestCandidate == FileA ? FileB : FileA;
            WriteVerified(CandidatePath(target), record, length);
            return target;
        }

        private static string[] Paths(string path)
        {
            // Checked as bytes: nanoCLR's String.IndexOf finds nothing after a character above U+FFFF.
            byte[] bytes = path == null ? null : Utf8.GetBytes(path);
            if (bytes == null || bytes.Length == 0 || bytes[0] != '/' || System.Array.IndexOf(bytes, (byte)'/', 1) >= 0
                || bytes.Length + 2 > MaxPathBytes)
            {
                throw new System.ArgumentException("SPIFFS paths are flat ('/name') and at most 31 bytes with the '.a' suffix.", "path");
            }

            return new string[] { path + ".a", path + ".b" };
        }
    }
}
