namespace BlynkWM.Http
{
    /// <summary>Character classes from RFC 9110 / 9112, as table-free predicates.</summary>
    internal static class HttpSyntax
    {
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
