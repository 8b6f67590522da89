namespace BlynkWM.Portal
{
    /// <summary>
    /// Appends page bytes into one reusable buffer: generated constants as they are, values HTML- or JSON-escaped
    /// and encoded as UTF-8 on the fly, so rendering builds no strings. The buffer grows (doubling) only when a page
    /// outgrows it, which happens on the first renders, not per request.
    /// </summary>
    public sealed class HtmlWriter
    {
        private static readonly byte[] Amp = Utf8("&amp;");
        private static readonly byte[] Lt = Utf8("&lt;");
        private static readonly byte[] Gt = Utf8("&gt;");
        private static readonly byte[] Quot = Utf8("&quot;");
        private static readonly byte[] Apos = Utf8("&#39;");
        private static readonly byte[] Replacement = Utf8("\uFFFD");
        private static readonly byte[] Hex = Utf8("0123456789abcdef");
        private static readonly byte[] MinLong = Utf8("-9223372036854775808");

        private byte[] _buffer;
        private int _length;

        // A value's UTF-8 before it is escaped into the page: escaping works on bytes, never on string characters.
        private byte[] _text = new byte[64];

        /// <summary>A writer whose buffer starts at <paramref name="capacity"/> bytes and grows when needed.</summary>
        public HtmlWriter(int capacity)
        {
            _buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        /// <summary>The bytes written are <c>Buffer[0..Length)</c>. Growing replaces the array.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes written; set it lower to drop the end (e.g. back to a copied page head).</summary>
        public int Length
        {
            get
            {
                return _length;
            }

            set
            {
                if (value < 0 || value > _length)
                {
                    throw new System.ArgumentOutOfRangeException("value");
                }

                _length = value;
            }
        }

        /// <summary>
        /// UTF-8 bytes of a constant; generated code uses it for its page fragments. The platform's encoder gives the
        /// generator's bytes exactly (the head is the run-time compressor's history); unpaired surrogates become U+FFFD.
        /// </summary>
        public static byte[] Utf8(string text)
        {
            return BlynkWM.Storage.Utf8.GetBytes(text);
        }

        /// <summary><paramref name="first"/> followed by the UTF-8 of <paramref name="rest"/>: a page that shares the head, without a second copy of it in the assembly.</summary>
        public static byte[] Join(byte[] first, string rest)
        {
            return Concat(first, Utf8(rest));
        }

        /// <summary><paramref name="first"/> followed by <paramref name="second"/>: a gzip page that starts with the head's blocks, without a second copy of them in the assembly.</summary>
        public static byte[] Concat(byte[] first, byte[] second)
        {
            byte[] joined = new byte[first.Length + second.Length];
            System.Array.Copy(first, 0, joined, 0, first.Length);
            System.Array.Copy(second, 0, joined, first.Length, second.Length);
            return joined;
        }

        /// <summary>Appends <paramref name="bytes"/> as they are (markup the page already holds escaped).</summary>
        public void Raw(byte[] bytes)
        {
            Raw(bytes, 0, bytes.Length);
        }

        /// <summary>Appends <c>bytes[offset, offset + count)</c> as they are.</summary>
        public void Raw(byte[] bytes, int offset, int count)
        {
            Ensure(count);
            System.Array.Copy(bytes, offset, _buffer, _length, count);
            _length += count;
        }

        /// <summary>Appends one byte as it is.</summary>
        public void Byte(byte value)
        {
            Ensure(1);
            _buffer[_length++] = value;
        }

        /// <summary>
        /// Text escaped for HTML content and for attribute values in either quote: &amp; &lt; &gt; " ' become
        /// references, NUL and unpaired surrogates become U+FFFD.
        /// </summary>
        public void Text(string value)
        {
            int count = Encode(value);
            Ensure(count * 6);
            byte[] text = _text;
            for (int i = 0; i < count; i++)
            {
                byte b = text[i];
                switch (b)
                {
                    case (byte)'&':
                        Raw(Amp);
                        break;
                    case (byte)'<':
                        Raw(Lt);
                        break;
                    case (byte)'>':
                        Raw(Gt);
                        break;
                    case (byte)'"':
                        Raw(Quot);
                        break;
                    case (byte)'\'':
                        Raw(Apos);
                        break;
                    case 0:
                        Raw(Replacement);
                        break;
                    default:
                        _buffer[_length++] = b;
                        break;
                }
            }
        }

        /// <summary>A JSON string literal, quotes included; also safe inside HTML (&lt; &gt; &amp; are escaped too).</summary>
        public void JsonString(string value)
        {
            int count = Encode(value);
            Ensure(count * 6 + 2);
            byte[] text = _text;
            _buffer[_length++] = (byte)'"';
            for (int i = 0; i < count; i++)
            {
                byte b = text[i];
                if (b == '"' || b == '\\')
                {
                    _buffer[_length++] = (byte)'\\';
                    _buffer[_length++] = b;
                }
                else if (b < 0x20 || b == '<' || b == '>' || b == '&' || b == '\'')
                {
                    UnicodeEscape(b);
                }
                else if (b == 0xE2 && i + 2 < count && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9))
                {
                    // U+2028 and U+2029 end a line in JavaScript source.
                    UnicodeEscape(0x2000 | (text[i + 2] - 0x80));
                    i += 2;
                }
                else
                {
                    _buffer[_length++] = b;
                }
            }

            _buffer[_length++] = (byte)'"';
        }

        /// <summary>A decimal integer, '-' included.</summary>
        public void Number(long value)
        {
            if (value == long.MinValue)
            {
                Raw(MinLong);
                return;
            }

            if (value < 0)
            {
                Byte((byte)'-');
                value = -value;
            }

            int digits = 1;
            for (long v = value / 10; v > 0; v /= 10)
            {
                digits++;
            }

            Ensure(digits);
            int end = _length + digits;
            for (int i = end - 1; i >= _length; i--)
            {
                _buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            _length = end;
        }

        /// <summary>Writes \\uXXXX; the caller ensured room.</summary>
        private void UnicodeEscape(int c)
        {
            _buffer[_length++] = (byte)'\\';
            _buffer[_length++] = (byte)'u';
            _buffer[_length++] = Hex[(c >> 12) & 0xF];
            _buffer[_length++] = Hex[(c >> 8) & 0xF];
            _buffer[_length++] = Hex[(c >> 4) & 0xF];
            _buffer[_length++] = Hex[c & 0xF];
        }

        /// <summary>Encodes <paramref name="value"/> into the text scratch; returns its byte count.</summary>
        private int Encode(string value)
        {
            int need = value.Length * BlynkWM.Storage.Utf8.MaxBytesPerChar;
            if (need > _text.Length)
            {
                _text = new byte[need];
            }

            return BlynkWM.Storage.Utf8.Encode(value, _text, 0);
        }

        private void Ensure(int extra)
        {
            if (_length + extra <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            while (size < _length + extra)
            {
                size *= 2;
            }

            byte[] grown = new byte[size];
            System.Array.Copy(_buffer, 0, grown, 0, _length);
            _buffer = grown;
        }
    }
}
