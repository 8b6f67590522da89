namespace BlynkWM.Storage
{
    /// <summary>Why a stored config record was or was not accepted.</summary>
    public enum ConfigReadStatus
    {
        /// <summary>The record is intact; the config now holds its values (and defaults for fields it lacks).</summary>
        Ok = 0,
        /// <summary>Nothing was ever stored here: erased flash (all 0xFF), zeros, or no bytes.</summary>
        Empty = 1,
        /// <summary>The bytes do not start with the BlynkWM record magic.</summary>
        BadMagic = 2,
        /// <summary>The record claims more bytes than are available (a cut-off write or a short read).</summary>
        Truncated = 3,
        /// <summary>The CRC-32 over the record does not match: flipped bits or a torn write.</summary>
        BadCrc = 4,
        /// <summary>Written by a newer firmware with a format version this one does not understand.</summary>
        TooNew = 5,
        /// <summary>The CRC holds but the field list is malformed (a writer bug, never a torn write).</summary>
        Malformed = 6,
    }
}
