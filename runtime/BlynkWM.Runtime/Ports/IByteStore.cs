namespace BlynkWM.Storage
{
    /// <summary>
    /// An EEPROM-like byte store: reads and writes work on a RAM image; <see cref="Commit"/> makes the writes durable.
    /// On ESP32 this is emulated in flash; on the host it is an image file.
    /// <para>
    /// <see cref="EepromConfigStore"/> and <see cref="EepromSmallRecord"/> rely on exactly this contract (the tests'
    /// <c>PowerCutByteStore</c> simulates it, faults included):
    /// </para>
    /// <list type="number">
    /// <item>The image is the medium as it was when the store was opened or last reloaded, with every write since.
    /// <see cref="Read"/> returns the image.</item>
    /// <item><see cref="Write"/> changes the image only. The bytes written since the last commit that returned, or the
    /// last reload, are pending.</item>
    /// <item><see cref="Commit"/> writes the pending bytes to the medium in ascending address order and returns once
    /// they are durable. It never changes a byte that is not pending.</item>
    /// <item>A power cut or an exception during a commit leaves a prefix of the pending bytes written, the byte after it
    /// possibly holding any value (a torn write), and every other byte of the medium as it was. After an exception the
    /// image is unchanged and its bytes stay pending: the next commit writes them again.</item>
    /// <item><see cref="Reload"/> discards the pending bytes: afterwards the image equals the medium. If it throws, the
    /// image is undefined until a reload returns.</item>
    /// </list>
    /// <para>
    /// A save changes only the slot it writes, so the other slot stays intact. An implementation over erase-block flash,
    /// where rewriting a byte erases and rewrites its whole block, does not meet this by itself: it must either commit
    /// atomically (the new image replaces the old one only once complete, as one ESP-IDF NVS blob does: a cut then
    /// leaves the empty prefix or all of it) or keep the two slots in different erase blocks, so that tearing the block
    /// being rewritten cannot damage the other slot.
    /// </para>
    /// </summary>
    public interface IByteStore
    {
        /// <summary>Bytes in the store: valid addresses are 0 to Size - 1.</summary>
        int Size { get; }

        /// <summary>Copies <paramref name="count"/> bytes from the RAM image at <paramref name="address"/> into <paramref name="buffer"/>.</summary>
        void Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Copies <paramref name="count"/> bytes into the RAM image at <paramref name="address"/>; they are pending until <see cref="Commit"/>.</summary>
        void Write(int address, byte[] buffer, int offset, int count);

        /// <summary>
        /// Writes the pending bytes to the medium in ascending address order and returns once they are durable. A cut or
        /// an exception may leave a prefix of them written and the next byte torn, nothing else changed; after an
        /// exception they stay pending.
        /// </summary>
        void Commit();

        /// <summary>
        /// Discards the pending bytes and reads the image again from the medium, so that reads return what a reboot would
        /// find. The stores call it after a failed write or commit, whose outcome on the medium they cannot know.
        /// </summary>
        void Reload();
    }
}
