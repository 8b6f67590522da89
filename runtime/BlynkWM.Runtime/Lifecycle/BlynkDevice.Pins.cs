using BlynkWM.Blynk;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// The Blynk calls, forwarded to the device's <see cref="BlynkClient"/> (thread-safe; see the client for details).
    /// A send returns false when the device is not logged in or the send buffer is full: nothing is queued for later.
    /// </summary>
    public sealed partial class BlynkDevice
    {
        /// <summary>Logged in to a Blynk server (the seed's <c>Blynk.connected()</c>).</summary>
        public bool IsConnected
        {
            get { return _blynk.IsConnected; }
        }

        /// <summary>Writes an integer to pin V<paramref name="pin"/> (the seed's <c>Blynk.virtualWrite</c>). Allocates nothing.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, int value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        /// <summary>Writes a 64-bit integer to pin V<paramref name="pin"/>. Allocates nothing.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, long value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        /// <summary>Writes a number with up to 7 decimals (trailing zeros dropped) to pin V<paramref name="pin"/>. Allocates nothing.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, double value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        /// <summary>Writes text (UTF-8; null is empty) to pin V<paramref name="pin"/>.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, string value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        /// <summary>Several values on one pin (e.g. a map's index, latitude, longitude and name).</summary>
        public bool VirtualWrite(int pin, string[] values)
        {
            return _blynk.VirtualWrite(pin, values);
        }

        /// <summary>Writes several integers to pin V<paramref name="pin"/> as one message.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, int[] values)
        {
            return _blynk.VirtualWrite(pin, values);
        }

        /// <summary>Writes several numbers (up to 7 decimals each) to pin V<paramref name="pin"/> as one message.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="pin"/> is outside 0 to 65535.</exception>
        public bool VirtualWrite(int pin, double[] values)
        {
            return _blynk.VirtualWrite(pin, values);
        }

        /// <summary>Mixed values without allocating: <c>BeginVirtualWrite(3).Add(1).Add(2.5).Add("x").Send()</c>.</summary>
        public BlynkMessage BeginVirtualWrite(int pin)
        {
            return _blynk.BeginVirtualWrite(pin);
        }

        /// <summary>Handles writes from the app or server to <paramref name="pin"/> (the seed's <c>BLYNK_WRITE(Vn)</c>).</summary>
        public void OnWrite(int pin, BlynkWriteHandler handler)
        {
            _blynk.OnWrite(pin, handler);
        }

        /// <summary>Answers read requests for <paramref name="pin"/> (the seed's <c>BLYNK_READ(Vn)</c>).</summary>
        public void OnRead(int pin, BlynkReadHandler handler)
        {
            _blynk.OnRead(pin, handler);
        }

        /// <summary>Writes to pins without their own handler (<c>BLYNK_WRITE_DEFAULT()</c>).</summary>
        public void OnAnyWrite(BlynkWriteHandler handler)
        {
            _blynk.OnAnyWrite(handler);
        }

        /// <summary>Read requests for pins without their own handler (<c>BLYNK_READ_DEFAULT()</c>).</summary>
        public void OnAnyRead(BlynkReadHandler handler)
        {
            _blynk.OnAnyRead(handler);
        }

        /// <summary>Asks the server to send <paramref name="pin"/>'s stored value back as a write.</summary>
        public bool SyncVirtual(int pin)
        {
            return _blynk.SyncVirtual(pin);
        }

        /// <summary>Asks the server to send the stored values of all <paramref name="pins"/> back, as writes, in one message.</summary>
        public bool SyncVirtual(int[] pins)
        {
            return _blynk.SyncVirtual(pins);
        }

        /// <summary>Asks the server to send every stored pin value back as writes (the seed's <c>Blynk.syncAll()</c>).</summary>
        public bool SyncAll()
        {
            return _blynk.SyncAll();
        }

        /// <summary>Sets a widget property of pin V<paramref name="pin"/>: "label", "color" ("#D3435C"), "onLabel"... (the seed's <c>Blynk.setProperty</c>).</summary>
        public bool SetProperty(int pin, string property, string value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        /// <summary>Sets an integer widget property of pin V<paramref name="pin"/> (e.g. "min", "max").</summary>
        public bool SetProperty(int pin, string property, int value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        /// <summary>Sets a numeric widget property of pin V<paramref name="pin"/>, up to 7 decimals.</summary>
        public bool SetProperty(int pin, string property, double value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        /// <summary>Logs the event with code <paramref name="name"/> on the server (the seed's <c>Blynk.logEvent</c>).</summary>
        public bool LogEvent(string name)
        {
            return _blynk.LogEvent(name);
        }

        /// <summary>Logs the event with code <paramref name="name"/> and a <paramref name="description"/> (null: none) on the server.</summary>
        public bool LogEvent(string name, string description)
        {
            return _blynk.LogEvent(name, description);
        }
    }
}
