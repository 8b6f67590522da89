namespace BlynkWM.Blynk
{
    /// <summary>
    /// Numbers as the protocol writes them (ASCII decimal), formatted into and parsed from bytes without allocating.
    /// Written by hand rather than with ToString/Parse so both runtimes produce the same bytes and the hot path
    /// creates no strings.
    /// </summary>
    public static class BlynkNumber
    {
        /// <summary>Most bytes <see cref="FormatInt64"/> writes ("-9223372036854775808").</summary>
        public const int MaxInt64Bytes = 20;

        /// <summary>Most bytes <see cref="FormatDouble"/> writes.</summary>
        public const int MaxDoubleBytes = 24;

        /// <summary>Decimals a double keeps, as the official C++ library's "%.7f" (trailing zeros dropped here).</summary>
        public const int DoubleDecimals = 7;

        private const long DecimalScale = 10000000; // 10^DoubleDecimals
        private const double FixedLimit = 9e11;    // below it, value × 10^7 fits a long

        /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/>; returns the offset after it.</summary>
        public static int FormatInt64(long value, byte[] buffer, int offset)
        {
            ulong magnitude;
            if (value < 0)
            {
                buffer[offset++] = (byte)'-';
                magnitude = (ulong)(-(value + 1)) + 1;
            }
            else
            {
                magnitude = (ulong)value;
            }

            return FormatUnsigned(magnitude, buffer, offset);
        }

        /// <summary>
        /// Writes <paramref name="value"/> with up to 7 decimals and no trailing zeros ("21.5", "3", "-0.0000001");
        /// from 9e11 with fewer decimals (as many as 18 digits leave), from 9e18 in exponent form ("1.5e+20"); NaN and
        /// the infinities as "nan", "inf", "-inf" (what C's printf gives the C++ library). Returns the offset after it.
        /// </summary>
        public static int FormatDouble(double value, byte[] buffer, int offset)
        {
            if (double.IsNaN(value))
            {
                return Ascii3(buffer, offset, 'n', 'a', 'n');
            }

            bool negative = value < 0;
            double magnitude = negative ? -value : value;
            if (magnitude > double.MaxValue)
            {
                if (negative)
                {
                    buffer[offset++] = (byte)'-';
                }

                return Ascii3(buffer, offset, 'i', 'n', 'f');
            }

            // Seven decimals while value × 10^7 fits a long; fewer for larger magnitudes (a double holds ~16 digits).
            int decimals = DoubleDecimals;
            double limit = FixedLimit;
            long scale = DecimalScale;
            while (magnitude >= limit && decimals > 0)
            {
                decimals--;
                limit *= 10;
                scale /= 10;
            }

            if (magnitude < limit)
            {
                long scaled = (long)(magnitude * scale + 0.5);
                if (scaled == 0)
                {
                    buffer[offset] = (byte)'0';
                    return offset + 1;
                }

                if (negative)
                {
                    buffer[offset++] = (byte)'-';
                }

                offset = FormatUnsigned((ulong)(scaled / scale), buffer, offset);
                return Fraction(scaled % scale, decimals, buffer, offset);
            }

            if (negative)
            {
                buffer[offset++] = (byte)'-';
            }

            int exponent = 0;
            while (magnitude >= 10)
            {
                magnitude /= 10;
                exponent++;
            }

            long mantissa = (long)(magnitude * DecimalScale + 0.5);
            if (mantissa >= 10 * DecimalScale)
            {
                mantissa /= 10;
                exponent++;
            }

            offset = FormatUnsigned((ulong)(mantissa / DecimalScale), buffer, offset);
            offset = Fraction(mantissa % DecimalScale, DoubleDecimals, buffer, offset);
            buffer[offset++] = (byte)'e';
            buffer[offset++] = (byte)'+';
            return FormatUnsigned((ulong)exponent, buffer, offset);
        }

        /// <summary>
        /// Parses an optionally signed decimal integer filling exactly the range. False for anything else (empty,
        /// other characters, out of the int range).
        /// </summary>
        public static bool TryParseInt32(byte[] buffer, int offset, int count, out int value)
        {
            value = 0;
            int i = offset;
            int end = offset + count;
            bool negative = SkipSign(buffer, ref i, end);
            long result;
            if (end - i > 10 || !TryParseDigits(buffer, i, end, long.MaxValue, out result))
            {
                return false;
            }

            if (negative)
            {
                result = -result;
            }

            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>
        /// Parses a decimal number: optional sign, digits with an optional '.', optional exponent ("e-3"). Exact
        /// (correctly rounded) for up to 15 significant digits and exponents within ±22, close otherwise. False when
        /// the range is not such a number.
        /// </summary>
        public static bool TryParseDouble(byte[] buffer, int offset, int count, out double value)
        {
            value = 0;
            int i = offset;
            int end = offset + count;
            bool negative = SkipSign(buffer, ref i, end);

            ulong mantissa = 0;
            int significant = 0;
            int exponent = 0;
            int digits = 0;
            bool dot = false;
            for (; i < end; i++)
            {
                int b = buffer[i];
                if (b == '.' && !dot)
                {
                    dot = true;
                    continue;
                }

                int digit = b - '0';
                if (digit < 0 || digit > 9)
                {
                    break;
                }

                digits++;
                if (significant < 19)
                {
                    mantissa = mantissa * 10 + (ulong)digit;
                    if (mantissa != 0)
                    {
                        significant++;
                    }

                    if (dot)
                    {
                        exponent--;
                    }
                }
                else if (!dot)
                {
                    exponent++; // a digit beyond what the mantissa holds still scales the integer part
                }
            }

            if (digits == 0)
            {
                return false;
            }

            if (i < end)
            {
                if (buffer[i] != 'e' && buffer[i] != 'E')
                {
                    return false;
                }

                i++;
                bool negativeExponent = SkipSign(buffer, ref i, end);
                long e;
                if (!TryParseDigits(buffer, i, end, 100000, out e))
                {
                    return false;
                }

                exponent += (int)(negativeExponent ? -e : e);
            }

            value = Scale(mantissa, exponent);
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>Steps <paramref name="i"/> over a '-' or '+' there (before <paramref name="end"/>); true when it was '-'.</summary>
        private static bool SkipSign(byte[] buffer, ref int i, int end)
        {
            if (i >= end || (buffer[i] != '-' && buffer[i] != '+'))
            {
                return false;
            }

            return buffer[i++] == '-';
        }

        /// <summary>
        /// The decimal digits from <paramref name="i"/> to <paramref name="end"/>; false when there are none or another
        /// byte stands among them. The value stops growing once it reaches <paramref name="limit"/>.
        /// </summary>
        private static bool TryParseDigits(byte[] buffer, int i, int end, long limit, out long value)
        {
            value = 0;
            if (i == end)
            {
                return false;
            }

            for (; i < end; i++)
            {
                int digit = buffer[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }

                if (value < limit)
                {
                    value = value * 10 + digit;
                }
            }

            return true;
        }

        private static double Scale(ulong mantissa, int exponent)
        {
            double m = mantissa;
            if (mantissa == 0)
            {
                return 0;
            }

            // Both operands exact and one rounding: the correctly rounded result.
            if (mantissa <= 9007199254740992UL && exponent >= -22 && exponent <= 22)
            {
                return exponent >= 0 ? m * Pow10(exponent) : m / Pow10(-exponent);
            }

            if (exponent > 330)
            {
                return double.PositiveInfinity;
            }

            if (exponent < -360)
            {
                return 0;
            }

            while (exponent > 22)
            {
                m *= 1e22;
                exponent -= 22;
            }

            while (exponent < -22)
            {
                m /= 1e22;
                exponent += 22;
            }

            return exponent >= 0 ? m * Pow10(exponent) : m / Pow10(-exponent);
        }

        /// <summary>10^n for 0 ≤ n ≤ 22, exact: every such power is a double, and so is each product on the way.</summary>
        private static double Pow10(int n)
        {
            double result = 1;
            for (int k = 0; k < n; k++)
            {
                result *= 10;
            }

            return result;
        }

        private static int FormatUnsigned(ulong value, byte[] buffer, int offset)
        {
            int length = 1;
            for (ulong rest = value / 10; rest != 0; rest /= 10)
            {
                length++;
            }

            int end = offset + length;
            for (int p = end - 1; p >= offset; p--)
            {
                buffer[p] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return end;
        }

        private static int Fraction(long fraction, int digits, byte[] buffer, int offset)
        {
            if (fraction == 0)
            {
                return offset;
            }

            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            buffer[offset++] = (byte)'.';
            int end = offset + digits;
            for (int p = end - 1; p >= offset; p--)
            {
                buffer[p] = (byte)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            return end;
        }

        private static int Ascii3(byte[] buffer, int offset, char a, char b, char c)
        {
            buffer[offset] = (byte)a;
            buffer[offset + 1] = (byte)b;
            buffer[offset + 2] = (byte)c;
            return offset + 3;
        }
    }
}
