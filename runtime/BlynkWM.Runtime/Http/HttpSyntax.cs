namespace BlynkWM.Http
{
    /// <summary>Character classes from RFC 9110 / 9112, as table-free predicates.</summary>
    internal static class HttpSyntax
    {
        private static readonly byte[] DefaultPortSuffix = { (byte)':', (byte)'8', (byte)'0' };

        /// <summary>
        /// True when two authorities (host[:port], e.g. a Host header and an Origin's host, or a Host header and the
        /// portal's name) name the same HTTP host: ASCII case is ignored, and so is an explicit default port ":80" on
        /// either side. The one host comparison of the server and the portal.
        /// </summary>
        public static bool HostEquals(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength)
        {
            aLength = WithoutDefaultPort(a, aOffset, aLength);
            bLength = WithoutDefaultPort(b, bOffset, bLength);
            if (aLength != bLength)
            {
                return false;
            }
            for (int i = 0; i < aLength; i++)
            {
                if (AsciiBytes.ToLower(a[aOffset + i]) != AsciiBytes.ToLower(b[bOffset + i]))
                {
                    return false;
                }
            }
            return true;
        }

        private static int WithoutDefaultPort(byte[] b, int offset, int length)
        {
            int n = DefaultPortSuffix.Length;
            if (length > n && AsciiBytes.Equal(b, offset + length - n, n, DefaultPortSuffix))
            {
                return length - n;
            }
            return length;
        }

        /// <summary>tchar: the characters of methods and header names.</summary>
        public static bool IsTokenChar(byte b)
        {
            if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9'))
            {
                return true;
            }
            switch (b)
            {
                case (byte)'!':
                case (byte)'#':
                case (byte)'$':
                case (byte)'%':
                case (byte)'&':
                case (byte)'\'':
                case (byte)'*':
                case (byte)'+':
                case (byte)'-':
                case (byte)'.':
                case (byte)'^':
                case (byte)'_':
                case (byte)'`':
                case (byte)'|':
                case (byte)'~':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Bytes allowed in a request-target: visible ASCII except '#' (fragments are never sent).</summary>
        public static bool IsTargetChar(byte b)
        {
            return b > 0x20 && b < 0x7F && b != (byte)'#';
        }

        /// <summary>field-vchar, SP and HTAB: obs-text (0x80+) is kept, control characters are not.</summary>
        public static bool IsFieldValueChar(byte b)
        {
            return b == (byte)'\t' || (b >= 0x20 && b != 0x7F);
        }

        /// <summary>
        /// An authority as Host and the absolute form carry it (RFC 9110 4.2.1, 7.2): host characters only, and a host
        /// before any ":port" — an http URI with an empty host is invalid and must be rejected.
        /// </summary>
        public static bool IsAuthority(byte[] b, int start, int end)
        {
            if (end <= start || b[start] == (byte)':')
            {
                return false;
            }
            for (int i = start; i < end; i++)
            {
                if (!IsHostChar(b[i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Host: reg-name / IPv4 / [IPv6] characters and ':' for the port; rejects '/', '@', spaces.</summary>
        public static bool IsHostChar(byte b)
        {
            if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9'))
            {
                return true;
            }
            switch (b)
            {
                case (byte)'-':
                case (byte)'.':
                case (byte)'_':
                case (byte)'~':
                case (byte)':':
                case (byte)'[':
                case (byte)']':
                case (byte)'%':
                case (byte)'!':
                case (byte)'$':
                case (byte)'&':
                case (byte)'\'':
                case (byte)'(':
                case (byte)')':
                case (byte)'*':
                case (byte)'+':
                case (byte)',':
                case (byte)';':
                case (byte)'=':
                    return true;
                default:
                    return false;
            }
        }
    }
}
