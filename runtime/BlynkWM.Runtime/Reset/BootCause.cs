namespace BlynkWM.Reset
{
    /// <summary>
    /// Why the device booted, as far as the platform can tell. nanoFramework on ESP32 tells only deep-sleep wakes
    /// (<c>Sleep.GetWakeupCause() != WakeupCause.Undefined</c>); every other boot is <see cref="Unknown"/>.
    /// </summary>
    public enum BootCause
    {
        /// <summary>The platform cannot tell; counted as a reset unless <see cref="ResetDetectorOptions.CountUnknownBoots"/> is off.</summary>
        Unknown = 0,

        /// <summary>Cold power-on: starts a new sequence (count 1), never completes one.</summary>
        PowerOn = 1,

        /// <summary>The reset button or EN pin: counted.</summary>
        ResetButton = 2,

        /// <summary>The firmware restarted itself (after a save, an update): not a user's reset, never counted.</summary>
        SoftwareReboot = 3,

        /// <summary>Woken from deep sleep: not a reset, never counted.</summary>
        DeepSleepWake = 4,

        /// <summary>A watchdog fired: not a user's reset, never counted.</summary>
        Watchdog = 5,

        /// <summary>The supply dipped: a power event, treated as <see cref="PowerOn"/>.</summary>
        Brownout = 6,
    }
}
