using System;
using System.IO;
using System.Linq;
using BlynkWM.Host.Storage;
using BlynkWM.Samples;
using BlynkWM.Storage;
using Xunit;

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
