namespace BlynkWM.Portal
{
    /// <summary>Why a submitted field was refused; the page shows a message for it next to the field.</summary>
    public enum PortalFieldError
    {
        /// <summary>The field was accepted.</summary>
        None = 0,
        /// <summary>A required field was left empty.</summary>
        Required = 1,
        /// <summary>The value has more UTF-8 bytes than the field holds.</summary>
        TooLong = 2,
        /// <summary>An integer field holds something other than a whole number.</summary>
        NotANumber = 3,
        /// <summary>The number is outside the field's range.</summary>
        OutOfRange = 4,
        /// <summary>A checkbox value other than on/off (or true/false, 1/0).</summary>
        NotOnOff = 5,
        /// <summary>A '%' not followed by two hex digits.</summary>
        MalformedEscape = 6,
        /// <summary>The decoded bytes are not valid UTF-8 (or hold a lone surrogate).</summary>
        InvalidUtf8 = 7,
        /// <summary>The field was submitted more than once.</summary>
        Duplicate = 8,
        /// <summary>The text holds a C0 or C1 control character and the schema does not allow them.</summary>
        ControlCharacter = 9,
        /// <summary>A Blynk server that is neither a host name nor an IPv4 address.</summary>
        NotAHostName = 10,
        /// <summary>Shorter than the field's minimum (a WiFi passphrase below its minimum length).</summary>
        TooShort = 11,
        /// <summary>Not a WPA2 passphrase: 8 to 63 characters, or 64 hex digits.</summary>
        NotAPassphrase = 12,
        /// <summary>Not a Blynk token of the schema's length and characters (letters, digits, '-', '_').</summary>
        NotAToken = 13,
    }
}
