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

        /// <summary>Stores the config as a new copy with a higher sequence number, keeping the previous copy until the new one is complete.</summary>
        void Save(IStoredConfig config);

        /// <summary>Forgets every stored copy (the next load returns defaults).</summary>
        void Erase();

        /// <summary>Sequence number of the copy last loaded or saved; 0 when none.</summary>
        uint CurrentSequence { get; }
    }
}
