namespace BlynkWM.Storage
{
    /// <summary>
    /// Picks the newest intact record among a store's candidate copies (slots or files) and remembers
    /// the most telling failure, so every store applies the same rule.
    /// </summary>
    internal sealed class RecordSelector
    {
        public const int None = -1;

        public int Best { get; private set; } = None;
        public uint BestSequence { get; private set; }
        public ConfigReadStatus Failure { get; private set; } = ConfigReadStatus.Empty;

        public void Reset()
        {
            Best = None;
            BestSequence = 0;
            Failure = ConfigReadStatus.Empty;
        }

        /// <summary>Considers the record in <paramref name="buffer"/> read from candidate <paramref name="candidate"/>; <paramref name="count"/> is -1 when it does not exist.</summary>
        public void Consider(int candidate, byte[] buffer, int count)
        {
            if (count < 0)
            {
                return;
            }

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

            uint sequence = ConfigRecord.ReadSequence(buffer, 0);
            if (Best == None || ConfigRecord.IsNewer(sequence, BestSequence))
            {
                Best = candidate;
                BestSequence = sequence;
            }
        }
    }
}
