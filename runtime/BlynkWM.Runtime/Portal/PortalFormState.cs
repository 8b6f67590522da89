using BlynkWM.Http;

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

    /// <summary>
    /// The per-field bookkeeping of one /save request and of one page render, shared by every generated form: the
    /// generated code knows the fields (keys, types, limits) and calls these helpers, which hold the validation rules
    /// and the messages in one place. Field numbers are the generated form's, 0-based.
    /// </summary>
    public sealed partial class PortalFormState
    {
        private static readonly byte[] MsgRequired = HtmlWriter.Utf8("Required.");
        private static readonly byte[] MsgTooLong = HtmlWriter.Utf8("Too long: at most ");
        private static readonly byte[] MsgTooLongEnd = HtmlWriter.Utf8(" bytes; a character beyond ASCII takes 2 to 4 (é 2, € 3, an emoji 4).");
        private static readonly byte[] MsgTooShort = HtmlWriter.Utf8("Too short: a WiFi password has at least ");
        private static readonly byte[] MsgTooShortEnd = HtmlWriter.Utf8(" characters (leave it empty for an open network). Type it again.");
        private static readonly byte[] MsgPassphrase = HtmlWriter.Utf8("A WiFi password has at most 63 characters, or is 64 hex digits. Type it again.");
        private static readonly byte[] MsgToken = HtmlWriter.Utf8("An auth token is ");
        private static readonly byte[] MsgTokenEnd = HtmlWriter.Utf8(" letters, digits, - or _, as the Blynk app or console shows it. Type it again.");
        private static readonly byte[] MsgRetype = HtmlWriter.Utf8("Not saved: type it again (a typed secret is never sent back).");
        private static readonly byte[] InvalidStart = HtmlWriter.Utf8(" aria-invalid=true aria-describedby=e");
        private static readonly byte[] DescribedStart = HtmlWriter.Utf8(" aria-describedby=e");
        private static readonly byte[] Autofocus = HtmlWriter.Utf8(" autofocus");
        private static readonly byte[] OpenAttribute = HtmlWriter.Utf8(" open");
        private static readonly byte[] RetypeStart = HtmlWriter.Utf8("<p class=n id=e");
        private static readonly byte[] MsgNotANumber = HtmlWriter.Utf8("Enter a whole number.");
        private static readonly byte[] MsgRange = HtmlWriter.Utf8("Must be from ");
        private static readonly byte[] MsgRangeTo = HtmlWriter.Utf8(" to ");
        private static readonly byte[] MsgNotOnOff = HtmlWriter.Utf8("Must be on or off.");
        private static readonly byte[] MsgEscape = HtmlWriter.Utf8("Garbled: a % not followed by two hex digits.");
        private static readonly byte[] MsgUtf8 = HtmlWriter.Utf8("Not valid UTF-8 text.");
        private static readonly byte[] MsgDuplicate = HtmlWriter.Utf8("Sent more than once.");
        private static readonly byte[] MsgControl = HtmlWriter.Utf8("Control characters (line breaks, tabs, escape codes) are not allowed here.");
        private static readonly byte[] MsgHostName = HtmlWriter.Utf8(
            "Not a host name: use letters, digits and hyphens in dot-separated parts (like blynk.cloud), or an IPv4 address (like 192.168.1.10).");
        private static readonly byte[] ErrorStart = HtmlWriter.Utf8("<p class=e id=e");
        private static readonly byte[] TagEnd = HtmlWriter.Utf8(">");
        private static readonly byte[] ErrorEnd = HtmlWriter.Utf8("</p>");
        /// <summary>
        /// The styles of messages (banner, refused fields, their messages), sent with the pages that show them: the page
        /// head carries only what every page needs, as it counts against the portal's size budget.
        /// </summary>
        public const string MessageStyle = "<style>.b{border:1px solid #e33;padding:.6em}.e{color:#e33;margin:0}[aria-invalid]{border:2px solid #e33}</style>";

        private static readonly byte[] Banner = HtmlWriter.Utf8(MessageStyle + "<p class=b role=alert>Nothing was saved: please correct the fields marked below.</p>");
        private static readonly byte[] NoticeStart = HtmlWriter.Utf8(MessageStyle + "<p class=b role=status>");
        private static readonly byte[] NoticeEnd = HtmlWriter.Utf8("</p>");
        private static readonly byte[] CheckedAttribute = HtmlWriter.Utf8(" checked");
        private static readonly byte[] RequiredAttribute = HtmlWriter.Utf8(" required");
        private static readonly byte[] StoredSecret = HtmlWriter.Utf8(" placeholder=\"unchanged if empty\"");
        private static readonly byte[] ForgetStart = HtmlWriter.Utf8("<label class=k><input type=checkbox name=\"_clear.");
        private static readonly byte[] ForgetEnd = HtmlWriter.Utf8("\" value=1>Forget the stored value</label>");
        private static readonly byte[] On1 = HtmlWriter.Utf8("1");
        private static readonly byte[] OnWord = HtmlWriter.Utf8("on");
        private static readonly byte[] TrueWord = HtmlWriter.Utf8("true");
        private static readonly byte[] Off0 = HtmlWriter.Utf8("0");
        private static readonly byte[] OffWord = HtmlWriter.Utf8("off");
        private static readonly byte[] FalseWord = HtmlWriter.Utf8("false");

        /// <summary>WPA2: a passphrase has 8 to 63 characters; 64 characters are the raw key in hex.</summary>
        private const int MaxPassphraseCharacters = 63;
        private const int RawKeyHexDigits = 64;

        private readonly PortalFieldError[] _errors;
        private readonly bool[] _seen;
        private readonly bool[] _marker;
        private readonly bool[] _clear;
        private readonly bool[] _changed;
        private readonly string[] _rejected;
        private byte[] _compare = new byte[64];
        private int _errorCount;

        /// <summary>State for a form of <paramref name="fieldCount"/> fields, allocated once.</summary>
        public PortalFormState(int fieldCount)
        {
            _errors = new PortalFieldError[fieldCount];
            _seen = new bool[fieldCount];
            _marker = new bool[fieldCount];
            _clear = new bool[fieldCount];
            _changed = new bool[fieldCount];
            _rejected = new string[fieldCount];
            Token = new byte[0];
            Networks = new WifiNetworkList(1);
        }

        /// <summary>Number of fields with an error since <see cref="Clear"/>.</summary>
        public int ErrorCount
        {
            get { return _errorCount; }
        }

        /// <summary>Rendering: show the error banner and messages, and the submitted values instead of the stored ones.</summary>
        public bool ShowErrors { get; set; }

        /// <summary>Rendering: the CSRF token's ASCII bytes, put into the form's hidden <c>_csrf</c> field.</summary>
        public byte[] Token { get; set; }

        /// <summary>Rendering: the networks offered in the SSID inputs' datalist.</summary>
        public WifiNetworkList Networks { get; set; }

        /// <summary>
        /// Rendering: a sentence shown above the form when no errors are (why the portal is open, or why the last
        /// tested save failed); null or empty for none. HTML-escaped when written.
        /// </summary>
        public string Notice { get; set; }

        /// <summary>Forgets every error, seen field and submitted value: the start of a new post.</summary>
        public void Clear()
        {
            for (int i = 0; i < _errors.Length; i++)
            {
                _errors[i] = PortalFieldError.None;
                _seen[i] = false;
                _marker[i] = false;
                _clear[i] = false;
                _changed[i] = false;
                _rejected[i] = null;
            }

            _errorCount = 0;
        }

        /// <summary>The first error recorded for <paramref name="field"/>, or <see cref="PortalFieldError.None"/>.</summary>
        public PortalFieldError ErrorOf(int field)
        {
            return _errors[field];
        }

        /// <summary>Records an error; the first one per field is kept.</summary>
        public void Fail(int field, PortalFieldError error)
        {
            if (_errors[field] == PortalFieldError.None)
            {
                _errors[field] = error;
                _errorCount++;
            }
        }

        /// <summary>
        /// A string field: true with the value to store. An unchanged value returns the current string itself, so
        /// re-saving a form allocates nothing for the fields the user did not touch. Control characters are refused.
        /// </summary>
        public bool ReadString(UrlEncodedFormReader reader, int field, int maxBytes, string current, out string value)
        {
            return ReadString(reader, field, maxBytes, current, out value, false);
        }

        /// <summary>A string field whose schema allows control characters (<c>[DynamicParam(AllowControlCharacters = true)]</c>) when <paramref name="allowControlCharacters"/>.</summary>
        public bool ReadString(UrlEncodedFormReader reader, int field, int maxBytes, string current, out string value, bool allowControlCharacters)
        {
            value = current ?? "";
            if (!FirstAndClean(reader, field, true))
            {
                return false;
            }

            if (reader.ValueLength > maxBytes)
            {
                Reject(reader, field, PortalFieldError.TooLong, true);
                return false;
            }

            if (!allowControlCharacters && TextRules.IndexOfControlCharacter(reader.ValueBuffer, 0, reader.ValueLength) >= 0)
            {
                // Not shown back: the characters would be invisible in the field, or worse.
                Fail(field, PortalFieldError.ControlCharacter);
                return false;
            }

            if (!EqualsUtf8(reader.ValueBuffer, reader.ValueLength, current))
            {
                value = Decode(reader);
            }

            return true;
        }

        /// <summary>
        /// A host name field (a Blynk server): empty, an RFC 1123 host name or an IPv4 address (<see cref="TextRules.IsHostName"/>).
        /// Whether an empty one is acceptable is the field's Required rule.
        /// </summary>
        public bool ReadHostName(UrlEncodedFormReader reader, int field, int maxBytes, string current, out string value)
        {
            if (!ReadString(reader, field, maxBytes, current, out value, false))
            {
                return false;
            }

            if (reader.ValueLength > 0 && !TextRules.IsHostName(reader.ValueBuffer, 0, reader.ValueLength))
            {
                value = current ?? "";
                Reject(reader, field, PortalFieldError.NotAHostName, true);
                return false;
            }

            return true;
        }

        /// <summary>A write-only string field (password, token): an empty value keeps the stored one, and nothing submitted is ever shown again. Control characters are refused.</summary>
        public bool ReadSecret(UrlEncodedFormReader reader, int field, int maxBytes, string current, out string value)
        {
            return ReadSecret(reader, field, maxBytes, current, out value, false);
        }

        /// <summary>A write-only string field whose schema allows control characters when <paramref name="allowControlCharacters"/>.</summary>
        public bool ReadSecret(UrlEncodedFormReader reader, int field, int maxBytes, string current, out string value, bool allowControlCharacters)
        {
            value = current ?? "";
            if (!FirstAndClean(reader, field, false))
            {
                return false;
            }

            if (reader.ValueLength == 0)
            {
                return false;
            }

            if (reader.ValueLength > maxBytes)
            {
                Fail(field, PortalFieldError.TooLong);
                return false;
            }

            if (!allowControlCharacters && TextRules.IndexOfControlCharacter(reader.ValueBuffer, 0, reader.ValueLength) >= 0)
            {
                Fail(field, PortalFieldError.ControlCharacter);
                return false;
            }

            _changed[field] = true;
            if (!EqualsUtf8(reader.ValueBuffer, reader.ValueLength, current))
            {
                value = Decode(reader);
            }

            return true;
        }

        /// <summary>An integer field in [min, max]; an empty value means the default, or is an error when required.</summary>
        public bool ReadInteger(UrlEncodedFormReader reader, int field, long min, long max, bool required, long defaultValue, out long value)
        {
            value = defaultValue;
            if (!FirstAndClean(reader, field, true))
            {
                return false;
            }

            if (reader.ValueLength == 0)
            {
                if (required)
                {
                    Fail(field, PortalFieldError.Required);
                    return false;
                }

                return true;
            }

            if (!AsciiBytes.TryParseDecimal(reader.ValueBuffer, 0, reader.ValueLength, out value))
            {
                Reject(reader, field, PortalFieldError.NotANumber, true);
                return false;
            }

            if (value < min || value > max)
            {
                Reject(reader, field, PortalFieldError.OutOfRange, true);
                return false;
            }

            return true;
        }

        /// <summary>A write-only integer (a PIN): an empty value keeps the stored one; a refused value is never shown again.</summary>
        public bool ReadSecretInteger(UrlEncodedFormReader reader, int field, long min, long max, out long value)
        {
            value = 0;
            if (!FirstAndClean(reader, field, false) || reader.ValueLength == 0)
            {
                return false;
            }

            if (!AsciiBytes.TryParseDecimal(reader.ValueBuffer, 0, reader.ValueLength, out value))
            {
                Fail(field, PortalFieldError.NotANumber);
                return false;
            }

            if (value < min || value > max)
            {
                Fail(field, PortalFieldError.OutOfRange);
                return false;
            }

            _changed[field] = true;
            return true;
        }

        /// <summary>A checkbox: "1", "on" or "true" is on; "0", "off", "false" or empty is off.</summary>
        public bool ReadBool(UrlEncodedFormReader reader, int field, out bool value)
        {
            value = false;
            if (!FirstAndClean(reader, field, false))
            {
                return false;
            }

            if (reader.ValueEquals(On1) || reader.ValueEquals(OnWord) || reader.ValueEquals(TrueWord))
            {
                value = true;
                return true;
            }

            if (reader.ValueLength == 0 || reader.ValueEquals(Off0) || reader.ValueEquals(OffWord) || reader.ValueEquals(FalseWord))
            {
                return true;
            }

            Fail(field, PortalFieldError.NotOnOff);
            return false;
        }

        /// <summary>
        /// The hidden marker a checkbox sends along: browsers omit unchecked boxes, so "marker without box" means off,
        /// while a post without the marker (a script setting a few fields) leaves the box's value alone.
        /// </summary>
        public void ReadMarker(UrlEncodedFormReader reader, int field)
        {
            if (_marker[field])
            {
                Fail(field, PortalFieldError.Duplicate);
            }

            _marker[field] = true;
            FailOnEncoding(reader, field);
        }

        /// <summary>The "forget the stored value" box of a secret: on when its value is on (a box only sends it when checked).</summary>
        public void ReadClear(UrlEncodedFormReader reader, int field)
        {
            if (_clear[field])
            {
                Fail(field, PortalFieldError.Duplicate);
            }

            if (FailOnEncoding(reader, field))
            {
                return;
            }

            if (reader.ValueEquals(On1) || reader.ValueEquals(OnWord) || reader.ValueEquals(TrueWord))
            {
                _clear[field] = true;
            }
            else if (!(reader.ValueLength == 0 || reader.ValueEquals(Off0) || reader.ValueEquals(OffWord) || reader.ValueEquals(FalseWord)))
            {
                Fail(field, PortalFieldError.NotOnOff);
            }
        }

        /// <summary>True when the form says this checkbox was shown but not checked.</summary>
        public bool IsUnchecked(int field)
        {
            return _marker[field] && !_seen[field];
        }

        /// <summary>True when the user asked to forget a secret and did not type a new one.</summary>
        public bool IsCleared(int field)
        {
            return _clear[field] && !_changed[field];
        }

        /// <summary>Fails a required field whose resulting value is empty (or an unchecked required box).</summary>
        public void Require(int field, bool hasValue)
        {
            if (!hasValue)
            {
                Fail(field, PortalFieldError.Required);
            }
        }

        /// <summary>The red banner above the form, when rendering errors.</summary>
        public void WriteBanner(HtmlWriter writer)
        {
            if (ShowErrors && _errorCount > 0)
            {
                writer.Raw(Banner);
            }
            else if (Notice != null && Notice.Length > 0)
            {
                writer.Raw(NoticeStart);
                writer.Text(Notice);
                writer.Raw(NoticeEnd);
            }
        }

        /// <summary>A text input's value: what the user sent when it was refused, otherwise <paramref name="value"/>.</summary>
        public void WriteValue(HtmlWriter writer, int field, string value)
        {
            string rejected = ShowErrors ? _rejected[field] : null;
            writer.Text(rejected != null ? rejected : value != null ? value : "");
        }

        /// <summary>A number input's value: what the user sent when it was refused, otherwise <paramref name="value"/>.</summary>
        public void WriteNumber(HtmlWriter writer, int field, long value)
        {
            string rejected = ShowErrors ? _rejected[field] : null;
            if (rejected != null)
            {
                writer.Text(rejected);
            }
            else
            {
                writer.Number(value);
            }
        }

        /// <summary>Inside a checkbox tag: <c>checked</c> when <paramref name="value"/> is true.</summary>
        public void WriteChecked(HtmlWriter writer, bool value)
        {
            if (value)
            {
                writer.Raw(CheckedAttribute);
            }
        }

        /// <summary>
        /// Inside a secret's input tag: a hint that a value is stored (never the value), or <c>required</c> when the
        /// field is required and nothing is stored (a stored one may be kept by leaving the field empty).
        /// </summary>
        public void WriteSecretAttributes(HtmlWriter writer, bool stored, bool required)
        {
            if (stored)
            {
                writer.Raw(StoredSecret);
            }
            else if (required)
            {
                writer.Raw(RequiredAttribute);
            }
        }

        /// <summary>After a secret's input: a box to forget the stored value (an open network has no password).</summary>
        public void WriteForget(HtmlWriter writer, byte[] fieldId, bool stored)
        {
            if (stored)
            {
                writer.Raw(ForgetStart);
                writer.Raw(fieldId);
                writer.Raw(ForgetEnd);
            }
        }

        /// <summary>
        /// The message next to a refused field; <paramref name="a"/> and <paramref name="b"/> are its limits: max length
        /// and (secrets) the rule's length, or min and max.
        /// </summary>
        public void WriteError(HtmlWriter writer, int field, long a, long b)
        {
            if (!ShowErrors)
            {
                return;
            }

            if (_errors[field] == PortalFieldError.None)
            {
                if (_changed[field] && _errorCount > 0)
                {
                    // A secret typed correctly, but the form was refused for another field: it is not shown back.
                    writer.Raw(RetypeStart);
                    writer.Number(field);
                    writer.Raw(TagEnd);
                    writer.Raw(MsgRetype);
                    writer.Raw(ErrorEnd);
                }

                return;
            }

            writer.Raw(ErrorStart);
            writer.Number(field);
            writer.Raw(TagEnd);
            switch (_errors[field])
            {
                case PortalFieldError.Required:
                    writer.Raw(MsgRequired);
                    break;
                case PortalFieldError.TooLong:
                    writer.Raw(MsgTooLong);
                    writer.Number(a);
                    writer.Raw(MsgTooLongEnd);
                    break;
                case PortalFieldError.NotANumber:
                    writer.Raw(MsgNotANumber);
                    break;
                case PortalFieldError.OutOfRange:
                    writer.Raw(MsgRange);
                    writer.Number(a);
                    writer.Raw(MsgRangeTo);
                    writer.Number(b);
                    writer.Byte((byte)'.');
                    break;
                case PortalFieldError.NotOnOff:
                    writer.Raw(MsgNotOnOff);
                    break;
                case PortalFieldError.MalformedEscape:
                    writer.Raw(MsgEscape);
                    break;
                case PortalFieldError.InvalidUtf8:
                    writer.Raw(MsgUtf8);
                    break;
                case PortalFieldError.ControlCharacter:
                    writer.Raw(MsgControl);
                    break;
                case PortalFieldError.NotAHostName:
                    writer.Raw(MsgHostName);
                    break;
                case PortalFieldError.TooShort:
                    writer.Raw(MsgTooShort);
                    writer.Number(b);
                    writer.Raw(MsgTooShortEnd);
                    break;
                case PortalFieldError.NotAPassphrase:
                    writer.Raw(MsgPassphrase);
                    break;
                case PortalFieldError.NotAToken:
                    writer.Raw(MsgToken);
                    writer.Number(b);
                    writer.Raw(MsgTokenEnd);
                    break;
                default:
                    writer.Raw(MsgDuplicate);
                    break;
            }

            writer.Raw(ErrorEnd);
        }

        /// <summary>True when the UTF-8 bytes encode exactly <paramref name="text"/>; compares without allocating.</summary>
        public bool EqualsUtf8(byte[] bytes, int length, string text)
        {
            if (text == null)
            {
                return false;
            }

            if (_compare.Length < length)
            {
                _compare = new byte[length];
            }

            // A text that takes more bytes than the value cannot equal it: the bounded encoder says so without counting.
            if (BlynkWM.Storage.Utf8.TryEncode(text, _compare, 0, length) != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_compare[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A validated value as a string (one allocation; the platform decoder, linear on both runtimes).</summary>
        private static string Decode(UrlEncodedFormReader reader)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueBuffer, 0, reader.ValueLength);
        }

        /// <summary>Marks the field seen; false (with the error recorded) for a repeated key or an undecodable value.</summary>
        private bool FirstAndClean(UrlEncodedFormReader reader, int field, bool keepRejected)
        {
            if (_seen[field])
            {
                Fail(field, PortalFieldError.Duplicate);
                return false;
            }

            _seen[field] = true;
            switch (reader.ValueError)
            {
                case FormFieldError.None:
                    return true;
                case FormFieldError.MalformedEscape:
                    Reject(reader, field, PortalFieldError.MalformedEscape, keepRejected);
                    return false;
                case FormFieldError.InvalidUtf8:
                    Reject(reader, field, PortalFieldError.InvalidUtf8, keepRejected);
                    return false;
                default:
                    // The reader's value scratch is sized one byte past the longest field, so overflowing it means too long.
                    Reject(reader, field, PortalFieldError.TooLong, keepRejected);
                    return false;
            }
        }

        /// <summary>Every key the form knows must carry a decodable value, even where the value itself is ignored.</summary>
        private bool FailOnEncoding(UrlEncodedFormReader reader, int field)
        {
            switch (reader.ValueError)
            {
                case FormFieldError.None:
                    return false;
                case FormFieldError.MalformedEscape:
                    Fail(field, PortalFieldError.MalformedEscape);
                    return true;
                case FormFieldError.InvalidUtf8:
                    Fail(field, PortalFieldError.InvalidUtf8);
                    return true;
                default:
                    Fail(field, PortalFieldError.NotOnOff);
                    return true;
            }
        }

        private void Reject(UrlEncodedFormReader reader, int field, PortalFieldError error, bool keepRejected)
        {
            if (keepRejected && _errors[field] == PortalFieldError.None)
            {
                // Shown back in the field so the user can fix it rather than retype it (never for secrets).
                _rejected[field] = Utf8Validator.Decode(reader.ValueBuffer, 0, reader.ValueLength);
            }

            Fail(field, error);
        }
    }
}
