namespace BlynkWM.Storage
{
    /// <summary>
    /// The stable 32-bit tag a field id is stored under: FNV-1a over the id's characters (ids are ASCII, so these are
    /// its UTF-8 bytes). One source for both sides: the runtime reads and writes records with it, and the generator
    /// (which compiles this file too) computes the tags it emits and checks them for collisions.
    /// </summary>
    static partial class FieldTag
    {
        private const uint OffsetBasis = 2166136261u;
        private const uint Prime = 16777619u;

        /// <summary>The tag of <paramref name="id"/>.</summary>
        public static uint Compute(string id)
        {
            uint hash = OffsetBasis;
            char[] chars = id.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                hash = unchecked((hash ^ chars[i]) * Prime);
            }

            return hash;
        }
    }
}
