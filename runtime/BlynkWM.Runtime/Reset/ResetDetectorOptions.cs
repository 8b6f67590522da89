namespace BlynkWM.Reset
{
    /// <summary>How the <see cref="ResetDetector"/> counts: <see cref="Resets"/> resets, each within <see cref="WindowMs"/> of the boot before.</summary>
    public sealed class ResetDetectorOptions
    {
        /// <summary>Off: the record is read (for <see cref="ResetDetector.Memo"/>) but never written at boot: 0 flash writes per boot.</summary>
        public bool Enabled = true;

        /// <summary>Boots in a row that make a sequence (2 = double reset, 3 = the seed's multi-reset); at least 2.</summary>
        public int Resets = 2;

        /// <summary>How long after a boot the next reset still continues the sequence (the seed's DRD/MRD timeout: 10 s).</summary>
        public int WindowMs = 10000;

        /// <summary>
        /// Whether a boot of <see cref="BootCause.Unknown"/> cause counts as a reset. On (the default) detection works
        /// where the platform cannot tell a power-on from a reset (nanoFramework on ESP32), at the price that two
        /// power-ons in a row count too when the first was cut inside its window. Off: an unknown boot starts a new
        /// sequence like a power-on, so only boots reported as <see cref="BootCause.ResetButton"/> ever trigger.
        /// </summary>
        public bool CountUnknownBoots = true;

        /// <summary>Two resets within 10 s (the seed's ESP_DoubleResetDetector).</summary>
        public static ResetDetectorOptions DoubleReset()
        {
            return new ResetDetectorOptions();
        }

        /// <summary>Three resets, each within 10 s of the boot before (the seed's ESP_MultiResetDetector: MRD_TIMES 3, MRD_TIMEOUT 10 s).</summary>
        public static ResetDetectorOptions MultiReset()
        {
            var options = new ResetDetectorOptions();
            options.Resets = 3;
            return options;
        }

        /// <summary>No detection: no flash write at boot.</summary>
        public static ResetDetectorOptions Off()
        {
            var options = new ResetDetectorOptions();
            options.Enabled = false;
            return options;
        }
    }
}
