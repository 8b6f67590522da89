namespace BlynkWM.Portal
{
    /// <summary>What was wrong with one form pair; the reader keeps going with the next pair.</summary>
    public enum FormFieldError
    {
        /// <summary>The pair decoded cleanly.</summary>
        None = 0,

        /// <summary>A '%' not followed by two hex digits (including a '%' at the end).</summary>
        MalformedEscape = 1,

        /// <summary>The decoded bytes are not valid UTF-8 (overlong, surrogate, truncated, out of range).</summary>
        InvalidUtf8 = 2,

        /// <summary>The decoded key did not fit the key scratch; only its start was kept.</summary>
        KeyTooLong = 3,

        /// <summary>The decoded value did not fit the value scratch; only its start was kept.</summary>
        ValueTooLong = 4,
    }
}
