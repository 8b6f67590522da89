using System;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// The application's handlers per virtual pin, and the one <see cref="BlynkValue"/> they all receive. A handler that
    /// throws is counted and the client carries on.
    /// </summary>
    internal sealed class BlynkPinHandlers
    {
        private readonly BlynkWriteHandler[] _write;
        private readonly BlynkReadHandler[] _read;
        private readonly BlynkValue _value = new BlynkValue();
        private readonly BlynkCounters _counters;

        public BlynkPinHandlers(int pinCount, BlynkCounters counters)
        {
            if (pinCount < 1 || pinCount > 65536)
            {
                throw new ArgumentOutOfRangeException("pinCount", "virtual pins number 1 to 65536");
            }

            _write = new BlynkWriteHandler[pinCount];
            _read = new BlynkReadHandler[pinCount];
            _counters = counters;
        }

        /// <summary>For writes to pins without their own handler (BLYNK_WRITE_DEFAULT).</summary>
        public BlynkWriteHandler AnyWrite;

        /// <summary>For read requests on pins without their own handler (BLYNK_READ_DEFAULT).</summary>
        public BlynkReadHandler AnyRead;

        public void SetWrite(int pin, BlynkWriteHandler handler)
        {
            CheckPin(pin);
            _write[pin] = handler;
        }

        public void SetRead(int pin, BlynkReadHandler handler)
        {
            CheckPin(pin);
            _read[pin] = handler;
        }

        public bool IsPin(int pin)
        {
            return pin >= 0 && pin < _write.Length;
        }

        public void Write(int pin, byte[] buffer, int offset, int count)
        {
            BlynkWriteHandler handler = _write[pin] != null ? _write[pin] : AnyWrite;
            if (handler == null)
            {
                return;
            }

            _value.Set(buffer, offset, count);
            try
            {
                handler(pin, _value);
            }
            catch (Exception)
            {
                _counters.HandlerFailures++;
            }
        }

        public void Read(int pin)
        {
            BlynkReadHandler handler = _read[pin] != null ? _read[pin] : AnyRead;
            if (handler == null)
            {
                return;
            }

            try
            {
                handler(pin);
            }
            catch (Exception)
            {
                _counters.HandlerFailures++;
            }
        }

        private void CheckPin(int pin)
        {
            if (pin < 0 || pin >= _write.Length)
            {
                throw new ArgumentOutOfRangeException("pin", "virtual pins are V0 to V" + (_write.Length - 1).ToString() + "; got V" + pin.ToString() + " (raise BlynkClientOptions.VirtualPinCount)");
            }
        }
    }
}
