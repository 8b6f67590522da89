using BlynkWM.Ports;
using BlynkWM.Testing;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>Time that moves only when a test moves it (the shared <see cref="RigClock"/>, started at a given time).</summary>
    public sealed class ManualClock : RigClock
    {
        public ManualClock(long start)
        {
            NowMilliseconds = start;
        }
    }

    /// <summary>
    /// Deterministic bytes (the shared <see cref="XorShiftRandom"/>): System.Random is not the same generator on
    /// nanoFramework and .NET, and the lane compares outputs that depend on these bytes (the CSRF token).
    /// </summary>
    public sealed class SeededRandom : XorShiftRandom
    {
        public SeededRandom(uint seed)
            : base(seed)
        {
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
