namespace BlynkWM.Reset
{
    /// <summary>
    /// The 32-bit value the reset detector keeps in its small record: a tag (so a value left by other firmware reads as
    /// absent), the count of resets in the current sequence, and one byte for the owner (<see cref="ResetDetector.Memo"/>).
    /// Bits 0-7 count, 8-15 memo, 16-31 the tag 0x5244.
    /// </summary>
    internal static class ResetRecordValue
    {
        public const uint Tag = 0x5244;

        public static uint Make(int count, int memo)
        {
            return (Tag << 16) | ((uint)(memo & 0xFF) << 8) | (uint)(count & 0xFF);
        }

        public static bool IsOurs(uint value)
        {
            return (value >> 16) == Tag;
        }

        public static int Count(uint value)
        {
            return (int)(value & 0xFF);
        }

        public static int Memo(uint value)
        {
            return (int)((value >> 8) & 0xFF);
        }
    }
}
