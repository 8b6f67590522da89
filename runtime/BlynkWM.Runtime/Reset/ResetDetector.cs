using BlynkWM.Ports;
using BlynkWM.Storage;

namespace BlynkWM.Reset
{
    /// <summary>
    /// Double- and multi-reset detection on the config's small reset record (<c>CreateResetRecord</c>): the user resets
    /// the board <see cref="ResetDetectorOptions.Resets"/> times, each within <see cref="ResetDetectorOptions.WindowMs"/>
    /// of the boot before, and the last boot sees <see cref="Triggered"/> (the owner opens the config portal).
    /// <para>
    /// Flash writes per boot: at most 2 — the count at <see cref="Start"/>, and its clearing when the window closes
    /// (<see cref="Step"/>) — and none when the record already holds the value to write. When detection is off, none
    /// at boot; <see cref="Memo"/> changes cost one write each whatever the setting.
    /// </para>
    /// <para>
    /// Power cuts: the record is a value and its CRC, and a commit persists changed bytes in address order, so a cut
    /// during either write leaves the old value, the new one, or a record that reads as absent — never another valid
    /// value (CRC-32 is one-to-one on 4-byte values). Absent counts as no sequence: that boot is the first of a new
    /// one, so a torn record can never trigger.
    /// </para>
    /// <para>
    /// Boot causes: a power-on (or brownout) starts a new sequence, so powering up never completes one; a software
    /// reboot, watchdog or deep-sleep wake is no reset — it is not counted and ends a pending sequence (one write, only
    /// if one is pending); a reset-button boot counts; an unknown cause counts unless
    /// <see cref="ResetDetectorOptions.CountUnknownBoots"/> is off.
    /// </para>
    /// Not thread-safe: <see cref="Start"/> and <see cref="Step"/> from the owner's thread. Exceptions of the record
    /// (an I/O error) reach the caller.
    /// </summary>
    public sealed class ResetDetector
    {
        private readonly ISmallRecord _record;
        private readonly IClock _clock;
        private readonly ResetDetectorOptions _options;
        private bool _started;
        private bool _stored;
        private uint _storedValue;
        private int _count;
        private int _memo;
        private bool _triggered;
        private bool _windowOpen;
        private long _windowEndsAt;
        private int _writes;
        private BootCause _cause;
        private bool _recordFound;

        /// <param name="record">The config's reset record (<c>DeviceConfig.CreateResetRecord(...)</c>).</param>
        /// <param name="clock">Times the window.</param>
        /// <param name="options">Null: double reset within 10 s.</param>
        public ResetDetector(ISmallRecord record, IClock clock, ResetDetectorOptions options)
        {
            if (record == null || clock == null)
            {
                throw new System.ArgumentNullException(record == null ? "record" : "clock");
            }

            _record = record;
            _clock = clock;
            _options = options == null ? new ResetDetectorOptions() : options;
        }

        /// <summary>This boot completed a reset sequence.</summary>
        public bool Triggered
        {
            get { return _triggered; }
        }

        /// <summary>Resets counted in the sequence this boot belongs to, this boot included; 0 when this boot was not counted.</summary>
        public int ResetCount
        {
            get { return _count; }
        }

        /// <summary>A reset now would continue the sequence; the record is cleared when it closes.</summary>
        public bool WindowOpen
        {
            get { return _windowOpen; }
        }

        /// <summary>When the window closes (clock milliseconds); meaningful while <see cref="WindowOpen"/>.</summary>
        public long WindowEndsAt
        {
            get { return _windowEndsAt; }
        }

        /// <summary>Flash writes made since <see cref="Start"/> (the record's writes).</summary>
        public int WritesThisBoot
        {
            get { return _writes; }
        }

        /// <summary>What <see cref="Start"/> concluded about this boot.</summary>
        public BootCause Cause
        {
            get { return _cause; }
        }

        /// <summary>Whether <see cref="Start"/> found a valid record of this detector (false: erased, torn or foreign).</summary>
        public bool RecordFound
        {
            get { return _recordFound; }
        }

        /// <summary>Whether detection is on (<see cref="ResetDetectorOptions.Enabled"/>); when off, nothing is written.</summary>
        public bool Enabled
        {
            get { return _options.Enabled; }
        }

        /// <summary>
        /// One byte (0-255) the owner keeps in the record at no extra cost while a write is due anyway; BlynkWM's
        /// lifecycle keeps the last good WiFi network there (its index + 1). Read at <see cref="Start"/> (0 when the
        /// record is absent). Setting a new value writes it at once (one write) unless the window is open, in which
        /// case the closing write takes it along.
        /// </summary>
        public int Memo
        {
            get { return _memo; }

            set
            {
                int memo = value & 0xFF;
                if (memo == _memo)
                {
                    return;
                }

                _memo = memo;
                if (_started && !_windowOpen)
                {
                    Store(0);
                }
            }
        }

        /// <summary>
        /// At boot, before anything else uses the record: reads it, decides <see cref="Triggered"/>, and stores the new
        /// count (at most one write; none when detection is off or the record already holds it). Once per boot.
        /// </summary>
        public void Start(BootCause cause)
        {
            if (_started)
            {
                throw new System.InvalidOperationException("Start is called once per boot.");
            }

            if (_options.Enabled && (_options.Resets < 2 || _options.WindowMs <= 0))
            {
                throw new System.ArgumentException("a reset sequence needs Resets >= 2 and WindowMs > 0", "options");
            }

            _started = true;
            _cause = cause;
            uint value;
            _recordFound = _record.TryRead(out value) && ResetRecordValue.IsOurs(value);
            _stored = _recordFound;
            _storedValue = value;
            int previous = _recordFound ? ResetRecordValue.Count(value) : 0;
            if (_recordFound)
            {
                _memo = ResetRecordValue.Memo(value);
            }

            if (!_options.Enabled)
            {
                return;
            }

            switch (Classify(cause))
            {
                case Kind.NewSequence:
                    OpenWindow(1);
                    break;
                case Kind.Counted:
                    int count = previous < 255 ? previous + 1 : 255;
                    if (count >= _options.Resets)
                    {
                        _count = count;
                        _triggered = true;
                        Store(0); // the next reset starts afresh
                    }
                    else
                    {
                        OpenWindow(count);
                    }

                    break;
                default:
                    if (previous > 0)
                    {
                        Store(0); // a pending sequence ends here: it cannot join a later reset
                    }

                    break;
            }
        }

        /// <summary>Closes the window when its time has come (one write). Returns true when it did. Never waits.</summary>
        public bool Step()
        {
            if (!_windowOpen || _clock.NowMilliseconds < _windowEndsAt)
            {
                return false;
            }

            _windowOpen = false;
            Store(0);
            return true;
        }

        private enum Kind
        {
            NewSequence,
            Counted,
            NotAReset,
        }

        private Kind Classify(BootCause cause)
        {
            switch (cause)
            {
                case BootCause.PowerOn:
                case BootCause.Brownout:
                    return Kind.NewSequence;
                case BootCause.ResetButton:
                    return Kind.Counted;
                case BootCause.Unknown:
                    return _options.CountUnknownBoots ? Kind.Counted : Kind.NewSequence;
                default:
                    return Kind.NotAReset;
            }
        }

        private void OpenWindow(int count)
        {
            _count = count;
            _windowOpen = true;
            _windowEndsAt = _clock.NowMilliseconds + _options.WindowMs;
            Store(count);
        }

        /// <summary>Writes the count with the memo, unless the record already holds exactly that.</summary>
        private void Store(int count)
        {
            uint value = ResetRecordValue.Make(count, _memo);
            if (_stored && _storedValue == value)
            {
                return;
            }

            _writes++;
            _stored = false; // until the write is known to have completed
            _record.Write(value);
            _stored = true;
            _storedValue = value;
        }
    }
}
