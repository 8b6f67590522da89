using BlynkWM.Storage;

namespace BlynkWM.Platform
{
    /// <summary>
    /// Turns the stores' paths ("/blynkwm/config.bin") into paths on a nanoFramework drive ("I:\blynkwm\config.bin")
    /// and finds the folder a file needs. Works on the UTF-8 bytes: nanoCLR's string search finds nothing after a
    /// character above U+FFFF, and indexing a string in a loop is quadratic there.
    /// </summary>
    public static class DrivePath
    {
        /// <summary>The internal flash drive of nanoFramework's ESP32 firmware (LittleFS).</summary>
        public const string InternalDrive = "I:";

        /// <summary>
        /// <paramref name="path"/> on <paramref name="drive"/> ("I:"). The path is absolute ('/' first), its segments
        /// are separated by single '/' and none is empty, "." or "..", or holds '\', ':' or a control character.
        /// </summary>
        /// <exception cref="System.ArgumentException">The path breaks one of those rules.</exception>
        public static string Map(string drive, string path)
        {
            byte[] driveBytes = Utf8.GetBytes(drive == null ? "" : drive);
            if (driveBytes.Length != 2 || driveBytes[1] != ':' || !IsLetter(driveBytes[0]))
            {
                throw new System.ArgumentException("A drive is a letter and a colon, such as \"I:\".", "drive");
            }

            byte[] bytes = path == null ? new byte[0] : Utf8.GetBytes(path);
            string problem = Check(bytes);
            if (problem != null)
            {
                throw new System.ArgumentException("Bad file path \"" + path + "\": " + problem, "path");
            }

            byte[] mapped = new byte[bytes.Length + 2];
            mapped[0] = driveBytes[0];
            mapped[1] = (byte)':';
            for (int i = 0; i < bytes.Length; i++)
            {
                mapped[i + 2] = bytes[i] == '/' ? (byte)'\\' : bytes[i];
            }

            return System.Text.Encoding.UTF8.GetString(mapped, 0, mapped.Length);
        }

        /// <summary>
        /// The folder holding <paramref name="drivePath"/> (a result of <see cref="Map"/>), such as "I:\blynkwm";
        /// null for a file in the drive's root, which needs no folder.
        /// </summary>
        public static string FolderOf(string drivePath)
        {
            byte[] bytes = Utf8.GetBytes(drivePath);
            int last = -1;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\\')
                {
                    last = i;
                }
            }

            // "I:\name" has its only separator at index 2: the root.
            return last <= 2 ? null : System.Text.Encoding.UTF8.GetString(bytes, 0, last);
        }

        private static string Check(byte[] bytes)
        {
            if (bytes.Length < 2 || bytes[0] != '/')
            {
                return "it must start with '/' and name a file";
            }

            int segmentStart = 1;
            for (int i = 1; i <= bytes.Length; i++)
            {
                if (i < bytes.Length && bytes[i] != '/')
                {
                    byte b = bytes[i];
                    if (b < 0x20 || b == 0x7F || b == '\\' || b == ':')
                    {
                        return "it holds a control character, '\\' or ':'";
                    }

                    continue;
                }

                int length = i - segmentStart;
                if (length == 0)
                {
                    return "it has an empty segment (\"//\" or a trailing '/')";
                }

                if (bytes[segmentStart] == '.' && (length == 1 || (length == 2 && bytes[segmentStart + 1] == '.')))
                {
                    return "\".\" and \"..\" are not allowed";
                }

                segmentStart = i + 1;
            }

            return null;
        }

        private static bool IsLetter(byte b)
        {
            return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
        }
    }
}
