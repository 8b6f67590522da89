using System;
using BlynkWM.Ports;
using BlynkWM.Storage;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// Builds outgoing frames in one send buffer allocated once, and hands them to the stream. A frame is built with
    /// <see cref="Begin"/>, any number of Add calls (fields, separated by NUL) and <see cref="End"/>; if any field does
    /// not fit, End discards the whole frame and returns false, so a frame is queued whole or not at all.
    /// </summary>
    public sealed class BlynkFrameWriter
    {
        private readonly byte[] _buffer;
        private readonly byte[] _number = new byte[BlynkNumber.MaxDoubleBytes];
        private int _start;      // first byte not yet sent
        private int _end;        // end of complete frames
        private int _frameStart = -1;
        private int _position;   // end of the frame being built
        private int _fields;
        private bool _overflow;

        /// <summary>Allocates the send buffer of <paramref name="capacity"/> bytes; a frame longer than that is never queued.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 21 bytes (a header and 16 bytes of body).</exception>
        public BlynkFrameWriter(int capacity)
        {
            if (capacity < BlynkCommand.HeaderLength + 16)
            {
                throw new ArgumentOutOfRangeException("capacity", "a send buffer needs at least 21 bytes");
            }

            _buffer = new byte[capacity];
        }

        /// <summary>Bytes queued and not yet accepted by the stream.</summary>
        public int Pending
        {
            get { return _end - _start; }
        }

        /// <summary>Starts a frame. A frame already begun and not ended is discarded.</summary>
        public void Begin(byte command, int messageId)
        {
            _frameStart = -1;
            _overflow = false;
            _fields = 0;
            if (_start == _end)
            {
                _start = 0;
                _end = 0;
            }

            _position = _end;
            if (!Ensure(BlynkCommand.HeaderLength))
            {
                _overflow = true;
                return;
            }

            _frameStart = _position;
            _buffer[_position] = command;
            _buffer[_position + 1] = (byte)(messageId >> 8);
            _buffer[_position + 2] = (byte)messageId;
            _position += BlynkCommand.HeaderLength;
        }

        /// <summary>Adds the decimal digits of <paramref name="value"/> as a field (leading '-' when negative).</summary>
        public void AddInt(long value)
        {
            int length = BlynkNumber.FormatInt64(value, _number, 0);
            AddBytes(_number, 0, length);
        }

        /// <summary>Adds <paramref name="value"/> as a field with up to 7 decimals, trailing zeros dropped.</summary>
        public void AddDouble(double value)
        {
            int length = BlynkNumber.FormatDouble(value, _number, 0);
            AddBytes(_number, 0, length);
        }

        /// <summary>Adds the UTF-8 of <paramref name="value"/> (null is an empty field).</summary>
        public void AddText(string value)
        {
            if (!Separator())
            {
                return;
            }

            if (value == null || value.Length == 0)
            {
                return;
            }

            int end = Utf8.TryEncode(value, _buffer, _position, _buffer.Length - _position);
            if (end < 0 && _start > 0)
            {
                Compact();
                end = Utf8.TryEncode(value, _buffer, _position, _buffer.Length - _position);
            }

            if (end < 0)
            {
                _overflow = true;
                return;
            }

            _position = end;
        }

        /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/> as a field, as they are (no check for NUL).</summary>
        public void AddBytes(byte[] data, int offset, int count)
        {
            if (!Separator())
            {
                return;
            }

            if (!Ensure(count))
            {
                _overflow = true;
                return;
            }

            Array.Copy(data, offset, _buffer, _position, count);
            _position += count;
        }

        /// <summary>Completes the frame: true when it is queued whole, false when it did not fit (nothing is queued).</summary>
        public bool End()
        {
            if (_frameStart < 0 || _overflow)
            {
                _frameStart = -1;
                return false;
            }

            int body = _position - _frameStart - BlynkCommand.HeaderLength;
            if (body > BlynkCommand.MaxBodyLength)
            {
                _frameStart = -1;
                return false;
            }

            _buffer[_frameStart + 3] = (byte)(body >> 8);
            _buffer[_frameStart + 4] = (byte)body;
            _end = _position;
            _frameStart = -1;
            return true;
        }

        /// <summary>Queues a <see cref="BlynkCommand.Response"/> with <paramref name="status"/>; false when it does not fit.</summary>
        public bool Response(int messageId, int status)
        {
            Begin(BlynkCommand.Response, messageId);
            if (_frameStart < 0)
            {
                return false;
            }

            _buffer[_frameStart + 3] = (byte)(status >> 8);
            _buffer[_frameStart + 4] = (byte)status;
            _end = _position;
            _frameStart = -1;
            return true;
        }

        /// <summary>
        /// Hands queued bytes to the stream, at most <paramref name="chunk"/> per Send, until it takes no more. Returns the
        /// bytes sent, or -1 when the stream failed.
        /// </summary>
        public int Flush(IOutgoingStream stream, int chunk)
        {
            int sent = 0;
            while (_end > _start)
            {
                int count = _end - _start;
                if (count > chunk)
                {
                    count = chunk;
                }

                int n = stream.Send(_buffer, _start, count);
                if (n < 0)
                {
                    return -1;
                }

                if (n == 0)
                {
                    break;
                }

                _start += n;
                sent += n;
            }

            if (_start == _end && _frameStart < 0)
            {
                _start = 0;
                _end = 0;
            }

            return sent;
        }

        /// <summary>Drops everything queued: for a new connection.</summary>
        public void Clear()
        {
            _start = 0;
            _end = 0;
            _frameStart = -1;
            _overflow = false;
        }

        private bool Separator()
        {
            if (_frameStart < 0 || _overflow)
            {
                return false;
            }

            if (_fields++ == 0)
            {
                return true;
            }

            if (!Ensure(1))
            {
                _overflow = true;
                return false;
            }

            _buffer[_position++] = 0;
            return true;
        }

        private bool Ensure(int count)
        {
            if (_position + count <= _buffer.Length)
            {
                return true;
            }

            if (_start == 0)
            {
                return false;
            }

            Compact();
            return _position + count <= _buffer.Length;
        }

        /// <summary>Moves the unsent bytes and the frame being built to the front of the buffer.</summary>
        private void Compact()
        {
            int shift = _start;
            Array.Copy(_buffer, _start, _buffer, 0, _position - _start);
            _start = 0;
            _end -= shift;
            _position -= shift;
            if (_frameStart >= 0)
            {
                _frameStart -= shift;
            }
        }
    }
}
