namespace BlynkWM.Storage
{
    /// <summary>Persists one config so that a power cut at any moment of a save leaves the old or the new config loadable.</summary>
    public interface IConfigStore
    {
        /// <summary>
        /// Loads the newest intact copy. Returns <see cref="ConfigReadStatus.Ok"/> when one was found; otherwise the config
        /// holds its defaults and the status says why the best candidate failed (<see cref="ConfigReadStatus.Empty"/> when nothing was stored).
        /// </summary>
        ConfigReadStatus Load(IStoredConfig config);

        /// <summary>
        /// Stores the config as a new copy with a higher sequence number than any copy on the medium, keeping the previous
        /// copy until the new one is complete. When it throws (a storage error), the medium holds the old or the new copy
        /// and the store forgets what it knew of it: the next Load or Save scans the medium again.
        /// </summary>
        void Save(IStoredConfig config);

        /// <summary>Forgets every stored copy (the next load returns defaults).</summary>
        void Erase();

        /// <summary>Sequence number of the copy last loaded or saved; 0 when none.</summary>
        uint CurrentSequence { get; }
    }
}
