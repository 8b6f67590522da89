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
        /// and the store forgets what it knew of it: the next Load or Save reads the medium again, so the same store then
        /// behaves as a rebooted one would.
        /// </summary>
        void Save(IStoredConfig config);

        /// <summary>
        /// Forgets the config: the next load returns defaults with <see cref="ConfigReadStatus.Empty"/>. It stores an
        /// <see cref="EraseMarker"/> as a save stores a copy (with the next sequence number, keeping the newest copy
        /// until the marker is complete), then removes every other copy. An interrupted erase therefore leaves the newest
        /// config or the marker, never an older config, and the next save numbers above the marker.
        /// </summary>
        void Erase();

        /// <summary>Sequence number of the newest copy the store knows of (a config, or an erase marker); 0 when none.</summary>
        uint CurrentSequence { get; }
    }
}
