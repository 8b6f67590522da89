namespace BlynkWM
{
    /// <summary>Where a config class is persisted.</summary>
#if BLYNKWM_GENERATOR
    internal
#else
    public
#endif
    enum ConfigStorage
    {
        /// <summary>A fixed byte region of an EEPROM-like store: two alternating slots plus a small flag area.</summary>
        Eeprom = 0,
        /// <summary>A file on a LittleFS volume, replaced through a temporary copy and a backup.</summary>
        LittleFs = 1,
        /// <summary>Two alternating files on a flat SPIFFS volume (names of at most 31 bytes, no directories).</summary>
        Spiffs = 2,
    }
}
