namespace BlynkWM.Storage
{
    /// <summary>
    /// An EEPROM-like byte store: reads and writes go to a RAM image; <see cref="Commit"/> makes them durable.
    /// On ESP32 this is emulated in flash; on the host it is an image file.
    /// </summary>
    public interface IByteStore
    {
        int Size { get; }

        void Read(int address, byte[] buffer, int offset, int count);

        void Write(int address, byte[] buffer, int offset, int count);

        /// <summary>Persists every write since the last commit. A power cut during a commit may leave any prefix of it written.</summary>
        void Commit();
    }
}
