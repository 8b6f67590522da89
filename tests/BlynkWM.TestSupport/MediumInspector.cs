using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Looks at a simulated medium directly (the EEPROM slots of <see cref="DeviceConfig"/>, or every file), as no store would.</summary>
    public static class MediumInspector
    {
        /// <summary>The sequence numbers of the intact config records (or, with <paramref name="markers"/>, erase markers) on the medium.</summary>
        public static List<uint> Sequences(object medium, bool markers = false)
        {
            var sequences = new List<uint>();
            foreach (byte[] copy in Copies(medium))
            {
                bool isMarker = EraseMarker.Check(copy, 0, copy.Length);
                bool isConfig = ConfigRecord.Check(copy, 0, copy.Length, out _, out _) == ConfigReadStatus.Ok;
                if (markers ? isMarker : isConfig)
                {
                    sequences.Add(ConfigRecord.ReadSequence(copy, 0));
                }
            }

            return sequences;
        }

        /// <summary>The newest sequence number of any intact record or marker on the medium; null when there is none.</summary>
        public static uint? NewestSequence(object medium)
        {
            uint? newest = null;
            foreach (uint s in Sequences(medium, markers: false))
            {
                newest = Newer(newest, s);
            }

            foreach (uint s in Sequences(medium, markers: true))
            {
                newest = Newer(newest, s);
            }

            return newest;
        }

        /// <summary>Bytes that are not erased: non-0xFF bytes of the EEPROM slots, or the length of every file.</summary>
        public static int UsedBytes(object medium)
        {
            int used = 0;
            foreach (byte[] copy in Copies(medium))
            {
                if (medium is byte[])
                {
                    used += copy.Length - Array.FindAll(copy, b => b == 0xFF).Length;
                }
                else
                {
                    used += copy.Length;
                }
            }

            return used;
        }

        /// <summary>The EEPROM slots, or every file's bytes.</summary>
        public static List<byte[]> Copies(object medium)
        {
            var copies = new List<byte[]>();
            if (medium is byte[] bytes)
            {
                foreach (int address in new[] { DeviceConfig.StorageLayout.SlotAAddress, DeviceConfig.StorageLayout.SlotBAddress })
                {
                    copies.Add(bytes.AsSpan(address, DeviceConfig.StorageLayout.SlotSize).ToArray());
                }
            }
            else
            {
                foreach (MemoryFile file in ((Dictionary<string, MemoryFile>)medium).Values)
                {
                    copies.Add(file.Data.AsSpan(0, file.Length).ToArray());
                }
            }

            return copies;
        }

        private static uint? Newer(uint? current, uint candidate) =>
            current is uint c && !ConfigRecord.IsNewer(candidate, c) ? c : candidate;
    }
}
