namespace BlynkWM.Storage
{
    /// <summary>
    /// What the generator implements on every <c>[BlynkConfig]</c> class so that the stores can persist it
    /// without knowing its fields.
    /// </summary>
    public interface IStoredConfig
    {
        /// <summary>Largest record <see cref="Write"/> can produce for this schema.</summary>
        int MaxRecordSize { get; }

        /// <summary>Serializes into <paramref name="buffer"/> at <paramref name="offset"/>; returns the record length. Allocates nothing.</summary>
        int Write(byte[] buffer, int offset, uint sequence);

        /// <summary>Reads a record; on any status other than Ok the config is left unchanged.</summary>
        ConfigReadStatus TryRead(byte[] buffer, int offset, int count);

        /// <summary>Sets every field to its declared default.</summary>
        void ResetToDefaults();
    }
}
