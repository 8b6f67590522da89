namespace BlynkWM.Storage
{
    /// <summary>
    /// A config file on LittleFS, replaced without an atomic rename-over (nanoFramework's File.Move refuses an
    /// existing destination). A save writes <c>path.tmp</c>, moves the old <c>path</c> to <c>path.bak</c>, then
    /// moves the temporary copy into place. Every intermediate state holds an intact old or new copy, and
    /// load takes the newest intact one of the three; the backup is kept.
    /// </summary>
    public sealed class LittleFsConfigStore : FileConfigStore
    {
        private const int Primary = 0;
        private const int Temporary = 1;
        private const int Backup = 2;

        /// <summary>A store at <paramref name="path"/> (with <c>.tmp</c> and <c>.bak</c> beside it) for records of at most <paramref name="maxRecordSize"/> bytes.</summary>
        public LittleFsConfigStore(IFileStore files, string path, int maxRecordSize)
            : base(files, Paths(path), maxRecordSize)
        {
        }

        /// <summary>Finishes a save that stopped after its temporary copy was complete.</summary>
        protected override void PrepareSave()
        {
            if (NewestCandidate == Temporary)
            {
                // A previous save stopped after its temporary copy was complete; finish it first, or
                // rewriting the temporary file below would risk the newest copy.
                Promote();
            }
        }

        /// <summary>Writes the temporary file, then moves the primary to the backup and the temporary to the primary.</summary>
        protected override int WriteCopy(byte[] record, int length)
        {
            // Writing truncates whatever a torn earlier save left in the temporary file.
            WriteVerified(CandidatePath(Temporary), record, length);
            Promote();
            return Primary;
        }

        private void Promote()
        {
            if (Files.Exists(CandidatePath(Primary)))
            {
                Files.Delete(CandidatePath(Backup));
                Files.Move(CandidatePath(Primary), CandidatePath(Backup));
            }

            Files.Move(CandidatePath(Temporary), CandidatePath(Primary));
        }

        private static string[] Paths(string path)
        {
            if (path == null || path.Length == 0 || path[0] != '/')
            {
                throw new System.ArgumentException("The path must be absolute.", "path");
            }

            return new string[] { path, path + ".tmp", path + ".bak" };
        }
    }
}
