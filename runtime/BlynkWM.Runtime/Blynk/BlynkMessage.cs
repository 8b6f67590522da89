using BlynkWM.Storage;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// Several values of mixed types for one virtual pin, sent as one message:
    /// <c>client.BeginVirtualWrite(3).Add(21.5).Add("°C").Add(1).Send()</c>. The client owns one builder and hands out
    /// the same object each time (no allocation); build and send one message at a time, from one thread.
    /// </summary>
    public sealed class BlynkMessage
    {
        private readonly BlynkClient _client;
        private readonly byte[] _body;
        private int _length;
        private bool _overflow;

        internal BlynkMessage(BlynkClient client, int capacity)
        {
            _client = client;
            _body = new byte[capacity];
        }

        internal byte[] Body
        {
            get { return _body; }
        }

        internal int Length
        {
            get { return _length; }
        }

        internal void Begin(int pin)
        {
            _length = 0;
            _overflow = false;
            Raw((byte)'v');
            Raw((byte)'w');
            Raw(0);
            if (_length + BlynkNumber.MaxInt64Bytes <= _body.Length)
            {
                _length = BlynkNumber.FormatInt64(pin, _body, _length);
            }
            else
            {
                _overflow = true;
            }
        }

        public BlynkMessage Add(int value)
        {
            return Add((long)value);
        }

        public BlynkMessage Add(long value)
        {
            if (Separator() && _length + BlynkNumber.MaxInt64Bytes <= _body.Length)
            {
                _length = BlynkNumber.FormatInt64(value, _body, _length);
            }
            else
            {
                _overflow = true;
            }

            return this;
        }

        public BlynkMessage Add(double value)
        {
            if (Separator() && _length + BlynkNumber.MaxDoubleBytes <= _body.Length)
            {
                _length = BlynkNumber.FormatDouble(value, _body, _length);
            }
            else
            {
                _overflow = true;
            }

            return this;
        }

        public BlynkMessage Add(string value)
        {
            if (!Separator())
            {
                _overflow = true;
                return this;
            }

            if (value == null || value.Length == 0)
            {
                return this;
            }

            int end = Utf8.TryEncode(value, _body, _length, _body.Length - _length);
            if (end < 0)
            {
                _overflow = true;
            }
            else
            {
                _length = end;
            }

            return this;
        }

        /// <summary>
        /// Queues the message: true when queued, false when the client is not running, the send buffer is full, or the
        /// values outgrew <see cref="BlynkClientOptions.SendBufferBytes"/>.
        /// </summary>
        public bool Send()
        {
            if (_overflow)
            {
                _client.CountDropped();
                return false;
            }

            return _client.SendBody(BlynkCommand.Hardware, _body, _length);
        }

        private bool Separator()
        {
            if (_overflow || _length >= _body.Length)
            {
                return false;
            }

            _body[_length++] = 0;
            return true;
        }

        private void Raw(byte b)
        {
            if (_length < _body.Length)
            {
                _body[_length++] = b;
            }
            else
            {
                _overflow = true;
            }
        }
    }
}
