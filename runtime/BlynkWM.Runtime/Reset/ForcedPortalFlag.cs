using BlynkWM.Storage;

namespace BlynkWM.Reset
{
    /// <summary>
    /// The "open the portal at the next boot" request, on the config's portal-flag record (<c>CreatePortalFlagRecord</c>):
    /// the application calls <see cref="Request"/> and reboots; the next boot asks <see cref="TakeAtBoot"/>. A one-shot
    /// request is consumed when taken; a persistent one stays until <see cref="ConfigSaved"/>. A torn or erased record
    /// reads as no request. Writes happen only when the stored request changes.
    /// </summary>
    public sealed class ForcedPortalFlag
    {
        /// <summary>Stored values (distinct from erased flash and from the reset detector's tag).</summary>
        private const uint OneShotValue = 0x31505742;     // "BWP1"
        private const uint PersistentValue = 0x50505742;  // "BWPP"
        private const uint FallbackValue = 0x46505742;    // "BWPF"

        private readonly ISmallRecord _record;
        private int _writes;

        public ForcedPortalFlag(ISmallRecord record)
        {
            if (record == null)
            {
                throw new System.ArgumentNullException("record");
            }

            _record = record;
        }

        /// <summary>Writes made by this object.</summary>
        public int Writes
        {
            get { return _writes; }
        }

        /// <summary>The request stored now (no write).</summary>
        public ForcedPortalMode Stored
        {
            get
            {
                uint value;
                if (!_record.TryRead(out value))
                {
                    return ForcedPortalMode.None;
                }

                if (value == OneShotValue)
                {
                    return ForcedPortalMode.OneShot;
                }

                if (value == FallbackValue)
                {
                    return ForcedPortalMode.Fallback;
                }

                return value == PersistentValue ? ForcedPortalMode.Persistent : ForcedPortalMode.None;
            }
        }

        /// <summary>
        /// At boot: the stored request. A one-shot (or fallback) request is cleared here (one write), so the boot after
        /// this one starts normally even if the portal is left by a power cut.
        /// </summary>
        public ForcedPortalMode TakeAtBoot()
        {
            ForcedPortalMode mode = Stored;
            if (mode == ForcedPortalMode.OneShot || mode == ForcedPortalMode.Fallback)
            {
                _writes++;
                _record.Clear();
            }

            return mode;
        }

        /// <summary>Stores a request for the next boot (None withdraws one). One write, none if it is already stored.</summary>
        public void Request(ForcedPortalMode mode)
        {
            if (mode == Stored)
            {
                return;
            }

            _writes++;
            if (mode == ForcedPortalMode.None)
            {
                _record.Clear();
            }
            else
            {
                _record.Write(mode == ForcedPortalMode.OneShot ? OneShotValue : mode == ForcedPortalMode.Fallback ? FallbackValue : PersistentValue);
            }
        }

        /// <summary>A config was saved: a persistent request ends (one write if one is stored).</summary>
        public void ConfigSaved()
        {
            if (Stored != ForcedPortalMode.None)
            {
                Request(ForcedPortalMode.None);
            }
        }
    }
}
