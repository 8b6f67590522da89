using System;
using System.IO;
using BlynkWM.Platform;
using BlynkWM.Storage;

namespace BlynkWM.Esp32.Storage
{
    /// <summary>
    /// The EEPROM port as a fixed-size image file on a nanoFramework drive (the internal flash, I:\, by default),
    /// erased to 0xFF when new. Reads and writes go to the RAM image (<see cref="ByteImage"/>); <see cref="Commit"/>
    /// opens the file, writes the changed runs in ascending address order and closes it. On the ESP32's LittleFS the
    /// file's new content becomes durable at that close, all at once (copy-on-write): a cut during a commit leaves the
    /// old image or the new one, which meets IByteStore's contract (an empty or a full prefix of the changed bytes,
    /// nothing else touched). A commit that fails keeps its changes pending, so the next commit writes them again.
    /// </summary>
    public sealed class DriveImageByteStore : IByteStore
    {
        /// <summary>Changed bytes this close together are written as one run.</summary>
        public const int MergeGap = 32;

        private readonly string _file;
        private readonly ByteImage _image;

        /// <param name="path">The image's path ("/eeprom.bin") on the internal drive.</param>
        /// <param name="size">The store's size in bytes (the config's EepromCapacity).</param>
        public DriveImageByteStore(string path, int size)
            : this(DrivePath.InternalDrive, path, size)
        {
        }

        /// <summary>Opens (or creates, erased) the image file and loads it into RAM.</summary>
        /// <param name="drive">A drive letter with its colon, such as "I:" or "D:".</param>
        /// <param name="path">The image's path ("/eeprom.bin") on that drive.</param>
        /// <param name="size">The store's size in bytes (the config's EepromCapacity).</param>
        public DriveImageByteStore(string drive, string path, int size)
        {
            _file = DrivePath.Map(drive, path);
            _image = new ByteImage(size);
            Open();
        }

        /// <inheritdoc/>
        public int Size
        {
            get { return _image.Size; }
        }

        /// <inheritdoc/>
        /// <remarks>From the RAM image, committed or not; no file access.</remarks>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            _image.Read(address, buffer, offset, count);
        }

        /// <inheritdoc/>
        /// <remarks>Into the RAM image only; <see cref="Commit"/> writes the file.</remarks>
        public void Write(int address, byte[] buffer, int offset, int count)
        {
            _image.Write(address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Commit()
        {
            if (!_image.HasChanges)
            {
                return;
            }

            using (FileStream stream = new FileStream(_file, FileMode.Open, FileAccess.ReadWrite))
            {
                int length;
                int start = _image.NextChangedRun(0, MergeGap, out length);
                while (start >= 0)
                {
                    stream.Seek(start, SeekOrigin.Begin);
                    stream.Write(_image.Bytes, start, length);
                    start = _image.NextChangedRun(start + length, MergeGap, out length);
                }

                stream.Flush();
            }

            _image.MarkCommitted();
        }

        /// <summary>Discards the pending bytes and reads the image from the file again, as a reboot would find it.</summary>
        public void Reload()
        {
            _image.MarkCommitted();
            Open();
        }

        /// <summary>Loads the image, creating the file (erased) or extending a short one with erased bytes.</summary>
        private void Open()
        {
            string folder = DrivePath.FolderOf(_file);
            if (folder != null && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using (FileStream stream = new FileStream(_file, FileMode.OpenOrCreate, FileAccess.ReadWrite))
            {
                long stored = stream.Length;
                int size = _image.Size;
                int present = stored < size ? (int)stored : size;
                if (present > 0)
                {
                    byte[] medium = new byte[present];
                    int total = 0;
                    while (total < present)
                    {
                        int n = stream.Read(medium, total, present - total);
                        if (n <= 0)
                        {
                            throw new IOException("The EEPROM image " + _file + " ended while being read.");
                        }

                        total += n;
                    }

                    _image.Load(medium, 0, present);
                }

                if (present < size)
                {
                    stream.Seek(present, SeekOrigin.Begin);
                    stream.Write(_image.Bytes, present, size - present);
                    stream.Flush();
                }
            }
        }
    }
}
