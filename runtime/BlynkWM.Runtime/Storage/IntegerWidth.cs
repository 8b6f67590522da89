namespace BlynkWM.Storage
{
    /// <summary>
    /// How many bytes a stored integer takes: the fewest of 1, 2, 4 or 8 that hold it in two's complement. One source for
    /// both sides: <c>FieldCodec</c> writes integers this wide, and the generator (which compiles this file too)
    /// sizes each integer field's worst case from its declared range.
    /// </summary>
    static partial class IntegerWidth
    {
        /// <summary>Bytes <paramref name="value"/> is stored in.</summary>
        public static int Of(long value)
        {
            return value >= -128 && value <= 127 ? 1
                : value >= -32768 && value <= 32767 ? 2
                : value >= -2147483648L && value <= 2147483647L ? 4
                : 8;
        }

        /// <summary>
        /// Bytes the widest value of [<paramref name="min"/>, <paramref name="max"/>] is stored in. The widths grow with the
        /// distance from zero, so one of the two ends is the widest.
        /// </summary>
        public static int OfRange(long min, long max)
        {
            int low = Of(min);
            int high = Of(max);
            return low > high ? low : high;
        }
    }
}
