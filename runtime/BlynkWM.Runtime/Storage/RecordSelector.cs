namespace BlynkWM.Storage
{
    /// <summary>
    /// Picks the newest intact copy among a store's candidates (slots or files) — a config record or an
    /// <see cref="EraseMarker"/> — and remembers the most telling failure, so every store applies the same rule.
    /// </summary>
    internal sealed class RecordSelector
    {
        public const int None = -1;

        public int Best { get; private set; } = None;
        /// <summary>The newest copy's sequence number; 0 when there is none.</summary>
        public uint BestSequence { get; private set; }

        /// <summary>True when the newest copy is an erase marker: the store holds no config.</summary>
        public bool BestIsErased { get; private set; }

        public ConfigReadStatus Failure { get; private set; } = ConfigReadStatus.Empty;

        /// <summary>Why there is no config to load: <see cref="ConfigReadStatus.Empty"/> after an erase, otherwise <see cref="Failure"/>.</summary>
        public ConfigReadStatus Missing
        {
            get { return BestIsErased ? ConfigReadStatus.Empty : Failure; }
        }

        /// <summary>True when the newest copy is a config record to load.</summary>
        public bool HasConfig
        {
            get { return Best != None && !BestIsErased; }
        }

        /// <summary>The sequence number the next copy (config or marker) gets: above every intact copy seen.</summary>
        public uint NextSequence
        {
            get { return BestSequence + 1; }
        }

        /// <summary>Whether the first <paramref name="count"/> bytes of <paramref name="buffer"/> hold an intact config record or erase marker.</summary>
        public static bool IsIntact(byte[] buffer, int count)
        {
            int fieldsStart;
            int fieldsEnd;
            return EraseMarker.Check(buffer, 0, count) || ConfigRecord.Check(buffer, 0, count, out fieldsStart, out fieldsEnd) == ConfigReadStatus.Ok;
        }

        public void Reset()
        {
            Best = None;
            BestSequence = 0;
            BestIsErased = false;
            Failure = ConfigReadStatus.Empty;
        }

        /// <summary>Considers the copy in <paramref name="buffer"/> read from candidate <paramref name="candidate"/>; <paramref name="count"/> is -1 when it does not exist.</summary>
        public void Consider(int candidate, byte[] buffer, int count)
        {
            if (count < 0)
            {
                return;
            }

            bool erased = EraseMarker.Check(buffer, 0, count);
            if (!erased)
            {
                int fieldsStart;
                int fieldsEnd;
                ConfigReadStatus status = ConfigRecord.Check(buffer, 0, count, out fieldsStart, out fieldsEnd);
                if (status != ConfigReadStatus.Ok)
                {
                    // Empty is the least informative outcome; anything else says something was there.
                    if (Failure == ConfigReadStatus.Empty)
                    {
                        Failure = status;
                    }

                    return;
                }
            }

            // Markers and records share the header layout, sequence number included.
            uint sequence = ConfigRecord.ReadSequence(buffer, 0);
            if (Best == None || ConfigRecord.IsNewer(sequence, BestSequence))
            {
                Best = candidate;
                BestSequence = sequence;
                BestIsErased = erased;
            }
        }
    }
}
