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
            Scan();
            return FileCandidates.LoadBest(_files, _paths, _selector, _scratch, config);
        }

        public void Save(IStoredConfig config)
        {
            FileCandidates.RequireFits(config, _scratch);
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

        public void Erase()
        {
            for (int i = 0; i < _paths.Length; i++)
            {
                _files.Delete(_paths[i]);
            }

            _selector.Reset();
            _scanned = true;
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

        private void Scan()
        {
            if (!_scanned)
            {
                FileCandidates.Scan(_files, _paths, _selector, _scratch);
                _scanned = true;
            }
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
            Scan();
            return FileCandidates.LoadBest(_files, _paths, _selector, _scratch, config);
        }

        public void Save(IStoredConfig config)
        {
            FileCandidates.RequireFits(config, _scratch);
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

        public void Erase()
        {
            _files.Delete(_paths[FileA]);
            _files.Delete(_paths[FileB]);
            _selector.Reset();
            _scanned = true;
        }

        private void Scan()
        {
            if (!_scanned)
            {
                FileCandidates.Scan(_files, _paths, _selector, _scratch);
                _scanned = true;
            }
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
                selector.Consider(i, scratch, files.Read(paths[i], scratch, 0, scratch.Length));
            }
        }

        public static ConfigReadStatus LoadBest(IFileStore files, string[] paths, RecordSelector selector, byte[] scratch, IStoredConfig config)
        {
            if (selector.Best == RecordSelector.None)
            {
                config.ResetToDefaults();
                return selector.Failure;
            }

            int count = files.Read(paths[selector.Best], scratch, 0, scratch.Length);
            ConfigReadStatus status = count < 0 ? ConfigReadStatus.Empty : config.TryRead(scratch, 0, count);
            if (status != ConfigReadStatus.Ok)
            {
                config.ResetToDefaults();
            }

            return status;
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
