namespace BlynkWM.Ports
{
    /// <summary>Restarts the device (nanoFramework: <c>Power.RebootDevice</c>; the host's simulated device: a new boot).</summary>
    public interface IRebootPort
    {
        /// <summary>Restarts; on a device it does not return.</summary>
        void Reboot();
    }
}
