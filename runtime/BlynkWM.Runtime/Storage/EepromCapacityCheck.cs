namespace BlynkWM.Storage
{
    /// <summary>
    /// The run-time half of BWM0028: a config class's EEPROM layout is computed for the store size its attribute declares
    /// (<c>EepromCapacity</c>), so the generated factories refuse a store of another size with a message that names both,
    /// instead of failing later on an address.
    /// </summary>
    public static class EepromCapacityCheck
    {
        /// <summary>Returns <paramref name="eeprom"/> when its size is <paramref name="capacity"/>.</summary>
        /// <exception cref="System.ArgumentNullException"><paramref name="eeprom"/> is null.</exception>
        /// <exception cref="System.ArgumentException">The store has another size.</exception>
        public static IByteStore Require(IByteStore eeprom, string configName, int capacity, int regionStart, int regionSize)
        {
            if (eeprom == null)
            {
                throw new System.ArgumentNullException("eeprom");
            }

            int size = eeprom.Size;
            if (size != capacity)
            {
                throw new System.ArgumentException(
                    "the EEPROM store has " + size.ToString() + " bytes, but " + configName + " declares EepromCapacity = " + capacity.ToString()
                    + " (its region is [" + regionStart.ToString() + ", " + (regionStart + regionSize).ToString() + "), EepromStart and EepromRegionSize)"
                    + ": set EepromCapacity to the store's size", "eeprom");
            }

            return eeprom;
        }
    }
}
