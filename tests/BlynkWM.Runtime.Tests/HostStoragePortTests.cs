using System;
using System.Linq;
using BlynkWM.Host.Storage;

namespace BlynkWM.Runtime.Tests
{
    /// <summary>The host ports honour the <see cref="IByteStore"/> and <see cref="IFileStore"/> contracts, failures included.</summary>
    public class HostStoragePortTests
    {
        private const int Capacity = DeviceConfig.StorageLayout.StoreCapacity;

        [Fact]
        public void A_failed_image_commit_keeps_its_bytes_pending_so_the_next_commit_persists_them()
        {
            var file = new MemoryStream();
            var faulty = new FaultyStream(file);
            var eeprom = new ImageFileByteStore(faulty, Capacity);
            eeprom.Write(100, new byte[] { 1, 2, 3 }, 0, 3);

            faulty.FailWritesAfter(0);
            Assert.Throws<IOException>(() => eeprom.Commit());
            faulty.Heal();
            eeprom.Commit();

            Assert.Equal(new byte[] { 1, 2, 3 }, file.ToArray().Skip(100).Take(3));
        }

        [Fact]
        public void After_a_failed_image_commit_every_later_save_is_what_a_reboot_loads()
        {
            var file = new MemoryStream();
            var faulty = new FaultyStream(file);
            IConfigStore store = DeviceConfig.CreateStore(new ImageFileByteStore(faulty, Capacity));
            store.Save(new DeviceConfig { BoardName = "one" });
            faulty.FailWritesAfter(0);
            Assert.Throws<IOException>(() => store.Save(new DeviceConfig { BoardName = "two" }));
            faulty.Heal();

            foreach (string name in new[] { "three", "four" })
            {
                store.Save(new DeviceConfig { BoardName = name });
                var loaded = new DeviceConfig();
                IConfigStore rebooted = DeviceConfig.CreateStore(new ImageFileByteStore(new MemoryStream(file.ToArray()), Capacity));
                Assert.Equal(ConfigReadStatus.Ok, rebooted.Load(loaded));
                Assert.Equal(name, loaded.BoardName);
            }
        }

        [Fact]
        public void A_reload_after_a_commit_that_failed_part_way_shows_what_reached_the_file()
        {
            var file = new MemoryStream();
            var faulty = new FaultyStream(file);
            var eeprom = new ImageFileByteStore(faulty, Capacity);
            eeprom.Write(10, new byte[] { 1, 2 }, 0, 2);
            eeprom.Write(20, new byte[] { 3, 4 }, 0, 2);

            // The first run reaches the file, the second fails after one byte.
            faulty.FailWritesAfter(3);
            Assert.Throws<IOException>(() => eeprom.Commit());
            faulty.Heal();
            eeprom.Reload();

            byte[] image = new byte[Capacity];
            eeprom.Read(0, image, 0, Capacity);
            Assert.Equal(file.ToArray(), image);
            Assert.Equal(new byte[] { 1, 2 }, image.Skip(10).Take(2));
            Assert.Equal(new byte[] { 3, 0xFF }, image.Skip(20).Take(2));

            // Nothing is pending any more: a commit writes nothing.
            faulty.FailWritesAfter(0);
            eeprom.Commit();
        }

        [Fact]
        public void A_new_image_is_erased_and_a_short_one_is_extended_erased()
        {
            var file = new MemoryStream();
            file.Write(new byte[] { 1, 2, 3 });
            var eeprom = new ImageFileByteStore(file, 8);
            byte[] image = new byte[8];
            eeprom.Read(0, image, 0, 8);
            Assert.Equal(new byte[] { 1, 2, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, image);
            Assert.Equal(image, file.ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => eeprom.Read(5, image, 0, 4));
            Assert.Throws<ArgumentOutOfRangeException>(() => eeprom.Write(-1, image, 0, 1));
        }

        [Fact]
        public void The_directory_store_refuses_to_move_a_missing_file()
        {
            string root = Path.Combine(Path.GetTempPath(), "blynkwm-tests-" + Guid.NewGuid().ToString("N"));
            try
            {
                var files = new DirectoryFileStore(root);
                Assert.ThrowsAny<IOException>(() => files.Move("/missing", "/elsewhere"));
                Assert.False(files.Exists("/elsewhere"));
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        /// <summary>A stream over another whose writes can be made to fail after a number of bytes, like a flash error mid-commit.</summary>
        private sealed class FaultyStream : Stream
        {
            private readonly Stream _inner;
            private long _writable = long.MaxValue;

            public FaultyStream(Stream inner) => _inner = inner;

            public override bool CanRead => true;
            public override bool CanSeek => true;
            public override bool CanWrite => true;
            public override long Length => _inner.Length;

            public override long Position
            {
                get => _inner.Position;
                set => _inner.Position = value;
            }

            /// <summary>Lets <paramref name="bytes"/> more bytes through, then fails every write (after writing what fits).</summary>
            public void FailWritesAfter(long bytes) => _writable = bytes;

            public void Heal() => _writable = long.MaxValue;

            public override void Write(byte[] buffer, int offset, int count)
            {
                int allowed = (int)Math.Min(count, _writable);
                _inner.Write(buffer, offset, allowed);
                _writable -= allowed;
                if (allowed < count)
                {
                    throw new IOException("Simulated write error.");
                }
            }

            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

            public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

            public override void SetLength(long value) => _inner.SetLength(value);

            public override void Flush() => _inner.Flush();
        }
    }
}
