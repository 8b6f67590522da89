using System;
using System.IO;
using BlynkWM.Storage;

namespace BlynkWM.Host.Storage
{
    /// <summary>
    /// The EEPROM port on the host: a RAM image backed by a file, like ESP32's emulated EEPROM. A new image is erased
    /// flash (0xFF). It honours the <see cref="IByteStore"/> contract as far as a process can: a commit writes only the
    /// pending bytes, run by run in ascending address order, and returns after flushing them to disk; a commit that
    /// throws keeps every byte pending, so the next commit writes them again; <see cref="Reload"/> reads the file back.
    /// In which order the operating system puts flushed pages on the disk when the host itself loses power is beyond
    /// it (the simulated device's power cuts are reboots of the process, never of the host).
    /// </summary>
    public sealed class ImageFileByteStore : IByteStore, IDisposable
    {
        private readonly Stream _medium;
        private readonly byte[] _image;
        private readonly bool[] _pending;

        /// <summary>The store in the image file at <paramref name="path"/>, of <paramref name="size"/> bytes (a new file is erased flash, 0xFF).</summary>
        public ImageFileByteStore(string path, int size)
            : this(OpenImage(path), size)
        {
        }

        /// <summary>An image kept in <paramref name="medium"/>, a seekable read-write stream that the store owns from now on.</summary>
        public ImageFileByteStore(Stream medium, int size)
        {
            if (size <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(size));
            }

            _medium = medium;
            _image = new byte[size];
            _pending = new bool[size];
            int read = ReadMedium();
            if (read < size)
            {
                // Extend the image to its full size, erased, so the file always mirrors the whole store.
                _medium.Position = read;
                _medium.Write(_image, read, size - read);
                Flush();
            }
        }

        /// <inheritdoc/>
        public int Size => _image.Length;

        /// <inheritdoc/>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            Array.Copy(_image, address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Write(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            for (int i = 0; i < count; i++)
            {
                if (_image[address + i] != buffer[offset + i])
                {
                    _image[address + i] = buffer[offset + i];
                    _pending[address + i] = true;
                }
            }
        }

        /// <inheritdoc/>
        public void Commit()
        {
            int i = 0;
            while (i < _image.Length)
            {
                if (!_pending[i])
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < _image.Length && _pending[i])
                {
                    i++;
                }

                _medium.Position = start;
                _medium.Write(_image, start, i - start);
            }

            // Only now, with every run on the disk, are the bytes no longer pending: a commit that threw above keeps them.
            Flush();
            Array.Clear(_pending);
        }

        /// <inheritdoc/>
        public void Reload()
        {
            ReadMedium();
            Array.Clear(_pending);
        }

        /// <summary>Closes the image file.</summary>
        public void Dispose() => _medium.Dispose();

        private static FileStream OpenImage(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }

        /// <summary>Reads the medium into the image (erased beyond its end); returns how many bytes it held.</summary>
        private int ReadMedium()
        {
            Array.Fill(_image, (byte)0xFF);
            _medium.Position = 0;
            int read = 0;
            while (read < _image.Length)
            {
                int n = _medium.Read(_image, read, _image.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return read;
        }

        private void Flush()
        {
            if (_medium is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
            else
            {
                _medium.Flush();
            }
        }

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > _image.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "The range lies outside the store.");
            }
        }
    }
}
