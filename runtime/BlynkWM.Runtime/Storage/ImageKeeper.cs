namespace BlynkWM.Storage
{
    /// <summary>
    /// Keeps an <see cref="IByteStore"/>'s image equal to its medium after a failed write or commit, whose outcome on
    /// the medium is unknown: the image is reloaded at once, and, should that fail as well, before it is next used.
    /// Without this the image could hold a copy the medium lacks, and the next save would overwrite the last good one.
    /// </summary>
    internal sealed class ImageKeeper
    {
        private readonly IByteStore _store;
        private bool _stale;

        public ImageKeeper(IByteStore store)
        {
            _store = store;
        }

        /// <summary>Call when a write or commit has thrown: discards what the medium may not hold.</summary>
        public void Discard()
        {
            _stale = true;
            try
            {
                _store.Reload();
                _stale = false;
            }
            catch (System.Exception)
            {
                // The caller is already failing with the first error; Refresh tries again and lets its own through.
            }
        }

        /// <summary>Call before the image is read: reloads it if an earlier reload failed.</summary>
        public void Refresh()
        {
            if (_stale)
            {
                _store.Reload();
                _stale = false;
            }
        }
    }
}
