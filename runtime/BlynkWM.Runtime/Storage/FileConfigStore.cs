namespace BlynkWM.Storage
{
    /// <summary>
    /// What the file-based stores share: candidate files, the scan that picks the newest intact copy, loading it,
    /// and forgetting what was scanned when a save fails. Subclasses decide where a new copy goes.
    /// </summary>
    public abstract class FileConfigStore : IConfigStore
    {
        private readonly IFileStore _files;
        private readonly string[] _paths;
        private readonly byte[] _scratch;
        private readonly RecordSelector _selector = new RecordSelector();
        private bool _scanned;

        internal FileConfigStore(IFileStore files, string[] paths, int maxRecordSize)
        {
            if (files == null)
            {
                throw new System.ArgumentNullException("files");
            }

            if (maxRecordSize < ConfigRecord.Overhead)
            {
                throw new System.ArgumentException("No record is shorter than its header and CRC.", "maxRecordSize");
            }

            _files = files;
            _paths = paths;
            _scratch = new byte[maxRecordSize];
        }

        /// <inheritdoc/>
        public uint CurrentSequence
        {
            get { return _selector.BestSequence; }
        }

        /// <summary>The file system the copies live on.</summary>
        protected IFileStore Files
        {
            get { return _files; }
        }

        /// <summary>Index (into the candidate paths) of the newest intact copy, or -1 when there is none.</summary>
        protected int NewestCandidate
        {
            get { return _selector.Best; }
        }

        /// <summary>The path of candidate <paramref name="candidate"/> (an index into the paths given to the constructor).</summary>
        protected string CandidatePath(int candidate)
        {
            return _paths[candidate];
        }

        /// <inheritdoc/>
        public ConfigReadStatus Load(IStoredConfig config)
        {
            bool fresh = Scan();
            ConfigReadStatus status;
            if (!FileCandidates.TryLoadBest(_files, _paths, _selector, _scratch, config, out status) && !fresh)
            {
                // The copy an earlier scan chose has gone or changed since (e.g. a failed save moved it): look again.
                _scanned = false;
                Scan();
                FileCandidates.TryLoadBest(_files, _paths, _selector, _scratch, config, out status);
            }

            return status;
        }

        /// <inheritdoc/>
        public void Save(IStoredConfig config)
        {
            FileCandidates.RequireFits(config, _scratch);
            try
            {
                Scan();
                PrepareSave();
                int length = config.Write(_scratch, 0, _selector.NextSequence);
                Remember(WriteCopy(_scratch, length), length);
            }
            catch
            {
                // Whatever the failure left behind (a torn or complete new copy, a file moved half-way), the remembered
                // selection no longer describes the files: the next Load or Save scans them again.
                Forget();
                throw;
            }
        }

        /// <inheritdoc/>
        public void Erase()
        {
            try
            {
                // Stored like a save, so an interrupted erase leaves the newest config or the marker, never an older config.
                Scan();
                PrepareSave();
                int length = EraseMarker.Write(_scratch, 0, _selector.NextSequence);
                int holder = WriteCopy(_scratch, length);
                Remember(holder, length);

                // The marker outranks every other file now, so deleting them cannot bring anything back, even if cut.
                for (int i = 0; i < _paths.Length; i++)
                {
                    if (i != holder)
                    {
                        _files.Delete(_paths[i]);
                    }
                }
            }
            catch
            {
                Forget();
                throw;
            }
        }

        /// <summary>Runs after the scan, before the new copy is serialized (e.g. to finish an interrupted save).</summary>
        protected virtual void PrepareSave()
        {
        }

        /// <summary>Stores the serialized record and returns the candidate index that now holds it.</summary>
        protected abstract int WriteCopy(byte[] record, int length);

        /// <summary>Writes a file and reads it back; the record or marker must read as intact.</summary>
        protected void WriteVerified(string path, byte[] record, int length)
        {
            _files.Write(path, record, 0, length);
            FileCandidates.VerifyWritten(_files, path, record, length);
        }

        /// <summary>Scans the files unless an earlier scan still holds; true when it scanned now.</summary>
        private bool Scan()
        {
            if (_scanned)
            {
                return false;
            }

            FileCandidates.Scan(_files, _paths, _selector, _scratch);
            _scanned = true;
            return true;
        }

        /// <summary>The copy in the scratch is stored in candidate <paramref name="holder"/>: numbered above every copy seen, it is the newest now.</summary>
        private void Remember(int holder, int length)
        {
            _selector.Consider(holder, _scratch, length);
            _scanned = true;
        }

        private void Forget()
        {
            _selector.Reset();
            _scanned = false;
        }
    }

    /// <summary>What the file-based stores share: reading candidate files and loading the newest intact one.</summary>
    internal static class FileCandidates
    {
        public static void Scan(IFileStore files, string[] paths, RecordSelector selector, byte[] scratch)
        {
            selector.Reset();
            for (int i = 0; i < paths.Length; i++)
            {
                int count;
                byte[] buffer = Read(files, paths[i], scratch, out count);
                selector.Consider(i, buffer, count);
            }
        }

        /// <summary>
        /// Loads the candidate the last scan chose. Returns false when that copy no longer reads as the scan saw it
        /// (it vanished or changed), so that the caller can scan again; otherwise true with the outcome in
        /// <paramref name="status"/>. Whenever <paramref name="status"/> is not Ok the config holds its defaults.
        /// </summary>
        public static bool TryLoadBest(IFileStore files, string[] paths, RecordSelector selector, byte[] scratch, IStoredConfig config, out ConfigReadStatus status)
        {
            if (!selector.HasConfig)
            {
                config.ResetToDefaults();
                status = selector.Missing;
                return true;
            }

            int count;
            byte[] buffer = Read(files, paths[selector.Best], scratch, out count);
            status = count < 0 ? ConfigReadStatus.Empty : config.TryRead(buffer, 0, count);
            if (status == ConfigReadStatus.Ok)
            {
                return true;
            }

            config.ResetToDefaults();
            return false;
        }

        /// <summary>
        /// Reads a candidate file into <paramref name="scratch"/>, sized for this firmware's largest record. A record
        /// written by another firmware version can be longer (a downgrade, or an upgrade that removed fields or
        /// shortened them): when the header announces more than the scratch holds, the file is read again into a
        /// buffer of the announced size, allocated for this rare case, so that the record is judged whole instead of
        /// as truncated. Returns the buffer holding the bytes; <paramref name="count"/> is -1 when the file does not exist.
        /// </summary>
        public static byte[] Read(IFileStore files, string path, byte[] scratch, out int count)
        {
            count = files.Read(path, scratch, 0, scratch.Length);
            if (count < scratch.Length)
            {
                return scratch; // The whole file is in the scratch (or it does not exist).
            }

            int announced = ConfigRecord.AnnouncedLength(scratch, 0, count);
            if (announced <= scratch.Length)
            {
                return scratch;
            }

            byte[] larger = new byte[announced];
            count = files.Read(path, larger, 0, announced);
            return larger;
        }

        public static void RequireFits(IStoredConfig config, byte[] scratch)
        {
            if (config.MaxRecordSize > scratch.Length)
            {
                throw new System.ArgumentException("The store was created for a smaller config.");
            }
        }

        public static void VerifyWritten(IFileStore files, string path, byte[] scratch, int length)
        {
            if (files.Read(path, scratch, 0, length) != length || !RecordSelector.IsIntact(scratch, length))
            {
                throw new System.IO.IOException("The copy read back from the file does not match what was written.");
            }
        }
    }
}
