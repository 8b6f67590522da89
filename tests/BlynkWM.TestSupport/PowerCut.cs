using System;
using System.Collections.Generic;
using System.IO;
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

    /// <summary>How many durable steps (a byte reaching flash, a file-system call) may happen before the power fails.</summary>
    public sealed class PowerBudget
    {
        private long _remaining;

        public PowerBudget(long steps = long.MaxValue)
        {
            _remaining = steps;
        }

        public long Spent { get; private set; }

        /// <summary>The power is back: from now on no step fails (the medium keeps whatever the cut left).</summary>
        public void Restore()
        {
            _remaining = long.MaxValue;
        }

        public void Spend()
        {
            if (_remaining <= 0)
            {
                throw new PowerCutException();
            }

            _remaining--;
            Spent++;
        }
    }

    /// <summary>
    /// An EEPROM-like store over a flash medium that survives "reboots". Writes go to a RAM image; a commit
    /// copies changed bytes to the medium one at a time, each a step the power can fail before.
    /// </summary>
    public sealed class PowerCutByteStore : IByteStore
    {
        private readonly byte[] _medium;
        private readonly byte[] _image;
        private readonly PowerBudget _budget;

        public PowerCutByteStore(byte[] medium, PowerBudget budget)
        {
            _medium = medium;
            _image = (byte[])medium.Clone();
            _budget = budget;
        }

        public int Size => _image.Length;

        public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_image, address, buffer, offset, count);

        public void Write(int address, byte[] buffer, int offset, int count) => Array.Copy(buffer, offset, _image, address, count);

        public void Commit()
        {
            _budget.Spend();
            for (int i = 0; i < _image.Length; i++)
            {
                if (_medium[i] != _image[i])
                {
                    _budget.Spend();
                    _medium[i] = _image[i];
                }
            }
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
    /// A file system whose files survive "reboots". Creating/truncating, each byte written, delete and move are
    /// each a step; a cut during a write leaves the prefix written so far. Move refuses an existing destination.
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
