using System;
using System.IO;
using BlynkWM.Storage;

namespace BlynkWM.Host.Storage
{
    /// <summary>
    /// The file-system port on the host: device paths ("/blynkwm/config.bin") map into a root directory. Move refuses an
    /// existing destination, as nanoFramework's File.Move does, so the stores are tested against the device's semantics
    /// rather than Linux's atomic rename-over. It honours the <see cref="IFileStore"/> contract as far as a process can:
    /// reads go to the file system, a write returns after flushing the file to disk (a failed one leaves a prefix), delete
    /// is one unlink and move one rename. Whether a new directory entry survives the host itself losing power is the
    /// operating system's business (the simulated device's power cuts are reboots of the process, never of the host).
    /// </summary>
    public sealed class DirectoryFileStore : IFileStore
    {
        private readonly string _root;

        /// <summary>A store whose device paths map to files under <paramref name="root"/> (created when missing).</summary>
        public DirectoryFileStore(string root)
        {
            _root = Path.GetFullPath(root);
            Directory.CreateDirectory(_root);
        }

        /// <inheritdoc/>
        public bool Exists(string path) => File.Exists(Map(path));

        /// <inheritdoc/>
        public int Read(string path, byte[] buffer, int offset, int count)
        {
            string file = Map(path);
            if (!File.Exists(file))
            {
                return -1;
            }

            using FileStream stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            int total = 0;
            while (total < count)
            {
                int n = stream.Read(buffer, offset + total, count - total);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }

            return total;
        }

        /// <inheritdoc/>
        public void Write(string path, byte[] buffer, int offset, int count)
        {
            string file = Map(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using FileStream stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(buffer, offset, count);
            stream.Flush(flushToDisk: true);
        }

        /// <inheritdoc/>
        public void Delete(string path)
        {
            string file = Map(path);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        /// <inheritdoc/>
        public void Move(string sourcePath, string destinationPath)
        {
            string source = Map(sourcePath);
            string destination = Map(destinationPath);
            if (File.Exists(destination))
            {
                throw new IOException("The destination exists: " + destinationPath);
            }

            // The destination was just checked absent (a missing source throws FileNotFoundException). overwrite: true is one rename(2), atomic; overwrite: false may be
            // carried out as a link and an unlink, which a crash can leave half-done with the file under both names.
            File.Move(source, destination, overwrite: true);
        }

        /// <summary>Maps a device path under the root, refusing anything that would escape it.</summary>
        private string Map(string devicePath)
        {
            if (string.IsNullOrEmpty(devicePath) || devicePath[0] != '/')
            {
                throw new ArgumentException("Device paths are absolute.", nameof(devicePath));
            }

            string full = Path.GetFullPath(Path.Combine(_root, devicePath.TrimStart('/')));
            if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException("The path escapes the store's root.", nameof(devicePath));
            }

            return full;
        }
    }
}
