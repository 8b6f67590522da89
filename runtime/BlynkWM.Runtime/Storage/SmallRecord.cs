namespace BlynkWM.Storage
{
    /// <summary>
    /// A 32-bit value stored on its own (reset detector count, forced-portal flag), so that flipping it never
    /// rewrites the config. Eight bytes: the value and its inverted CRC-32 (inverted because the CRC-32 of
    /// erased flash, FF FF FF FF, is itself FF FF FF FF); a torn, erased or missing record reads as absent. A power cut
    /// or an error during <see cref="Write"/> or <see cref="Clear"/> leaves the old value, the new one, or absent.
    /// </summary>
    public interface ISmallRecord
    {
        /// <summary>The stored value; false when the record is absent, erased or torn.</summary>
        bool TryRead(out uint value);

        /// <summary>Stores <paramref name="value"/> durably.</summary>
        void Write(uint value);

        /// <summary>Makes the record absent.</summary>
        void Clear();
    }

    /// <summary>Shared encoding of <see cref="ISmallRecord"/> implementations.</summary>
    public static class SmallRecordFormat
    {
        /// <summary>Bytes of a record: the value and its inverted CRC-32.</summary>
        public const int Size = RecordFormat.SmallRecordSize;

        /// <summary>Writes <paramref name="value"/> and its check into the first <see cref="Size"/> bytes of <paramref name="buffer"/>.</summary>
        public static void Encode(uint value, byte[] buffer)
        {
            LittleEndian.WriteUInt32(buffer, 0, value);
            LittleEndian.WriteUInt32(buffer, 4, ~Crc32.Compute(buffer, 0, 4));
        }

        /// <summary>The value in <paramref name="buffer"/>; false when fewer than <see cref="Size"/> bytes were read or the check fails.</summary>
        public static bool TryDecode(byte[] buffer, int count, out uint value)
        {
            value = 0;
            if (count < Size || ~Crc32.Compute(buffer, 0, 4) != LittleEndian.ReadUInt32(buffer, 4))
            {
                return false;
            }

            value = LittleEndian.ReadUInt32(buffer, 0);
            return true;
        }
    }

    /// <summary>
    /// An <see cref="ISmallRecord"/> at a fixed address of an EEPROM-like store. Every change is committed at once;
    /// after a failed one the image is reloaded, so a read returns what a reboot would find.
    /// </summary>
    public sealed class EepromSmallRecord : ISmallRecord
    {
        private readonly IByteStore _store;
        private readonly ImageKeeper _image;
        private readonly int _address;
        private readonly byte[] _buffer = new byte[SmallRecordFormat.Size];

        /// <summary>A record at <paramref name="address"/> of <paramref name="store"/>; throws when it does not fit inside.</summary>
        public EepromSmallRecord(IByteStore store, int address)
        {
            if (address < 0 || address + SmallRecordFormat.Size > store.Size)
            {
                throw new System.ArgumentException("The record must lie inside the store.", "address");
            }

            _store = store;
            _image = new ImageKeeper(store);
            _address = address;
        }

        /// <inheritdoc/>
        public bool TryRead(out uint value)
        {
            _image.Refresh();
            _store.Read(_address, _buffer, 0, SmallRecordFormat.Size);
            return SmallRecordFormat.TryDecode(_buffer, SmallRecordFormat.Size, out value);
        }

        /// <inheritdoc/>
        public void Write(uint value)
        {
            SmallRecordFormat.Encode(value, _buffer);
            Store();
        }

        /// <inheritdoc/>
        public void Clear()
        {
            for (int i = 0; i < _buffer.Length; i++)
            {
                _buffer[i] = 0xFF;
            }

            Store();
        }

        private void Store()
        {
            try
            {
                _store.Write(_address, _buffer, 0, SmallRecordFormat.Size);
                _store.Commit();
            }
            catch
            {
                _image.Discard();
                throw;
            }
        }
    }

    /// <summary>An <see cref="ISmallRecord"/> in a file of its own.</summary>
    public sealed class FileSmallRecord : ISmallRecord
    {
        private readonly IFileStore _files;
        private readonly string _path;
        private readonly byte[] _buffer = new byte[SmallRecordFormat.Size];

        /// <summary>A record in the file at <paramref name="path"/>.</summary>
        public FileSmallRecord(IFileStore files, string path)
        {
            _files = files;
            _path = path;
        }

        /// <inheritdoc/>
        public bool TryRead(out uint value)
        {
            int count = _files.Read(_path, _buffer, 0, SmallRecordFormat.Size);
            return SmallRecordFormat.TryDecode(_buffer, count, out value);
        }

        /// <inheritdoc/>
        public void Write(uint value)
        {
            SmallRecordFormat.Encode(value, _buffer);
            _files.Write(_path, _buffer, 0, SmallRecordFormat.Size);
        }

        /// <inheritdoc/>
        public void Clear()
        {
            _files.Delete(_path);
        }
    }
}
