using System;
using System.IO;
using BlynkWM.Storage;

namespace BlynkWM.Host.Storage
{
    /// <summary>
    /// The EEPROM port on the host: a RAM image backed by a file, like ESP32's emulated EEPROM. A new image is
    /// erased flash (0xFF). Commit writes only the changed bytes, in address order, and flushes to disk.
    /// </summary>
    public sealed class ImageFileByteStore : IByteStore, IDisposable
    {
        private readonly FileStream _file;
        private readonly byte[] _image;
        private readonly bool[] _dirty;

        public ImageFileByteStore(string path, int size)
        {
            if (size <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(size));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            _image = new byte[size];
            _dirty = new bool[size];
            Array.Fill(_image, (byte)0xFF);
            int read = 0;
            while (read < size)
            {
                int n = _file.Read(_image, read, size - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (_file.Length < size)
            {
                // Extend the image to its full size, erased, so the file always mirrors the whole store.
                _file.Position = read;
                _file.Write(_image, read, size - read);
                _file.Flush(flushToDisk: true);
            }
        }

        public int Size => _image.Length;

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            Array.Copy(_image, address, buffer, offset, count);
        }

        public void Write(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            for (int i = 0; i < count; i++)
            {
                if (_image[address + i] != buffer[offset + i])
                {
                    _image[address + i] = buffer[offset + i];
                    _dirty[address + i] = true;
                }
            }
        }

        public void Commit()
        {
            int i = 0;
            while (i < _image.Length)
            {
                if (!_dirty[i])
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < _image.Length && _dirty[i])
                {
                    _dirty[i] = false;
                    i++;
                }

                _file.Position = start;
                _file.Write(_image, start, i - start);
            }

            _file.Flush(flushToDisk: true);
        }

        public void Dispose() => _file.Dispose();

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > _image.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "The range lies outside the store.");
            }
        }
    }
}
