using BlynkWM.Ports;
using nanoFramework.Runtime.Native;

namespace BlynkWM.Esp32.Device
{
    /// <summary>Restarts the device (nanoFramework's Power.RebootDevice): a full reboot, handlers of Power.OnRebootEvent first.</summary>
    public sealed class PowerReboot : IRebootPort
    {
        public void Reboot()
        {
            Power.RebootDevice(RebootOption.NormalReboot);
        }
    }
}
