using BlynkWM.Platform;
using nanoFramework.Hardware.Esp32;

namespace BlynkWM.Esp32.Device
{
    /// <summary>Why the device is starting, as far as nanoFramework can tell on an ESP32.</summary>
    public enum BootCause
    {
        /// <summary>Power-on, reset button, watchdog or software reboot (Sleep.WakeupCause.Undefined): the resets a multi-reset detector counts.</summary>
        PowerOnOrReset = 0,

        /// <summary>A wake from deep sleep (any other Sleep.WakeupCause: timer, GPIO, touch, ULP...): not a reset to count.</summary>
        DeepSleepWake = 1,
    }

    /// <summary>
    /// Reads the boot cause from ESP-IDF's wake-up cause (nanoFramework's Sleep.GetWakeupCause). No nanoFramework API
    /// exposes the chip's reset reason, so a power-on and a reset button look the same here.
    /// </summary>
    public static class BootCauseReader
    {
        /// <summary>DeepSleepWake when Sleep.GetWakeupCause names a wake source, else PowerOnOrReset.</summary>
        public static BootCause Read()
        {
            return WakeCauses.IsWakeFromDeepSleep((int)Sleep.GetWakeupCause()) ? BootCause.DeepSleepWake : BootCause.PowerOnOrReset;
        }

        /// <summary>The raw Sleep.WakeupCause, for logs.</summary>
        public static int WakeupCause()
        {
            return (int)Sleep.GetWakeupCause();
        }
    }
}
