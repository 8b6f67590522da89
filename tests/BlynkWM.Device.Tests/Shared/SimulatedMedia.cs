using System;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// EEPROM-like flash whose commits persist changed bytes one by one, in address order, each a durable step of a
    /// <see cref="PowerBudget"/>: a cut leaves a prefix, as the <see cref="IByteStore"/> contract states. A "reboot" is
    /// a new store over <see cref="Durable"/>.
    /// </summary>
    public sealed class SimulatedFlash : IByteStore
    {
        private readonly byte[] _ram;
        private readonly PowerBudget _power;

        public SimulatedFlash(byte[] durable, PowerBudget power)
        {
            Durable = durable;
            _power = power;
            _ram = new byte[durable.Length];
            Array.Copy(durable, _ram, durable.Length);
        }

        /// <summary>What survives a power cut.</summary>
        public byte[] Durable { get; }

        public int Size
        {
            get { return _ram.Length; }
        }

        public static byte[] Erased(int size)
        {
            byte[] bytes = new byte[size];
            for (int i = 0; i < size; i++)
            {
                bytes[i] = 0xFF;
            }

            return bytes;
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(_ram, address, buffer, offset, count);
        }

        public void Write(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _ram, address, count);
        }

        public void Reload()
        {
            Array.Copy(Durable, _ram, Durable.Length);
        }

        public void Commit()
        {
            for (int i = 0; i < _ram.Length; i++)
            {
                if (_ram[i] != Durable[i])
                {
                    _power.Spend();
                    Durable[i] = _ram[i];
                }
            }
        }
    }

    /// <summary>
    /// A flash file system with nanoFramework's semantics (Move never replaces) whose every create, delete, move and
    /// 16-byte chunk of a write is a durable step: a cut mid-write leaves a prefix of the file.
    /// </summary>
    public sealed class SimulatedFiles : IFileStore
    {
        private const int Chunk = 16;
        private readonly PowerBudget _power;
        private string[] _names = new string[8];
        private byte[][] _contents = new byte[8][];

        public SimulatedFiles(PowerBudget power)
        {
            _power = power;
        }

        /// <summary>The same files, after a reboot (the contents are what reached flash).</summary>
        public SimulatedFiles Reboot(PowerBudget power)
        {
            var next = new SimulatedFiles(power);
            next._names = (string[])_names.Clone();
            next._contents = (byte[][])_contents.Clone();
            return next;
        }

        public bool Exists(string path)
        {
            return IndexOf(path) >= 0;
        }

        public int Read(string path, byte[] buffer, int offset, int count)
        {
            int i = IndexOf(path);
            if (i < 0)
            {
                return -1;
            }

            int n = _contents[i].Length < count ? _contents[i].Length : count;
            Array.Copy(_contents[i], 0, buffer, offset, n);
            return n;
        }

        public void Write(string path, byte[] buffer, int offset, int count)
        {
            _power.Spend();
            int i = IndexOf(path);
            if (i < 0)
            {
                i = FreeSlot();
                _names[i] = path;
            }

            _contents[i] = new byte[0];
            for (int written = 0; written < count; written += Chunk)
            {
                _power.Spend();
                int n = count - written < Chunk ? count - written : Chunk;
                byte[] grown = new byte[written + n];
                Array.Copy(_contents[i], grown, written);
                Array.Copy(buffer, offset + written, grown, written, n);
                _contents[i] = grown;
            }
        }

        public void Delete(string path)
        {
            int i = IndexOf(path);
            if (i >= 0)
            {
                _power.Spend();
                _names[i] = null;
                _contents[i] = null;
            }
        }

        public void Move(string sourcePath, string destinationPath)
        {
            int source = IndexOf(sourcePath);
            if (source < 0 || IndexOf(destinationPath) >= 0)
            {
                throw new System.IO.IOException("cannot move " + sourcePath + " to " + destinationPath);
            }

            _power.Spend();
            _names[source] = destinationPath;
        }

        private int IndexOf(string path)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] != null && _names[i] == path)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeSlot()
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == null)
                {
                    return i;
                }
            }

            string[] names = new string[_names.Length * 2];
            byte[][] contents = new byte[_names.Length * 2][];
            Array.Copy(_names, names, _names.Length);
            Array.Copy(_contents, contents, _contents.Length);
            int free = _names.Length;
            _names = names;
            _contents = contents;
            return free;
        }
    }
}
