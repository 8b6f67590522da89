using System;

namespace BlynkWM.Blynk
{
    /// <summary>The pin API: writes, sync, properties, events and handlers.</summary>
    public sealed partial class BlynkClient
    {
        private const int WriteInt = 1;
        private const int WriteDouble = 2;
        private const int WriteText = 3;
        private const int WriteTexts = 4;
        private const int WriteInts = 5;
        private const int WriteDoubles = 6;
        private const int SyncPin = 7;
        private const int SyncPins = 8;
        private const int SyncEverything = 9;
        private const int PropertyText = 10;
        private const int PropertyNumber = 11;
        private const int PropertyInteger = 12;
        private const int Event = 13;
        private const int RawBody = 14;

        private readonly byte[] _vw = new byte[] { (byte)'v', (byte)'w' };
        private readonly byte[] _vr = new byte[] { (byte)'v', (byte)'r' };

        // The message being sent, kept in fields so that a send finding the buffer full can flush and compose it again.
        private int _pin;
        private long _integer;
        private double _number;
        private string _text;
        private string _text2;
        private string[] _texts;
        private int[] _integers;
        private double[] _numbers;
        private byte[] _body;
        private int _bodyLength;
        private byte _bodyCommand;

        /// <summary>Calls <paramref name="handler"/> when the server writes pin V<paramref name="pin"/> (BLYNK_WRITE); null removes it.</summary>
        public void OnWrite(int pin, BlynkWriteHandler handler)
        {
            lock (_gate)
            {
                _pins.SetWrite(pin, handler);
            }
        }

        /// <summary>Calls <paramref name="handler"/> when the server asks for pin V<paramref name="pin"/>'s value (BLYNK_READ).</summary>
        public void OnRead(int pin, BlynkReadHandler handler)
        {
            lock (_gate)
            {
                _pins.SetRead(pin, handler);
            }
        }

        /// <summary>For writes to pins without their own handler (BLYNK_WRITE_DEFAULT).</summary>
        public void OnAnyWrite(BlynkWriteHandler handler)
        {
            lock (_gate)
            {
                _pins.AnyWrite = handler;
            }
        }

        /// <summary>For read requests on pins without their own handler (BLYNK_READ_DEFAULT).</summary>
        public void OnAnyRead(BlynkReadHandler handler)
        {
            lock (_gate)
            {
                _pins.AnyRead = handler;
            }
        }

        /// <summary>
        /// Queues a write of <paramref name="value"/> to pin V<paramref name="pin"/>; it leaves on the next Step. False (and
        /// counted in <see cref="BlynkCounters.DroppedSends"/>) when not logged in or the send buffer is full. Allocates nothing.
        /// </summary>
        public bool VirtualWrite(int pin, int value)
        {
            return VirtualWrite(pin, (long)value);
        }

        /// <summary>Queues a write of the decimal digits of <paramref name="value"/> to pin V<paramref name="pin"/>; false (counted in <see cref="BlynkCounters.DroppedSends"/>) when not logged in or the send buffer is full. Allocates nothing.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, long value)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _integer = value;
                return Send(WriteInt);
            }
        }

        /// <summary>Writes a number with up to 7 decimals (trailing zeros dropped). Allocates nothing.</summary>
        public bool VirtualWrite(int pin, double value)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _number = value;
                return Send(WriteDouble);
            }
        }

        /// <summary>Writes text (UTF-8; null is empty).</summary>
        public bool VirtualWrite(int pin, string value)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _text = value;
                return Send(WriteText);
            }
        }

        /// <summary>Writes several values as one message (a widget with several inputs, a table row).</summary>
        public bool VirtualWrite(int pin, string[] values)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _texts = values;
                return Send(WriteTexts);
            }
        }

        /// <summary>Writes several integers as one message (one field each); null or empty writes an empty message. False as for a single value.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, int[] values)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _integers = values;
                return Send(WriteInts);
            }
        }

        /// <summary>Writes several numbers (up to 7 decimals each) as one message; null or empty writes an empty message. False as for a single value.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, double[] values)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                _numbers = values;
                return Send(WriteDoubles);
            }
        }

        /// <summary>Several values of mixed types: <c>BeginVirtualWrite(3).Add(1).Add(2.5).Add("x").Send()</c>. Allocates nothing.</summary>
        public BlynkMessage BeginVirtualWrite(int pin)
        {
            _message.Begin(CheckPin(pin));
            return _message;
        }

        /// <summary>Asks the server to send pin V<paramref name="pin"/>'s stored value back (the write handler gets it).</summary>
        public bool SyncVirtual(int pin)
        {
            lock (_gate)
            {
                _pin = CheckPin(pin);
                return Send(SyncPin);
            }
        }

        /// <summary>Asks the server to send several pins' stored values back.</summary>
        public bool SyncVirtual(int[] pins)
        {
            lock (_gate)
            {
                if (pins == null || pins.Length == 0)
                {
                    throw new ArgumentException("name at least one pin to sync", "pins");
                }

                for (int i = 0; i < pins.Length; i++)
                {
                    CheckPin(pins[i]);
                }

                _integers = pins;
                return Send(SyncPins);
            }
        }

        /// <summary>Asks the server to send every stored pin value back.</summary>
        public bool SyncAll()
        {
            lock (_gate)
            {
                return Send(SyncEverything);
            }
        }

        /// <summary>Sets a widget property of pin V<paramref name="pin"/>: "label", "color" ("#D3435C"), "min", "max", "onLabel"...</summary>
        public bool SetProperty(int pin, string property, string value)
        {
            lock (_gate)
            {
                TargetProperty(pin, property);
                _text2 = value;
                return Send(PropertyText);
            }
        }

        /// <summary>Sets a numeric widget property of pin V<paramref name="pin"/> (e.g. "min", "max"), up to 7 decimals; false when not logged in or the send buffer is full.</summary>
        public bool SetProperty(int pin, string property, double value)
        {
            lock (_gate)
            {
                TargetProperty(pin, property);
                _number = value;
                return Send(PropertyNumber);
            }
        }

        /// <summary>Sets an integer widget property of pin V<paramref name="pin"/> (e.g. "min", "max"); false when not logged in or the send buffer is full.</summary>
        public bool SetProperty(int pin, string property, int value)
        {
            lock (_gate)
            {
                TargetProperty(pin, property);
                _integer = value;
                return Send(PropertyInteger);
            }
        }

        /// <summary>Logs the event <paramref name="name"/> (its code in Blynk IoT) on the server.</summary>
        public bool LogEvent(string name)
        {
            return LogEvent(name, null);
        }

        /// <summary>Logs the event <paramref name="name"/> with a description (shown in notifications).</summary>
        public bool LogEvent(string name, string description)
        {
            lock (_gate)
            {
                _text = CheckName(name, "name");
                _text2 = description;
                return Send(Event);
            }
        }

        internal bool SendBody(byte command, byte[] body, int length)
        {
            lock (_gate)
            {
                _bodyCommand = command;
                _body = body;
                _bodyLength = length;
                return Send(RawBody);
            }
        }

        internal void CountDropped()
        {
            lock (_gate)
            {
                _counters.DroppedSends++;
            }
        }

        private bool Send(int kind)
        {
            bool queued = false;
            if (_link.IsRunning)
            {
                for (int attempt = 0; attempt < 2; attempt++)
                {
                    Compose(kind);
                    if (_writer.End())
                    {
                        queued = true;
                        break;
                    }

                    // Full: hand what is queued to the stream and try once more.
                    if (_writer.Pending == 0 || !_link.FlushNow(_clock.NowMilliseconds))
                    {
                        break;
                    }
                }
            }

            _text = null;
            _text2 = null;
            _texts = null;
            _integers = null;
            _numbers = null;
            _body = null;
            if (queued)
            {
                _counters.FramesSent++;
            }
            else
            {
                _counters.DroppedSends++;
            }

            return queued;
        }

        private void Compose(int kind)
        {
            BlynkFrameWriter w = _writer;
            switch (kind)
            {
                case WriteInt:
                    PinWrite();
                    w.AddInt(_integer);
                    break;
                case WriteDouble:
                    PinWrite();
                    w.AddDouble(_number);
                    break;
                case WriteText:
                    PinWrite();
                    w.AddText(_text);
                    break;
                case WriteTexts:
                    PinWrite();
                    for (int i = 0; _texts != null && i < _texts.Length; i++)
                    {
                        w.AddText(_texts[i]);
                    }

                    break;
                case WriteInts:
                    PinWrite();
                    for (int i = 0; _integers != null && i < _integers.Length; i++)
                    {
                        w.AddInt(_integers[i]);
                    }

                    break;
                case WriteDoubles:
                    PinWrite();
                    for (int i = 0; _numbers != null && i < _numbers.Length; i++)
                    {
                        w.AddDouble(_numbers[i]);
                    }

                    break;
                case SyncPin:
                    w.Begin(BlynkCommand.HardwareSync, _link.NextId());
                    w.AddBytes(_vr, 0, 2);
                    w.AddInt(_pin);
                    break;
                case SyncPins:
                    w.Begin(BlynkCommand.HardwareSync, _link.NextId());
                    w.AddBytes(_vr, 0, 2);
                    for (int i = 0; i < _integers.Length; i++)
                    {
                        w.AddInt(_integers[i]);
                    }

                    break;
                case SyncEverything:
                    w.Begin(BlynkCommand.HardwareSync, _link.NextId());
                    break;
                case PropertyText:
                case PropertyNumber:
                case PropertyInteger:
                    w.Begin(BlynkCommand.Property, _link.NextId());
                    w.AddInt(_pin);
                    w.AddText(_text);
                    if (kind == PropertyText)
                    {
                        w.AddText(_text2);
                    }
                    else if (kind == PropertyNumber)
                    {
                        w.AddDouble(_number);
                    }
                    else
                    {
                        w.AddInt(_integer);
                    }

                    break;
                case Event:
                    w.Begin(BlynkCommand.EventLog, _link.NextId());
                    w.AddText(_text);
                    if (_text2 != null)
                    {
                        w.AddText(_text2);
                    }

                    break;
                default:
                    w.Begin(_bodyCommand, _link.NextId());
                    w.AddBytes(_body, 0, _bodyLength);
                    break;
            }
        }

        private void PinWrite()
        {
            _writer.Begin(BlynkCommand.Hardware, _link.NextId());
            _writer.AddBytes(_vw, 0, 2);
            _writer.AddInt(_pin);
        }

        /// <summary>The pin and property name a property message is about, checked.</summary>
        private void TargetProperty(int pin, string property)
        {
            _pin = CheckPin(pin);
            _text = CheckName(property, "property");
        }

        private static int CheckPin(int pin)
        {
            if (pin < 0 || pin > 65535)
            {
                throw new ArgumentOutOfRangeException("pin", "a virtual pin number is 0 to 65535; got " + pin.ToString());
            }

            return pin;
        }

        private static string CheckName(string value, string parameter)
        {
            if (value == null || value.Length == 0)
            {
                throw new ArgumentException("the " + parameter + " must not be empty", parameter);
            }

            return value;
        }
    }
}
