using System;
using System.IO;
using BlynkWM.Storage;

namespace BlynkWM.Host.Storage
{
    /// <summary>
    /// The file-system port on the host: device paths ("/blynkwm/config.bin") map into a root directory.
    /// Move refuses an existing destination, as nanoFramework's File.Move does, so the stores are tested
    /// against the device's semantics rather than Linux's atomic rename-over.
    /// </summary>
    public sealed class DirectoryFileStore : IFileStore
    {
        private readonly string _root;

        public DirectoryFileStore(string root)
        {
            _root = Path.GetFullPath(root);
            Directory.CreateDirectory(_root);
        }

        public bool Exists(string path) => File.Exists(Map(path));

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

        public void Write(string path, byte[] buffer, int offset, int count)
        {
            string file = Map(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using FileStream stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(buffer, offset, count);
            stream.Flush(flushToDisk: true);
        }

        public void Delete(string path)
        {
            string file = Map(path);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        public void Move(string sourcePath, string destinationPath)
        {
            string source = Map(sourcePath);
            string destination = Map(destinationPath);
            if (File.Exists(destination))
            {
                throw new IOException("The destination exists: " + destinationPath);
            }

            File.Move(source, destination, overwrite: false);
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
