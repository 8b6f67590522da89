// Declaration-only surface of nanoFramework's mscorlib: System.Globalization (invariant-only).
// CultureInfo.InvariantCulture / CurrentCulture do not exist in nanoFramework.
namespace System.Globalization
{
    public class CultureInfo
    {
        public CultureInfo(string name) { }

        public static CultureInfo CurrentUICulture => throw null;
        public virtual CultureInfo Parent => throw null;
        public virtual string Name => throw null;
        public override string ToString() => throw null;
        public virtual NumberFormatInfo NumberFormat => throw null;
        public virtual DateTimeFormatInfo DateTimeFormat => throw null;
    }

    public sealed class DateTimeFormatInfo
    {
        internal DateTimeFormatInfo() { }

        public static DateTimeFormatInfo CurrentInfo => throw null;
        public string AMDesignator => throw null;
        public string DateSeparator => throw null;
        public string FullDateTimePattern => throw null;
        public string LongDatePattern => throw null;
        public string LongTimePattern => throw null;
        public string MonthDayPattern => throw null;
        public string PMDesignator => throw null;
        public string RFC1123Pattern => throw null;
        public string ShortDatePattern => throw null;
        public string ShortTimePattern => throw null;
        public string SortableDateTimePattern => throw null;
        public string TimeSeparator => throw null;
        public string UniversalSortableDateTimePattern => throw null;
        public string YearMonthPattern => throw null;
        public string[] AbbreviatedDayNames => throw null;
        public string[] DayNames => throw null;
        public string[] AbbreviatedMonthNames => throw null;
        public string[] MonthNames => throw null;
    }

    public sealed class NumberFormatInfo
    {
        internal NumberFormatInfo() { }

        public int[] NumberGroupSizes => throw null;
        public static NumberFormatInfo CurrentInfo => throw null;
        public string NegativeSign => throw null;
        public string NumberDecimalSeparator => throw null;
        public string NumberGroupSeparator => throw null;
        public string PositiveSign => throw null;
    }
}
