using System;
using BlynkWM.Storage;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// The value(s) the server wrote to a virtual pin, read in place from the receive buffer: one object, reused for
    /// every message and valid only while the handler runs. Numbers are parsed without allocating; strings are made
    /// only when asked for (<see cref="AsString"/>, <see cref="GetString"/>). Keep what you need, not this object.
    /// </summary>
    public sealed class BlynkValue
    {
        private byte[] _buffer = new byte[0];
        private int _offset;
        private int _length;
        private int _count;

        /// <summary>How many values (NUL-separated fields) the message carried; 1 for an ordinary write.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The first value as an integer: see <see cref="GetInt"/>.</summary>
        public int AsInt()
        {
            return GetInt(0);
        }

        /// <summary>The first value as a number: see <see cref="GetDouble"/>.</summary>
        public double AsDouble()
        {
            return GetDouble(0);
        }

        /// <summary>The first value as text (allocates the string).</summary>
        public string AsString()
        {
            return GetString(0);
        }

        /// <summary>
        /// Value <paramref name="index"/> as an integer: "42" is 42, "1.9" is 1 (a decimal is truncated toward zero,
        /// as the C++ library's atoi does), and anything that is not a number — or a missing value — is 0.
        /// </summary>
        public int GetInt(int index)
        {
            int value;
            if (TryGetInt(index, out value))
            {
                return value;
            }

            double number;
            if (!TryGetDouble(index, out number) || double.IsNaN(number))
            {
                return 0;
            }

            if (number >= int.MaxValue)
            {
                return int.MaxValue;
            }

            return number <= int.MinValue ? int.MinValue : (int)number;
        }

        /// <summary>Value <paramref name="index"/> as a number; 0 when it is not one or is missing.</summary>
        public double GetDouble(int index)
        {
            double value;
            return TryGetDouble(index, out value) ? value : 0;
        }

        /// <summary>True when value <paramref name="index"/> is exactly a decimal integer within the int range.</summary>
        public bool TryGetInt(int index, out int value)
        {
            int start;
            int length;
            Locate(index, out start, out length); // a missing value is an empty range, which parses as no number
            return BlynkNumber.TryParseInt32(_buffer, start, length, out value);
        }

        /// <summary>True (and the number in <paramref name="value"/>) when value <paramref name="index"/> is exactly a decimal number; false, and 0, when it is not one or is missing.</summary>
        public bool TryGetDouble(int index, out double value)
        {
            int start;
            int length;
            Locate(index, out start, out length); // a missing value is an empty range, which parses as no number
            return BlynkNumber.TryParseDouble(_buffer, start, length, out value);
        }

        /// <summary>
        /// Value <paramref name="index"/> as text; "" when missing. Bytes that are not valid UTF-8 become U+FFFD, the
        /// same on every runtime.
        /// </summary>
        public string GetString(int index)
        {
            int start;
            int length;
            if (!Locate(index, out start, out length) || length == 0)
            {
                return "";
            }

            if (Utf8.IsValid(_buffer, start, length))
            {
                return System.Text.Encoding.UTF8.GetString(_buffer, start, length);
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                int b = _buffer[start + i];
                chars[i] = b < 0x80 ? (char)b : '\uFFFD';
            }

            return new string(chars);
        }

        /// <summary>Bytes in value <paramref name="index"/>; 0 when missing.</summary>
        public int GetLength(int index)
        {
            int start;
            int length;
            return Locate(index, out start, out length) ? length : 0;
        }

        /// <summary>Copies value <paramref name="index"/>'s raw bytes (no allocation); returns the count copied.</summary>
        public int CopyTo(int index, byte[] destination, int offset)
        {
            int start;
            int length;
            if (!Locate(index, out start, out length))
            {
                return 0;
            }

            Array.Copy(_buffer, start, destination, offset, length);
            return length;
        }

        /// <summary>Points the value at <paramref name="count"/> body bytes holding NUL-separated fields.</summary>
        internal void Set(byte[] buffer, int offset, int count)
        {
            _buffer = buffer;
            _offset = offset;
            _length = count;
            _count = 1;
            for (int i = offset; i < offset + count; i++)
            {
                if (buffer[i] == 0)
                {
                    _count++;
                }
            }
        }

        /// <summary>Finds value <paramref name="index"/>'s bytes; false, and an empty range, when there is no such value.</summary>
        private bool Locate(int index, out int start, out int length)
        {
            start = _offset;
            length = 0;
            if (index < 0 || index >= _count)
            {
                return false;
            }

            int end = _offset + _length;
            int field = 0;
            for (int i = _offset; i <= end; i++)
            {
                if (i == end || _buffer[i] == 0)
                {
                    if (field == index)
                    {
                        length = i - start;
                        return true;
                    }

                    field++;
                    start = i + 1;
                }
            }

            return false;
        }
    }
}
