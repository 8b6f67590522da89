using BlynkWM.Http;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Streams the pairs of an application/x-www-form-urlencoded body (or query) without allocating: each
    /// <see cref="MoveNext"/> decodes one key and value ('+' to space, %XX escapes) into caller-owned scratch
    /// buffers and validates them as UTF-8. A bad pair reports an <see cref="Error"/> and reading continues with
    /// the next one. Empty segments ("a=1&amp;&amp;b=2") are skipped; duplicate keys are all returned, in order.
    /// </summary>
    public sealed class UrlEncodedFormReader
    {
        private readonly byte[] _key;
        private readonly byte[] _value;

        private byte[] _source;
        private int _position;
        private int _end;

        private int _keyLength;
        private int _valueLength;
        private FormFieldError _keyError;
        private FormFieldError _valueError;
        private bool _hasEquals;
        private int _rawOffset;
        private int _rawLength;

        /// <param name="keyScratch">Receives each decoded key; keys longer than it are reported as <see cref="FormFieldError.KeyTooLong"/>.</param>
        /// <param name="valueScratch">Receives each decoded value; longer values are <see cref="FormFieldError.ValueTooLong"/>.</param>
        public UrlEncodedFormReader(byte[] keyScratch, byte[] valueScratch)
        {
            _key = keyScratch;
            _value = valueScratch;
            _source = keyScratch;
        }

        /// <summary>Allocates its own scratch buffers once.</summary>
        public UrlEncodedFormReader(int maxKeyBytes, int maxValueBytes)
            : this(new byte[maxKeyBytes], new byte[maxValueBytes])
        {
        }

        /// <summary>Starts reading a new range, e.g. <see cref="HttpRequest.Body"/> or <see cref="HttpRequest.Query"/>.</summary>
        public void Reset(byte[] source, int offset, int count)
        {
            if (offset < 0 || count < 0 || offset + count > source.Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }
            _source = source;
            _position = offset;
            _end = offset + count;
            _keyLength = 0;
            _valueLength = 0;
            _keyError = FormFieldError.None;
            _valueError = FormFieldError.None;
            _hasEquals = false;
        }

        /// <summary>Reads a request range; an absent range reads as empty.</summary>
        public void Reset(HttpRequest request, ByteRange range)
        {
            Reset(request.Buffer, range.IsPresent ? range.Offset : 0, range.IsPresent ? range.Length : 0);
        }

        /// <summary>The decoded key is <c>KeyBuffer[0..KeyLength)</c>.</summary>
        public byte[] KeyBuffer
        {
            get { return _key; }
        }

        /// <summary>Bytes of the decoded key in <see cref="KeyBuffer"/>.</summary>
        public int KeyLength
        {
            get { return _keyLength; }
        }

        /// <summary>The decoded value is <c>ValueBuffer[0..ValueLength)</c>.</summary>
        public byte[] ValueBuffer
        {
            get { return _value; }
        }

        /// <summary>Bytes of the decoded value in <see cref="ValueBuffer"/>.</summary>
        public int ValueLength
        {
            get { return _valueLength; }
        }

        /// <summary>The key's problem if any, else the value's; <see cref="FormFieldError.None"/> for a good pair.</summary>
        public FormFieldError Error
        {
            get { return _keyError != FormFieldError.None ? _keyError : _valueError; }
        }

        /// <summary>What was wrong with the key, or <see cref="FormFieldError.None"/>.</summary>
        public FormFieldError KeyError
        {
            get { return _keyError; }
        }

        /// <summary>What was wrong with the value, or <see cref="FormFieldError.None"/>.</summary>
        public FormFieldError ValueError
        {
            get { return _valueError; }
        }

        /// <summary>False for a pair written without '=' ("flag" rather than "flag=").</summary>
        public bool HasEquals
        {
            get { return _hasEquals; }
        }

        /// <summary>Where the current pair's raw, undecoded bytes are in the source.</summary>
        public int RawOffset
        {
            get { return _rawOffset; }
        }

        /// <summary>Length of the current pair's raw, undecoded bytes in the source.</summary>
        public int RawLength
        {
            get { return _rawLength; }
        }

        /// <summary>Advances to the next non-empty pair; false at the end.</summary>
        public bool MoveNext()
        {
            while (_position < _end)
            {
                int start = _position;
                int end = start;
                while (end < _end && _source[end] != (byte)'&')
                {
                    end++;
                }
                _position = end < _end ? end + 1 : end;
                if (end == start)
                {
                    continue;
                }
                int eq = start;
                while (eq < end && _source[eq] != (byte)'=')
                {
                    eq++;
                }
                _rawOffset = start;
                _rawLength = end - start;
                _hasEquals = eq < end;
                _keyError = Decode(start, eq, _key, FormFieldError.KeyTooLong, out _keyLength);
                if (_hasEquals)
                {
                    _valueError = Decode(eq + 1, end, _value, FormFieldError.ValueTooLong, out _valueLength);
                }
                else
                {
                    _valueLength = 0;
                    _valueError = FormFieldError.None;
                }
                return true;
            }
            _keyLength = 0;
            _valueLength = 0;
            _keyError = FormFieldError.None;
            _valueError = FormFieldError.None;
            _hasEquals = false;
            return false;
        }

        /// <summary>True when the decoded key is exactly <paramref name="name"/> (a generated byte constant).</summary>
        public bool KeyEquals(byte[] name)
        {
            return _keyError == FormFieldError.None && AsciiBytes.Equal(_key, 0, _keyLength, name);
        }

        /// <summary>True when the decoded value is exactly <paramref name="constant"/>.</summary>
        public bool ValueEquals(byte[] constant)
        {
            return _valueError == FormFieldError.None && AsciiBytes.Equal(_value, 0, _valueLength, constant);
        }

        /// <summary>The decoded key as a string (allocates).</summary>
        public string KeyToString()
        {
            return Utf8Validator.Decode(_key, 0, _keyLength);
        }

        /// <summary>The decoded value as a string (allocates; meant for committing a validated field).</summary>
        public string ValueToString()
        {
            return Utf8Validator.Decode(_value, 0, _valueLength);
        }

        private FormFieldError Decode(int start, int end, byte[] target, FormFieldError tooLong, out int length)
        {
            byte[] s = _source;
            int n = 0;
            int utf8 = Utf8Validator.Start;
            bool malformed = false;
            bool overflow = false;
            int i = start;
            while (i < end)
            {
                int b = s[i];
                if (b == '+')
                {
                    b = ' ';
                    i++;
                }
                else if (b == '%')
                {
                    int hi = i + 1 < end ? HexValue(s[i + 1]) : -1;
                    int lo = i + 2 < end ? HexValue(s[i + 2]) : -1;
                    if (hi < 0 || lo < 0)
                    {
                        // Kept literally so the message next to the field can show what was sent.
                        malformed = true;
                        i++;
                    }
                    else
                    {
                        b = (hi << 4) | lo;
                        i += 3;
                    }
                }
                else
                {
                    i++;
                }
                utf8 = Utf8Validator.Next(utf8, (byte)b);
                if (n < target.Length)
                {
                    target[n++] = (byte)b;
                }
                else
                {
                    overflow = true;
                }
            }
            length = n;
            if (malformed)
            {
                return FormFieldError.MalformedEscape;
            }
            if (utf8 != Utf8Validator.Start)
            {
                return FormFieldError.InvalidUtf8;
            }
            return overflow ? tooLong : FormFieldError.None;
        }

        private static int HexValue(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            if (c >= (byte)'a' && c <= (byte)'f') return c - 'a' + 10;
            if (c >= (byte)'A' && c <= (byte)'F') return c - 'A' + 10;
            return -1;
        }
    }
}
