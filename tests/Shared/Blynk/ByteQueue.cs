#nullable disable
using System;

namespace BlynkWM.Testing
{
    /// <summary>
    /// Bytes in flight one way through an in-memory connection. Grows when needed and compacts when drained, so a
    /// steady exchange allocates nothing. Device-safe (runs in the nanoCLR lane too).
    /// </summary>
    public sealed class ByteQueue
    {
        private byte[] _data = new byte[4096];
        private int _start;
        private int _end;

        public int Count
        {
            get { return _end - _start; }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = 0;
            }

            if (_end + count > _data.Length)
            {
                int pending = _end - _start;
                if (pending + count > _data.Length)
                {
                    int size = _data.Length * 2;
                    while (size < pending + count)
                    {
                        size *= 2;
                    }

                    byte[] grown = new byte[size];
                    Array.Copy(_data, _start, grown, 0, pending);
                    _data = grown;
                }
                else
                {
                    Array.Copy(_data, _start, _data, 0, pending);
                }

                _start = 0;
                _end = pending;
            }

            Array.Copy(buffer, offset, _data, _end, count);
            _end += count;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = _end - _start;
            if (n > count)
            {
                n = count;
            }

            Array.Copy(_data, _start, buffer, offset, n);
            _start += n;
            return n;
        }

        public void Clear()
        {
            _start = 0;
            _end = 0;
        }
    }
}
