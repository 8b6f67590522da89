using BlynkWM.Ports;
using BlynkWM.Storage;

namespace Esp32Device
{
    /// <summary>
    /// The portal's access-point password: made once from the hardware RNG and kept in a file on the internal drive, so
    /// it stays the same across boots (the soft-AP's stored configuration must not change at every boot) and differs from
    /// device to device. The seed derives it from the chip id, which anyone near the device can read.
    /// </summary>
    public static class AccessPointKey
    {
        public const string Path = "/blynkwm/ap.key";
        public const int Length = 12;

        // No look-alike characters (0/O, 1/l/I): the user types it from the debug output or a label.
        private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

        /// <summary>The stored password, or a new one stored first.</summary>
        public static string LoadOrCreate(IFileStore files, IRandomSource random)
        {
            var key = new byte[Length];
            if (files.Exists(Path) && files.Read(Path, key, 0, Length) == Length && IsKey(key))
            {
                return System.Text.Encoding.UTF8.GetString(key, 0, Length);
            }

            byte[] alphabet = Utf8.GetBytes(Alphabet);
            var noise = new byte[Length];
            random.NextBytes(noise, 0, Length);
            for (int i = 0; i < Length; i++)
            {
                key[i] = alphabet[noise[i] % alphabet.Length];    // 256 is a multiple of 32: no bias
            }

            files.Write(Path, key, 0, Length);
            return System.Text.Encoding.UTF8.GetString(key, 0, Length);
        }

        private static bool IsKey(byte[] key)
        {
            byte[] alphabet = Utf8.GetBytes(Alphabet);
            for (int i = 0; i < key.Length; i++)
            {
                if (System.Array.IndexOf(alphabet, key[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
