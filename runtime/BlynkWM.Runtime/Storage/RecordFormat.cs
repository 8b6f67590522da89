namespace BlynkWM.Storage
{
    /// <summary>
    /// The sizes of the stored format (<c>ConfigRecord</c>, <c>FieldCodec</c>, <c>SmallRecordFormat</c>).
    /// One source for both sides: the runtime reads and writes records with them, and the generator (which compiles this
    /// file too) computes every layout it emits from them.
    /// </summary>
    internal static class RecordFormat
    {
        /// <summary>The version byte this code writes; it reads every version up to it.</summary>
        public const byte FormatVersion = 1;

        /// <summary>Magic, version, reserved byte, field-list length, schema fingerprint, sequence number.</summary>
        public const int HeaderSize = 16;

        /// <summary>The CRC-32 after the field list.</summary>
        public const int TrailerSize = 4;

        /// <summary>Everything in a record but its field list.</summary>
        public const int Overhead = HeaderSize + TrailerSize;

        /// <summary>The longest field list the header's 16-bit length can announce.</summary>
        public const int MaxFieldListLength = 0xFFFF;

        /// <summary>What each field costs before its value: tag (4), type (1), value length (2).</summary>
        public const int FieldHeaderSize = 7;

        /// <summary>A small record (reset count, portal flag): the value and its inverted CRC-32.</summary>
        public const int SmallRecordSize = 8;

        /// <summary>The start of an EEPROM region: the reset record, then the portal flag, then the two slots.</summary>
        public const int FlagAreaSize = 2 * SmallRecordSize;
    }
}
