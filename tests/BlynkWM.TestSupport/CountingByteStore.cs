using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Commits that reached the medium (a commit changing nothing writes nothing to flash, and is not counted).</summary>
    public sealed class CountingByteStore : IByteStore
    {
        private readonly PowerCutByteStore _inner;
        private readonly byte[] _medium;

        public CountingByteStore(byte[] medium, PowerBudget budget)
        {
            _medium = medium;
            _inner = new PowerCutByteStore(medium, budget);
        }

        public int Writes { get; private set; }

        public int Size => _inner.Size;

        public void Read(int address, byte[] buffer, int offset, int count) => _inner.Read(address, buffer, offset, count);

        public void Write(int address, byte[] buffer, int offset, int count) => _inner.Write(address, buffer, offset, count);

        public void Reload() => _inner.Reload();

        public void Commit()
        {
            byte[] before = (byte[])_medium.Clone();
            try
            {
                _inner.Commit();
            }
            finally
            {
                if (!before.SequenceEqual(_medium))
                {
                    Writes++;
                }
            }
        }
    }
}
