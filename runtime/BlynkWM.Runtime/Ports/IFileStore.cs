namespace BlynkWM.Storage
{
    /// <summary>
    /// The few file operations the stores need, with nanoFramework's semantics: <see cref="Move"/> refuses an
    /// existing destination, so there is no atomic replace.
    /// <para>
    /// <see cref="LittleFsConfigStore"/>, <see cref="SpiffsConfigStore"/> and <see cref="FileSmallRecord"/> rely on
    /// exactly this contract (the tests' <c>PowerCutFileStore</c> simulates it, faults included):
    /// </para>
    /// <list type="number">
    /// <item><see cref="Exists"/> and <see cref="Read"/> report the medium: no write is cached anywhere a read could
    /// see it before it is durable.</item>
    /// <item><see cref="Write"/> returns once the file holds the bytes durably. A power cut or an exception during it
    /// leaves the file as it was, or holding a prefix of the new bytes, possibly followed by garbage up to their full
    /// length (a torn write); no other file changes.</item>
    /// <item><see cref="Delete"/> and <see cref="Move"/> are atomic: after a cut or an exception the file is where it was
    /// or where it was going, whole. A move onto an existing file, or of a missing one, throws
    /// <see cref="System.IO.IOException"/> and changes nothing.</item>
    /// </list>
    /// A write that returns normally but stored something else (a short write) breaks the contract; the stores read
    /// every copy back and treat such a save as failed.
    /// </summary>
    public interface IFileStore
    {
        /// <summary>Whether a file exists at <paramref name="path"/>.</summary>
        bool Exists(string path);

        /// <summary>Reads up to <paramref name="count"/> bytes from the start of the file; returns the bytes read, or -1 when the file does not exist.</summary>
        int Read(string path, byte[] buffer, int offset, int count);

        /// <summary>Creates or truncates the file, writes the bytes and returns once they are durable. A cut may leave the old file, or a prefix followed by garbage.</summary>
        void Write(string path, byte[] buffer, int offset, int count);

        /// <summary>Deletes the file if it exists, atomically.</summary>
        void Delete(string path);

        /// <summary>Renames a file, atomically.</summary>
        /// <exception cref="System.IO.IOException">The destination exists or the source does not.</exception>
        void Move(string sourcePath, string destinationPath);
    }
}
