using System;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// Cuts received bytes into Blynk frames, in one buffer of <c>HeaderLength + maxBodyLength</c> bytes allocated once.
    /// The caller receives straight into <see cref="Buffer"/> at <see cref="FreeOffset"/> (at most <see cref="FreeCount"/>
    /// bytes), reports the count with <see cref="Commit"/>, and calls <see cref="Next"/> until it says
    /// <see cref="BlynkFrameStatus.NeedMore"/>. A frame's body is <c>Buffer[BodyOffset .. BodyOffset + BodyLength)</c>
    /// until the next call of Next or Commit. Once it reports Malformed or Oversized it keeps doing so until
    /// <see cref="Reset"/>: what follows a bad header cannot be framed.
    /// </summary>
    public sealed class BlynkFrameReader
    {
        private readonly byte[] _buffer;
        private readonly int _maxBody;
        private int _start;
        private int _end;
        private BlynkFrameStatus _error;

        /// <summary>Allocates the buffer: <see cref="BlynkCommand.HeaderLength"/> + <paramref name="maxBodyLength"/> bytes.</summary>
        /// <param name="maxBodyLength">Longest body accepted, in bytes.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBodyLength"/> is outside 1 to <see cref="BlynkCommand.MaxBodyLength"/>.</exception>
        public BlynkFrameReader(int maxBodyLength)
        {
            if (maxBodyLength < 1 || maxBodyLength > BlynkCommand.MaxBodyLength)
            {
                throw new ArgumentOutOfRangeException("maxBodyLength", "a body limit is 1 to 65535 bytes");
            }

            _maxBody = maxBodyLength;
            _buffer = new byte[BlynkCommand.HeaderLength + maxBodyLength];
        }

        /// <summary>Longest body accepted; a longer one is <see cref="BlynkFrameStatus.Oversized"/>.</summary>
        public int MaxBodyLength
        {
            get { return _maxBody; }
        }

        /// <summary>The receive buffer (the same array for the reader's life): write at <see cref="FreeOffset"/>, read bodies at <see cref="BodyOffset"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Where received bytes go. Never 0 bytes of room while <see cref="Next"/> says NeedMore.</summary>
        public int FreeOffset
        {
            get { return _end; }
        }

        /// <summary>Bytes that may be written at <see cref="FreeOffset"/> now.</summary>
        public int FreeCount
        {
            get { return _buffer.Length - _end; }
        }

        /// <summary>Bytes received but not yet returned as frames.</summary>
        public int Buffered
        {
            get { return _end - _start; }
        }

        /// <summary>The last frame's command (<see cref="BlynkCommand"/>).</summary>
        public byte Command { get; private set; }

        /// <summary>The last frame's message id (0 to 65535); a reply carries the id of the message it answers.</summary>
        public int MessageId { get; private set; }

        /// <summary>The last frame's status code when it is a <see cref="BlynkCommand.Response"/>; 0 otherwise.</summary>
        public int Status { get; private set; }

        /// <summary>Where the last frame's body starts in <see cref="Buffer"/>.</summary>
        public int BodyOffset { get; private set; }

        /// <summary>The last frame's body length in bytes; 0 for a <see cref="BlynkCommand.Response"/>.</summary>
        public int BodyLength { get; private set; }

        /// <summary>Records that <paramref name="count"/> bytes were written at <see cref="FreeOffset"/>.</summary>
        public void Commit(int count)
        {
            if (count < 0 || count > FreeCount)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _end += count;
        }

        /// <summary>Copies as many of the bytes as fit into the free space; returns how many. For tests and fuzzing.</summary>
        public int Push(byte[] data, int offset, int count)
        {
            int n = count < FreeCount ? count : FreeCount;
            Array.Copy(data, offset, _buffer, _end, n);
            _end += n;
            return n;
        }

        /// <summary>
        /// Cuts the next frame from the buffered bytes: Frame (read <see cref="Command"/>, <see cref="MessageId"/> and the body),
        /// NeedMore (no whole frame is buffered; receive more), or Malformed / Oversized, which stick until <see cref="Reset"/>.
        /// </summary>
        public BlynkFrameStatus Next()
        {
            if (_error != BlynkFrameStatus.NeedMore)
            {
                return _error;
            }

            int available = _end - _start;
            if (available >= BlynkCommand.HeaderLength)
            {
                byte[] b = _buffer;
                int command = b[_start];
                int id = (b[_start + 1] << 8) | b[_start + 2];
                int length = (b[_start + 3] << 8) | b[_start + 4];
                if (id == 0)
                {
                    _error = BlynkFrameStatus.Malformed;
                    return _error;
                }

                if (command == BlynkCommand.Response)
                {
                    Publish(command, id, length, _start + BlynkCommand.HeaderLength, 0);
                    _start += BlynkCommand.HeaderLength;
                    return BlynkFrameStatus.Frame;
                }

                if (length > _maxBody)
                {
                    _error = BlynkFrameStatus.Oversized;
                    BodyLength = length;
                    return _error;
                }

                if (available >= BlynkCommand.HeaderLength + length)
                {
                    Publish(command, id, 0, _start + BlynkCommand.HeaderLength, length);
                    _start += BlynkCommand.HeaderLength + length;
                    return BlynkFrameStatus.Frame;
                }
            }

            Compact();
            return BlynkFrameStatus.NeedMore;
        }

        /// <summary>Forgets everything buffered and any error: for a new connection.</summary>
        public void Reset()
        {
            _start = 0;
            _end = 0;
            _error = BlynkFrameStatus.NeedMore;
            Publish(0, 0, 0, 0, 0);
        }

        private void Publish(int command, int id, int status, int bodyOffset, int bodyLength)
        {
            Command = (byte)command;
            MessageId = id;
            Status = status;
            BodyOffset = bodyOffset;
            BodyLength = bodyLength;
        }

        private void Compact()
        {
            if (_start == 0)
            {
                return;
            }

            int pending = _end - _start;
            if (pending > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, pending);
            }

            _start = 0;
            _end = pending;
        }
    }
}
