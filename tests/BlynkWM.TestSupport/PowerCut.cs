using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Thrown where the simulated power fails; everything not yet on the medium is lost.</summary>
    public sealed class PowerCutException : Exception
    {
        public PowerCutException() : base("Simulated power cut.")
        {
        }
    }

    /// <summary>What happens at the durable step a fault hits.</summary>
    public enum FaultKind
    {
        /// <summary>The power fails before the step: neither it nor any later step happens until a reboot.</summary>
        Cut,

        /// <summary>
        /// The power fails during the step: the byte being committed holds garbage, or the file being written has its
        /// full length with garbage from the cut on (its size reached the medium before its data).
        /// </summary>
        TornCut,

        /// <summary>The step fails with an <see cref="IOException"/> and does not happen; the device carries on and later steps work.</summary>
        IoError,

        /// <summary>The step leaves garbage as <see cref="TornCut"/> does, then fails with an <see cref="IOException"/>; later steps work.</summary>
        TornIoError,
    }

    /// <summary>
    /// Counts durable steps (a byte reaching flash, a file being created, a file-system call) and makes the one a
    /// scheduled fault hits fail. A cut stops every later step until the device reboots (a new budget); an I/O error
    /// fails one step only.
    /// </summary>
    public sealed class PowerBudget
    {
        private long _remaining;
        private bool _powerLost;

        public PowerBudget(long steps = long.MaxValue, FaultKind fault = FaultKind.Cut)
        {
            Schedule(steps, fault);
        }

        public long Spent { get; private set; }

        public FaultKind Fault { get; private set; }

        /// <summary>Whether the scheduled fault has hit since it was scheduled.</summary>
        public bool Fired { get; private set; }

        /// <summary>True when the next step is the one a torn fault hits: the caller leaves its garbage before calling <see cref="Spend"/>.</summary>
        public bool TearsNext => !_powerLost && _remaining <= 0 && (Fault == FaultKind.TornCut || Fault == FaultKind.TornIoError);

        /// <summary>Whether the power has failed (every step fails until a reboot).</summary>
        public bool PowerLost => _powerLost;

        /// <summary>The power is back, or the error is gone: from now on no step fails.</summary>
        public void Restore()
        {
            Schedule(long.MaxValue, FaultKind.Cut);
        }

        /// <summary>Lets <paramref name="steps"/> more steps happen, then makes the next one fail with <paramref name="fault"/>.</summary>
        public void Schedule(long steps, FaultKind fault)
        {
            _remaining = steps;
            Fault = fault;
            _powerLost = false;
            Fired = false;
        }

        /// <summary>Takes one step, or throws where the scheduled fault hits.</summary>
        public void Spend()
        {
            if (_powerLost)
            {
                throw new PowerCutException();
            }

            if (_remaining <= 0)
            {
                Fired = true;
                if (Fault == FaultKind.Cut || Fault == FaultKind.TornCut)
                {
                    _powerLost = true;
                    throw new PowerCutException();
                }

                _remaining = long.MaxValue;
                throw new IOException("Simulated flash error.");
            }

            _remaining--;
            Spent++;
        }

        /// <summary>A byte that is neither <paramref name="old"/> nor <paramref name="intended"/>: what a torn write leaves.</summary>
        public static byte Garbage(byte old, byte intended)
        {
            byte garbage = (byte)(intended ^ 0x5A);
            return garbage != old ? garbage : (byte)(intended ^ 0xA5);
        }
    }

    /// <summary>
    /// An EEPROM-like store over a flash medium that survives "reboots". Writes go to a RAM image; a commit starts
    /// (one step) and then copies the bytes in which the image differs from the medium, in ascending address order,
    /// each a step. <see cref="Reload"/> copies the medium back into the image.
    /// </summary>
    public sealed class PowerCutByteStore : IByteStore
    {
        private readonly byte[] _medium;
        private readonly byte[] _image;
        private readonly PowerBudget _budget;

        // Where the image may differ from the medium: commits compare only there (the campaigns commit millions of times).
        private int _pendingFrom;
        private int _pendingTo;

        public PowerCutByteStore(byte[] medium, PowerBudget budget)
        {
            _medium = medium;
            _image = (byte[])medium.Clone();
            _budget = budget;
            _pendingFrom = _image.Length;
        }

        public int Size => _image.Length;

        public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_image, address, buffer, offset, count);

        public void Write(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _image, address, count);
            _pendingFrom = Math.Min(_pendingFrom, address);
            _pendingTo = Math.Max(_pendingTo, address + count);
        }

        public void Commit()
        {
            _budget.Spend();
            for (int i = _pendingFrom; i < _pendingTo; i++)
            {
                if (_medium[i] != _image[i])
                {
                    if (_budget.TearsNext)
                    {
                        _medium[i] = PowerBudget.Garbage(_medium[i], _image[i]);
                    }

                    _budget.Spend();
                    _medium[i] = _image[i];
                }
            }

            NothingPending();
        }

        public void Reload()
        {
            Array.Copy(_medium, _image, _medium.Length);
            NothingPending();
        }

        private void NothingPending()
        {
            _pendingFrom = _image.Length;
            _pendingTo = 0;
        }
    }

    /// <summary>A file's bytes on the simulated medium.</summary>
    public sealed class MemoryFile
    {
        public byte[] Data = new byte[64];
        public int Length;

        public void Append(byte value)
        {
            if (Length == Data.Length)
            {
                Array.Resize(ref Data, Data.Length * 2);
            }

            Data[Length++] = value;
        }

        public MemoryFile Clone() => new MemoryFile { Data = (byte[])Data.Clone(), Length = Length };
    }

    /// <summary>
    /// A file system whose files survive "reboots". Creating or truncating a file, each byte written, a delete and a
    /// move are each a step; a cut during a write leaves the prefix written so far (a torn one: the full length,
    /// garbage from the cut on). Delete and move are atomic. Move refuses an existing destination.
    /// </summary>
    public sealed class PowerCutFileStore : IFileStore
    {
        private readonly Dictionary<string, MemoryFile> _medium;
        private readonly PowerBudget _budget;

        public PowerCutFileStore(Dictionary<string, MemoryFile> medium, PowerBudget budget)
        {
            _medium = medium;
            _budget = budget;
        }

        public bool Exists(string path) => _medium.ContainsKey(path);

        public int Read(string path, byte[] buffer, int offset, int count)
        {
            if (!_medium.TryGetValue(path, out MemoryFile? file))
            {
                return -1;
            }

            int n = Math.Min(count, file.Length);
            Array.Copy(file.Data, 0, buffer, offset, n);
            return n;
        }

        public void Write(string path, byte[] buffer, int offset, int count)
        {
            _budget.Spend();
            var file = new MemoryFile();
            _medium[path] = file;
            for (int i = 0; i < count; i++)
            {
                if (_budget.TearsNext)
                {
                    for (int j = i; j < count; j++)
                    {
                        file.Append(PowerBudget.Garbage(buffer[offset + j], buffer[offset + j]));
                    }
                }

                _budget.Spend();
                file.Append(buffer[offset + i]);
            }
        }

        public void Delete(string path)
        {
            if (_medium.ContainsKey(path))
            {
                _budget.Spend();
                _medium.Remove(path);
            }
        }

        public void Move(string sourcePath, string destinationPath)
        {
            if (_medium.ContainsKey(destinationPath) || !_medium.TryGetValue(sourcePath, out MemoryFile? file))
            {
                throw new IOException("Move refused: " + sourcePath + " -> " + destinationPath);
            }

            _budget.Spend();
            _medium.Remove(sourcePath);
            _medium[destinationPath] = file;
        }

        public static Dictionary<string, MemoryFile> Clone(Dictionary<string, MemoryFile> medium)
        {
            var copy = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, MemoryFile> file in medium)
            {
                copy[file.Key] = file.Value.Clone();
            }

            return copy;
        }
    }
}
