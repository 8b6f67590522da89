namespace BlynkWM.Storage
{
    /// <summary>
    /// The few file operations the stores need, with nanoFramework's semantics: <see cref="Move"/> refuses an
    /// existing destination, so there is no atomic replace.
    /// </summary>
    public interface IFileStore
    {
        bool Exists(string path);

        /// <summary>Reads up to <paramref name="count"/> bytes from the start of the file; returns the bytes read, or -1 when the file does not exist.</summary>
        int Read(string path, byte[] buffer, int offset, int count);

        /// <summary>Creates or truncates the file, writes the bytes and flushes. A power cut may leave any prefix.</summary>
        void Write(string path, byte[] buffer, int offset, int count);

        /// <summary>Deletes the file if it exists.</summary>
        void Delete(string path);

        /// <summary>Renames a file.</summary>
        /// <exception cref="System.IO.IOException">The destination exists or the source does not.</exception>
        void Move(string sourcePath, string destinationPath);
    }
}
