namespace BlynkWM.Storage
{
    /// <summary>
    /// Two slots in an EEPROM-like store. A save writes the slot not holding the newest copy, so a power cut tears at
    /// most the copy being written (given the contract of <see cref="IByteStore"/>); load takes the newest slot whose CRC
    /// holds. An erase is a save of an <see cref="EraseMarker"/> followed by wiping the other slot. After a failed write
    /// or commit the image is reloaded from the medium, so the store never mistakes a copy that only reached RAM for one
    /// on the medium. A commit persists every pending byte of the <see cref="IByteStore"/>, and a reload discards them:
    /// other users of the same store commit their own writes before calling this one.
    /// </summary>
    public sealed class EepromConfigStore : IConfigStore
    {
        private const int SlotA = 0;
        private const int SlotB = 1;

        private readonly IByteStore _store;
        private readonly ImageKeeper _image;
        private readonly int[] _slotAddress;
        private readonly int _slotSize;
        private readonly byte[] _scratch;
        private readonly RecordSelector _selector = new RecordSelector();
        private bool _scanned;

        /// <summary>A store of two slots of <paramref name="slotSize"/> bytes at the two addresses of <paramref name="store"/>; the generated <c>CreateStore</c> passes the layout's constants.</summary>
        public EepromConfigStore(IByteStore store, int slotAAddress, int slotBAddress, int slotSize)
        {
            if (store == null)
            {
                throw new System.ArgumentNullException("store");
            }

            if (slotSize < ConfigRecord.Overhead || slotAAddress < 0 || slotBAddress < 0
                || slotAAddress + slotSize > store.Size || slotBAddress + slotSize > store.Size
                || (slotAAddress < slotBAddress + slotSize && slotBAddress < slotAAddress + slotSize))
            {
                throw new System.ArgumentException("The slots must be disjoint and inside the store.");
            }

            _store = store;
            _image = new ImageKeeper(store);
            _slotAddress = new int[] { slotAAddress, slotBAddress };
            _slotSize = slotSize;
            _scratch = new byte[slotSize];
        }

        /// <inheritdoc/>
        public uint CurrentSequence
        {
            get { return _selector.BestSequence; }
        }

        /// <inheritdoc/>
        public ConfigReadStatus Load(IStoredConfig config)
        {
            bool fresh = Scan();
            ConfigReadStatus status = LoadBest(config);
            if (status != ConfigReadStatus.Ok && _selector.HasConfig && !fresh)
            {
                // The slot an earlier scan chose has changed since: look again.
                _scanned = false;
                Scan();
                status = LoadBest(config);
            }

            return status;
        }

        /// <inheritdoc/>
        public void Save(IStoredConfig config)
        {
            if (config.MaxRecordSize > _slotSize)
            {
                throw new System.ArgumentException("The config does not fit in a slot.");
            }

            Scan();
            int target = Target();

            // A value the schema refuses throws here, before anything reaches the store.
            int length = config.Write(_scratch, 0, _selector.NextSequence);
            Put(target, length);
            Remember(target, length);
        }

        /// <inheritdoc/>
        public void Erase()
        {
            Scan();
            int target = Target();
            int length = EraseMarker.Write(_scratch, 0, _selector.NextSequence);

            // The whole slot: nothing of the older copy it held stays on the medium.
            Wipe(length);
            Put(target, _slotSize);
            Remember(target, length);

            // The marker outranks the other slot now, so wiping it cannot bring anything back, even if cut.
            Wipe(0);
            Put(SlotB - target, _slotSize);
        }

        private ConfigReadStatus LoadBest(IStoredConfig config)
        {
            if (!_selector.HasConfig)
            {
                config.ResetToDefaults();
                return _selector.Missing;
            }

            _store.Read(_slotAddress[_selector.Best], _scratch, 0, _slotSize);
            ConfigReadStatus status = config.TryRead(_scratch, 0, _slotSize);
            if (status != ConfigReadStatus.Ok)
            {
                config.ResetToDefaults();
            }

            return status;
        }

        /// <summary>The slot a new copy goes to: the one not holding the newest copy.</summary>
        private int Target()
        {
            return _selector.Best == SlotA ? SlotB : SlotA;
        }

        /// <summary>Scans both slots unless an earlier scan still holds; true when it scanned now.</summary>
        private bool Scan()
        {
            if (_scanned)
            {
                return false;
            }

            _image.Refresh();
            _selector.Reset();
            for (int slot = SlotA; slot <= SlotB; slot++)
            {
                _store.Read(_slotAddress[slot], _scratch, 0, _slotSize);
                _selector.Consider(slot, _scratch, _slotSize);
            }

            _scanned = true;
            return true;
        }

        /// <summary>The copy in the scratch is committed to <paramref name="slot"/>: numbered above every copy seen, it is the newest now.</summary>
        private void Remember(int slot, int length)
        {
            _selector.Consider(slot, _scratch, length);
            _scanned = true;
        }

        /// <summary>Writes the first <paramref name="count"/> bytes of the scratch to <paramref name="slot"/> and commits.</summary>
        private void Put(int slot, int count)
        {
            try
            {
                _store.Write(_slotAddress[slot], _scratch, 0, count);
                _store.Commit();
            }
            catch
            {
                Fail();
                throw;
            }
        }

        private void Wipe(int from)
        {
            for (int i = from; i < _slotSize; i++)
            {
                _scratch[i] = 0xFF;
            }
        }

        /// <summary>
        /// A write or commit failed: the target slot may be torn, complete or untouched on the medium, and the image may
        /// hold bytes the medium does not. Reload the image and scan both slots again before the next load or save.
        /// </summary>
        private void Fail()
        {
            _selector.Reset();
            _scanned = false;
            _image.Discard();
        }
    }
}
