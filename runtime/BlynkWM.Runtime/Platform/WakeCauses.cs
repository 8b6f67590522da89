namespace BlynkWM.Platform
{
    /// <summary>
    /// Reads ESP-IDF's wake-up cause (nanoFramework's Sleep.WakeupCause, as a number) at boot. Any cause but Undefined
    /// (0) means the chip woke from deep sleep; a power-on, a reset button or a software reboot read Undefined. (1 is
    /// ESP-IDF's "all sources" mask and is never reported.)
    /// </summary>
    public static class WakeCauses
    {
        /// <summary>ESP_SLEEP_WAKEUP_UNDEFINED: not a wake from deep sleep (power-on, reset button, software reboot).</summary>
        public const int Undefined = 0;

        /// <summary>True when <paramref name="wakeupCause"/> (Sleep.WakeupCause as a number) names a deep-sleep wake source (timer, pin, touch...).</summary>
        public static bool IsWakeFromDeepSleep(int wakeupCause)
        {
            return wakeupCause > 1;
        }
    }
}
