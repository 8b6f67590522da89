using System.IO;
using BlynkWM.Platform;
using BlynkWM.Storage;

namespace BlynkWM.Esp32.Storage
{
    /// <summary>
    /// The file port on a nanoFramework drive (the internal flash, I:\, by default): "/blynkwm/config.bin" is
    /// I:\blynkwm\config.bin, its folder created on first write. Move is nanoFramework's File.Move, which refuses an
    /// existing destination. On the ESP32's LittleFS a file's new content becomes durable when it is closed, all at
    /// once, so a cut during <see cref="Write"/> leaves the old content or the new (the port only promises a prefix).
    /// </summary>
    public sealed class DriveFileStore : IFileStore
    {
        private readonly string _drive;

        /// <summary>Files on the internal flash drive (I:).</summary>
        public DriveFileStore()
            : this(DrivePath.InternalDrive)
        {
        }

        /// <param name="drive">A drive letter with its colon, such as "I:" or "D:".</param>
        public DriveFileStore(string drive)
        {
            DrivePath.Map(drive, "/check"); // refuses a malformed drive now rather than at first use
            _drive = drive;
        }

        /// <inheritdoc/>
        public bool Exists(string path)
        {
            return File.Exists(DrivePath.Map(_drive, path));
        }

        /// <inheritdoc/>
        public int Read(string path, byte[] buffer, int offset, int count)
        {
            string file = DrivePath.Map(_drive, path);
            if (!File.Exists(file))
            {
                return -1;
            }

            using (FileStream stream = new FileStream(file, FileMode.Open, FileAccess.Read))
            {
                int total = 0;
                while (total < count)
                {
                    int n = stream.Read(buffer, offset + total, count - total);
                    if (n <= 0)
                    {
                        break;
                    }

                    total += n;
                }

                return total;
            }
        }

        /// <inheritdoc/>
        /// <remarks>Creates the file's folder when it is missing.</remarks>
        public void Write(string path, byte[] buffer, int offset, int count)
        {
            string file = DrivePath.Map(_drive, path);
            string folder = DrivePath.FolderOf(file);
            if (folder != null && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using (FileStream stream = new FileStream(file, FileMode.Create, FileAccess.Write))
            {
                stream.Write(buffer, offset, count);
                stream.Flush();
            }
        }

        /// <inheritdoc/>
        public void Delete(string path)
        {
            string file = DrivePath.Map(_drive, path);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        /// <inheritdoc/>
        /// <remarks>File.Move, which refuses an existing destination.</remarks>
        public void Move(string sourcePath, string destinationPath)
        {
            File.Move(DrivePath.Map(_drive, sourcePath), DrivePath.Map(_drive, destinationPath));
        }
    }
}
