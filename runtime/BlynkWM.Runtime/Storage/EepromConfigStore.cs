namespace BlynkWM.Storage
{
    /// <summary>
    /// Two slots in an EEPROM-like store. A save writes the slot not holding the newest copy, so a power cut
    /// tears at most the copy being written (given the commit contract of <see cref="IByteStore"/>); load takes the
    /// newest slot whose CRC holds.
    /// </summary>
    public sealed class EepromConfigStore : IConfigStore
    {
        private const int SlotA = 0;
        private const int SlotB = 1;

        private readonly IByteStore _store;
        private readonly int[] _slotAddress;
        private readonly int _slotSize;
        private readonly byte[] _scratch;
        private readonly RecordSelector _selector = new RecordSelector();
        private bool _scanned;

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
            _slotAddress = new int[] { slotAAddress, slotBAddress };
            _slotSize = slotSize;
            _scratch = new byte[slotSize];
        }

        public uint CurrentSequence
        {
            get { return _selector.Best == RecordSelector.None ? 0 : _selector.BestSequence; }
        }

        public ConfigReadStatus Load(IStoredConfig config)
        {
            bool fresh = Scan();
            ConfigReadStatus status = LoadBest(config);
            if (status != ConfigReadStatus.Ok && _selector.Best != RecordSelector.None && !fresh)
            {
                // The slot an earlier scan chose has changed since: look again.
                _scanned = false;
                Scan();
                status = LoadBest(config);
            }

            return status;
        }

        public void Save(IStoredConfig config)
        {
            if (config.MaxRecordSize > _slotSize)
            {
                throw new System.ArgumentException("The config does not fit in a slot.");
            }

            try
            {
                Scan();
                int target = _selector.Best == SlotA ? SlotB : SlotA;
                uint sequence = _selector.Best == RecordSelector.None ? 1 : _selector.BestSequence + 1;
                int length = config.Write(_scratch, 0, sequence);
                _store.Write(_slotAddress[target], _scratch, 0, length);
                _store.Commit();

                // No read-back: IByteStore reads come from the RAM image, so it would verify nothing. The guarantee
                // rests on the commit contract documented on IByteStore.
                _selector.Reset();
                _selector.Consider(target, _scratch, length);
                _scanned = true;
            }
            catch
            {
                // A failed commit may have left the target slot torn, complete, or untouched: the next Load or Save
                // scans both slots again.
                Forget();
                throw;
            }
        }

        public void Erase()
        {
            for (int i = 0; i < _scratch.Length; i++)
            {
                _scratch[i] = 0xFF;
            }

            try
            {
                // Only the headers need erasing for both slots to read as Empty; that keeps the commit short.
                _store.Write(_slotAddress[SlotA], _scratch, 0, ConfigRecord.HeaderSize);
                _store.Write(_slotAddress[SlotB], _scratch, 0, ConfigRecord.HeaderSize);
                _store.Commit();
                _selector.Reset();
                _scanned = true;
            }
            catch
            {
                Forget();
                throw;
            }
        }

        private ConfigReadStatus LoadBest(IStoredConfig config)
        {
            if (_selector.Best == RecordSelector.None)
            {
                config.ResetToDefaults();
                return _selector.Failure;
            }

            _store.Read(_slotAddress[_selector.Best], _scratch, 0, _slotSize);
            ConfigReadStatus status = config.TryRead(_scratch, 0, _slotSize);
            if (status != ConfigReadStatus.Ok)
            {
                config.ResetToDefaults();
            }

            return status;
        }

        /// <summary>Scans both slots unless an earlier scan still holds; true when it scanned now.</summary>
        private bool Scan()
        {
            if (_scanned)
            {
                return false;
            }

            _selector.Reset();
            for (int slot = SlotA; slot <= SlotB; slot++)
            {
                _store.Read(_slotAddress[slot], _scratch, 0, _slotSize);
                _selector.Consider(slot, _scratch, _slotSize);
            }

            _scanned = true;
            return true;
        }

        private void Forget()
        {
            _selector.Reset();
            _scanned = false;
        }
    }
}
