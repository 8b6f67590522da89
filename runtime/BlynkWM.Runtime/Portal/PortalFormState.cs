using BlynkWM.Http;

namespace BlynkWM.Portal
{
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

        /// <summary>WPA2: a passphrase has 8 to <see cref="AttributeDefaults.PassphraseMaxCharacters"/> characters; 64 are the raw key in hex.</summary>
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
    }
}
