namespace BlynkWM.Storage
{
    /// <summary>
    /// A config file on LittleFS, replaced without an atomic rename-over (nanoFramework's File.Move refuses an
    /// existing destination). A save writes <c>path.tmp</c>, moves the old <c>path</c> to <c>path.bak</c>, then
    /// moves the temporary copy into place. Every intermediate state holds an intact old or new copy, and
    /// load takes the newest intact one of the three; the backup is kept.
    /// </summary>
    public sealed class LittleFsConfigStore : IConfigStore
    {
        private const int Primary = 0;
        private const int Temporary = 1;
        private const int Backup = 2;

        private readonly IFileStore _files;
        private readonly string[] _paths;
        private readonly byte[] _scratch;
        private readonly RecordSelector _selector = new RecordSelector();
        private bool _scanned;

        public LittleFsConfigStore(IFileStore files, string path, int maxRecordSize)
        {
            if (files == null)
            {
                throw new System.ArgumentNullException("files");
            }

            if (path == null || path.Length == 0 || path[0] != '/')
            {
                throw new System.ArgumentException("The path must be absolute.", "path");
            }

            _files = files;
            _paths = new string[] { path, path + ".tmp", path + ".bak" };
            _scratch = new byte[maxRecordSize];
        }

        public uint CurrentSequence
        {
            get { return _selector.Best == RecordSelector.None ? 0 : _selector.BestSequence; }
        }

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

        public void Save(IStoredConfig config)
        {
            FileCandidates.RequireFits(config, _scratch);
            try
            {
                Scan();
                if (_selector.Best == Temporary)
                {
                    // A previous save stopped after its temporary copy was complete; finish it first, or
                    // rewriting the temporary file below would risk the newest copy.
                    Promote();
                }

                uint sequence = _selector.Best == RecordSelector.None ? 1 : _selector.BestSequence + 1;
                int length = config.Write(_scratch, 0, sequence);
                _files.Delete(_paths[Temporary]);
                _files.Write(_paths[Temporary], _scratch, 0, length);
                FileCandidates.VerifyWritten(_files, _paths[Temporary], _scratch, length);
                Promote();
                _selector.Reset();
                _selector.Consider(Primary, _scratch, length);
                _scanned = true;
            }
            catch
            {
                // Whatever the failure left behind (a torn or complete temporary copy, the primary moved to the backup),
                // the remembered selection no longer describes the files: the next Load or Save scans them again.
                Forget();
                throw;
            }
        }

        public void Erase()
        {
            try
            {
                for (int i = 0; i < _paths.Length; i++)
                {
                    _files.Delete(_paths[i]);
                }

                _selector.Reset();
                _scanned = true;
            }
            catch
            {
                Forget();
                throw;
            }
        }

        private void Promote()
        {
            if (_files.Exists(_paths[Primary]))
            {
                _files.Delete(_paths[Backup]);
                _files.Move(_paths[Primary], _paths[Backup]);
            }

            _files.Move(_paths[Temporary], _paths[Primary]);
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

        private void Forget()
        {
            _selector.Reset();
            _scanned = false;
        }
    }

    /// <summary>
    /// Two files alternating by sequence number (<c>path.a</c>, <c>path.b</c>), for SPIFFS: flat names of at most
    /// 31 bytes and no cheap rename. A save rewrites the file not holding the newest copy.
    /// </summary>
    public sealed class SpiffsConfigStore : IConfigStore
    {
        /// <summary>SPIFFS's object name limit (SPIFFS_OBJ_NAME_LEN 32, including the terminating NUL).</summary>
        public const int MaxPathBytes = 31;

        private const int FileA = 0;
        private const int FileB = 1;

        private readonly IFileStore _files;
        private readonly string[] _paths;
        private readonly byte[] _scratch;
        private readonly RecordSelector _selector = new RecordSelector();
        private bool _scanned;

        public SpiffsConfigStore(IFileStore files, string path, int maxRecordSize)
        {
            if (files == null)
            {
                throw new System.ArgumentNullException("files");
            }

            if (path == null || path.Length == 0 || path[0] != '/' || path.IndexOf('/', 1) >= 0
                || Utf8.ByteCount(path) + 2 > MaxPathBytes)
            {
                throw new System.ArgumentException("SPIFFS paths are flat ('/name') and at most 31 bytes with the '.a' suffix.", "path");
            }

            _files = files;
            _paths = new string[] { path + ".a", path + ".b" };
            _scratch = new byte[maxRecordSize];
        }

        public uint CurrentSequence
        {
            get { return _selector.Best == RecordSelector.None ? 0 : _selector.BestSequence; }
        }

        public ConfigReadStatus Load(IStoredConfig config)
        {
            bool fresh = Scan();
            ConfigReadStatus status;
            if (!FileCandidates.TryLoadBest(_files, _paths, _selector, _scratch, config, out status) && !fresh)
            {
                // The copy an earlier scan chose has gone or changed since: look again.
                _scanned = false;
                Scan();
                FileCandidates.TryLoadBest(_files, _paths, _selector, _scratch, config, out status);
            }

            return status;
        }

        public void Save(IStoredConfig config)
        {
            FileCandidates.RequireFits(config, _scratch);
            try
            {
                Scan();
                int target = _selector.Best == FileA ? FileB : FileA;
                uint sequence = _selector.Best == RecordSelector.None ? 1 : _selector.BestSequence + 1;
                int length = config.Write(_scratch, 0, sequence);
                _files.Write(_paths[target], _scratch, 0, length);
                FileCandidates.VerifyWritten(_files, _paths[target], _scratch, length);
                _selector.Reset();
                _selector.Consider(target, _scratch, length);
                _scanned = true;
            }
            catch
            {
                // The target file may now be torn or complete: the next Load or Save scans both files again.
                Forget();
                throw;
            }
        }

        public void Erase()
        {
            try
            {
                _files.Delete(_paths[FileA]);
                _files.Delete(_paths[FileB]);
                _selector.Reset();
                _scanned = true;
            }
            catch
            {
                Forget();
                throw;
            }
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
            if (selector.Best == RecordSelector.None)
            {
                config.ResetToDefaults();
                status = selector.Failure;
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
            int read = files.Read(path, scratch, 0, length);
            int fieldsStart;
            int fieldsEnd;
            if (read != length || ConfigRecord.Check(scratch, 0, length, out fieldsStart, out fieldsEnd) != ConfigReadStatus.Ok)
            {
                throw new System.IO.IOException("The config read back from the file does not match what was written.");
            }
        }
    }
}
