using BlynkWM.Device.Tests;

namespace BlynkWM.Wifi.Tests
{
    /// <summary>A manager over the device tests' <see cref="FakeRadio"/>, whose access points a test switches by hand.</summary>
    internal sealed class FakeRadioRig
    {
        public FakeRadioRig()
        {
            Radio = new FakeRadio(Clock);
        }

        public ManualClock Clock { get; } = new ManualClock();

        public FakeRadio Radio { get; }

        public WifiManagerOptions Options { get; } = new WifiManagerOptions();

        public WifiRig Build(params WifiCredential[] networks) => new WifiRig(Radio, Clock, Options, networks);
    }
}
