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

        public bool VirtualWrite(int pin, int value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        public bool VirtualWrite(int pin, long value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        public bool VirtualWrite(int pin, double value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        public bool VirtualWrite(int pin, string value)
        {
            return _blynk.VirtualWrite(pin, value);
        }

        /// <summary>Several values on one pin (e.g. a map's index, latitude, longitude and name).</summary>
        public bool VirtualWrite(int pin, string[] values)
        {
            return _blynk.VirtualWrite(pin, values);
        }

        public bool VirtualWrite(int pin, int[] values)
        {
            return _blynk.VirtualWrite(pin, values);
        }

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

        public bool SyncVirtual(int[] pins)
        {
            return _blynk.SyncVirtual(pins);
        }

        public bool SyncAll()
        {
            return _blynk.SyncAll();
        }

        public bool SetProperty(int pin, string property, string value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        public bool SetProperty(int pin, string property, int value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        public bool SetProperty(int pin, string property, double value)
        {
            return _blynk.SetProperty(pin, property, value);
        }

        public bool LogEvent(string name)
        {
            return _blynk.LogEvent(name);
        }

        public bool LogEvent(string name, string description)
        {
            return _blynk.LogEvent(name, description);
        }
    }
}
