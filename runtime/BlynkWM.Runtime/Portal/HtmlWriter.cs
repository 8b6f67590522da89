namespace BlynkWM.Portal
{
    /// <summary>
    /// Appends page bytes into one reusable buffer: generated constants as they are, values HTML- or JSON-escaped
    /// and encoded as UTF-8 on the fly, so rendering builds no strings. The buffer grows (doubling) only when a page
    /// outgrows it, which happens on the first renders, not per request.
    /// </summary>
    public sealed class HtmlWriter
    {
        private static readonly byte[] Amp = Bytes("&amp;");
        private static readonly byte[] Lt = Bytes("&lt;");
        private static readonly byte[] Gt = Bytes("&gt;");
        private static readonly byte[] Quot = Bytes("&quot;");
        private static readonly byte[] Apos = Bytes("&#39;");
        private static readonly byte[] Hex = Bytes("0123456789abcdef");
        private static readonly byte[] MinLong = Bytes("-9223372036854775808");

        private byte[] _buffer;
        private int _length;

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
        /// UTF-8 bytes of a constant; generated code uses it for its page fragments, once, at class initialisation.
        /// Encoded here rather than by the platform so the device gets exactly the bytes the generator compressed
        /// against (the head is the run-time compressor's history); unpaired surrogates become U+FFFD.
        /// </summary>
        public static byte[] Utf8(string text)
        {
            var writer = new HtmlWriter(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                i = writer.Char(text, i);
            }

            byte[] bytes = new byte[writer._length];
            System.Array.Copy(writer._buffer, 0, bytes, 0, bytes.Length);
            return bytes;
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

        public void Raw(byte[] bytes)
        {
            Raw(bytes, 0, bytes.Length);
        }

        public void Raw(byte[] bytes, int offset, int count)
        {
            Ensure(count);
            System.Array.Copy(bytes, offset, _buffer, _length, count);
            _length += count;
        }

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
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&':
                        Raw(Amp);
                        break;
                    case '<':
                        Raw(Lt);
                        break;
                    case '>':
                        Raw(Gt);
                        break;
                    case '"':
                        Raw(Quot);
                        break;
                    case '\'':
                        Raw(Apos);
                        break;
                    case '\0':
                        CodePoint(0xFFFD);
                        break;
                    default:
                        i = Char(value, i);
                        break;
                }
            }
        }

        /// <summary>A JSON string literal, quotes included; also safe inside HTML (&lt; &gt; &amp; are escaped too).</summary>
        public void JsonString(string value)
        {
            Byte((byte)'"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    Byte((byte)'\\');
                    Byte((byte)c);
                }
                else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029')
                {
                    Byte((byte)'\\');
                    Byte((byte)'u');
                    Byte(Hex[(c >> 12) & 0xF]);
                    Byte(Hex[(c >> 8) & 0xF]);
                    Byte(Hex[(c >> 4) & 0xF]);
                    Byte(Hex[c & 0xF]);
                }
                else
                {
                    i = Char(value, i);
                }
            }

            Byte((byte)'"');
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

        /// <summary>Writes the character at <paramref name="index"/> (a surrogate pair as one code point); returns the index of its last UTF-16 unit.</summary>
        private int Char(string value, int index)
        {
            int units;
            CodePoint(BlynkWM.Storage.Utf8.ScalarAt(value, index, out units));
            return index + units - 1;
        }

        /// <summary>Writes a scalar (-1, a lone surrogate, as U+FFFD).</summary>
        private void CodePoint(int cp)
        {
            Ensure(4);
            _length = BlynkWM.Storage.Utf8.WriteScalar(cp, _buffer, _length);
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

        private static byte[] Bytes(string ascii)
        {
            byte[] result = new byte[ascii.Length];
            for (int i = 0; i < ascii.Length; i++)
            {
                result[i] = (byte)ascii[i];
            }

            return result;
        }
    }
}
