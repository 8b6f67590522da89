namespace BlynkWM.Storage
{
    /// <summary>
    /// An EEPROM-like byte store: reads and writes go to a RAM image; <see cref="Commit"/> makes them durable.
    /// On ESP32 this is emulated in flash; on the host it is an image file.
    /// <para>
    /// The power-loss guarantee of <see cref="EepromConfigStore"/> depends on this contract: a commit persists the
    /// bytes changed since the last commit in ascending address order, and a power cut during a commit leaves a prefix
    /// of them persisted and every other byte of the medium as it was. A save changes only the slot it writes, so the
    /// other slot stays intact. An implementation over erase-block flash, where rewriting a byte erases and rewrites
    /// its whole block, does not meet this by itself: it must either commit atomically (the new image replaces the old
    /// one only once complete, as one ESP-IDF NVS blob does) or keep the two slots in different erase blocks, so that
    /// tearing the block being rewritten cannot damage the other slot.
    /// </para>
    /// <para>
    /// Reads return the RAM image, not the medium, so reading back after a commit proves nothing about the medium.
    /// </para>
    /// </summary>
    public interface IByteStore
    {
        int Size { get; }

        void Read(int address, byte[] buffer, int offset, int count);

        void Write(int address, byte[] buffer, int offset, int count);

        /// <summary>
        /// Persists every write since the last commit, changed bytes in ascending address order. A power cut during a
        /// commit may leave any prefix of them persisted, and nothing else changed (see the type's remarks).
        /// </summary>
        void Commit();
    }
}
