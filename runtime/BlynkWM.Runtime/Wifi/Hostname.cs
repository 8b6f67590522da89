using BlynkWM.Storage;

namespace BlynkWM.Wifi
{
    /// <summary>
    /// Host names for the station (what the router's DHCP table and its local DNS show), RFC 952 as relaxed by RFC 1123:
    /// one label of lowercase letters, digits and '-', not starting or ending with '-', at most 63 bytes.
    /// </summary>
    public static class Hostname
    {
        /// <summary>The longest label DNS allows (RFC 1035).</summary>
        public const int MaxLength = 63;

        /// <summary>
        /// The longest name nanoFramework's <c>WifiAdapter.SetDeviceName</c> accepts on ESP32 (lwIP keeps 32 bytes):
        /// derive with this limit for such a device.
        /// </summary>
        public const int Esp32MaxLength = 32;

        /// <summary>
        /// A host name made from the board name: ASCII letters lowercased, digits kept, every run of anything else
        /// (spaces, '_', '.', non-ASCII letters) turned into one '-', leading and trailing '-' removed, cut to
        /// <paramref name="maxLength"/> bytes (and trimmed again). "Living Room #2" gives "living-room-2". When
        /// nothing usable is left, <paramref name="fallback"/> is derived the same way, and if that is empty too,
        /// "blynkwm".
        /// </summary>
        /// <param name="boardName">The board name from the config (any text, may be null).</param>
        /// <param name="fallback">Used when the board name has no letter or digit, e.g. "esp32-" + the chip id.</param>
        /// <param name="maxLength">1 to <see cref="MaxLength"/>; <see cref="Esp32MaxLength"/> on nanoFramework's ESP32.</param>
        public static string FromBoardName(string boardName, string fallback, int maxLength)
        {
            if (maxLength < 1 || maxLength > MaxLength)
            {
                throw new System.ArgumentOutOfRangeException("maxLength", "a host name holds 1 to 63 bytes");
            }

            string name = Derive(boardName, maxLength);
            if (name.Length == 0)
            {
                name = Derive(fallback, maxLength);
            }

            return name.Length == 0 ? "blynkwm" : name;
        }

        /// <summary><see cref="FromBoardName(string, string, int)"/> with the DNS limit of 63.</summary>
        public static string FromBoardName(string boardName, string fallback)
        {
            return FromBoardName(boardName, fallback, MaxLength);
        }

        /// <summary>True when <paramref name="name"/> is a host name as this class makes them (1 to <paramref name="maxLength"/> bytes).</summary>
        public static bool IsValid(string name, int maxLength)
        {
            if (name == null || name.Length == 0)
            {
                return false;
            }

            byte[] bytes = Utf8.GetBytes(name);
            if (bytes.Length > maxLength || bytes[0] == (byte)'-' || bytes[bytes.Length - 1] == (byte)'-')
            {
                return false;
            }

            for (int i = 0; i < bytes.Length; i++)
            {
                if (!IsKept(bytes[i]) && bytes[i] != (byte)'-')
                {
                    return false;
                }
            }

            return true;
        }

        private static string Derive(string text, int maxLength)
        {
            if (text == null || text.Length == 0)
            {
                return "";
            }

            byte[] source = Utf8.GetBytes(text);
            char[] result = new char[maxLength];
            int length = 0;
            bool pendingDash = false;
            for (int i = 0; i < source.Length && length < maxLength; i++)
            {
                byte b = source[i];
                if (b >= (byte)'A' && b <= (byte)'Z')
                {
                    b = (byte)(b + 32);
                }

                if (!IsKept(b))
                {
                    pendingDash = length > 0;
                    continue;
                }

                if (pendingDash)
                {
                    result[length++] = '-';
                    pendingDash = false;
                    if (length == maxLength)
                    {
                        break;
                    }
                }

                result[length++] = (char)b;
            }

            while (length > 0 && result[length - 1] == '-')
            {
                length--;
            }

            return new string(result, 0, length);
        }

        private static bool IsKept(byte b)
        {
            return (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9');
        }
    }
}
