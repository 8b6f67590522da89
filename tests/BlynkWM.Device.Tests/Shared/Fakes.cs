using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>Time that moves only when a test moves it.</summary>
    public sealed class ManualClock : IClock
    {
        public ManualClock(long start)
        {
            NowMilliseconds = start;
        }

        public long NowMilliseconds { get; set; }

        public void Advance(long milliseconds)
        {
            NowMilliseconds += milliseconds;
        }
    }

    /// <summary>
    /// Deterministic bytes (xorshift32), the same on every runtime: System.Random is not the same generator on
    /// nanoFramework and .NET, and the lane compares outputs that depend on these bytes (the CSRF token).
    /// </summary>
    public sealed class SeededRandom : IRandomSource
    {
        private uint _state;

        public SeededRandom(uint seed)
        {
            _state = seed == 0 ? 1u : seed;
        }

        public void NextBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _state ^= _state << 13;
                _state ^= _state >> 17;
                _state ^= _state << 5;
                buffer[offset + i] = (byte)_state;
            }
        }
    }

    /// <summary>A radio whose scan result a test sets.</summary>
    public sealed class FakeScanner : IWifiScanner
    {
        private WifiNetworkInfo[] _networks = new WifiNetworkInfo[0];

        public int Requests { get; private set; }

        public WifiNetworkInfo[] LatestNetworks
        {
            get { return _networks; }
        }

        public void RequestScan()
        {
            Requests++;
        }

        public void Publish(WifiNetworkInfo[] networks)
        {
            _networks = networks;
        }
    }

    /// <summary>Thrown by the simulated media when the power budget runs out: the device is "off" from then on.</summary>
    public sealed class PowerCutException : System.Exception
    {
        public PowerCutException()
            : base("power cut")
        {
        }
    }

    /// <summary>
    /// Durable steps left before the power goes: each byte reaching flash, each file create, delete or move takes one.
    /// Negative means unlimited.
    /// </summary>
    public sealed class PowerBudget
    {
        public PowerBudget()
        {
            Remaining = -1;
        }

        public int Remaining { get; set; }

        /// <summary>Durable steps taken so far (how many points a campaign can cut at).</summary>
        public int Steps { get; private set; }

        public void Spend()
        {
            if (Remaining == 0)
            {
                throw new PowerCutException();
            }

            if (Remaining > 0)
            {
                Remaining--;
            }

            Steps++;
        }
    }
}
