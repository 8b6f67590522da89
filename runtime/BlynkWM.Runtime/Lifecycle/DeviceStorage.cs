using BlynkWM.Storage;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// Where the device keeps its config and its two small records, made by the config class's generated factories:
    /// <c>new DeviceStorage(DeviceConfig.CreateStore(eeprom), DeviceConfig.CreateResetRecord(eeprom), DeviceConfig.CreatePortalFlagRecord(eeprom))</c>.
    /// </summary>
    public sealed class DeviceStorage
    {
        /// <param name="store">The config store (needed).</param>
        /// <param name="resetRecord">The reset detector's record, or null for no reset detection.</param>
        /// <param name="portalFlagRecord">The forced-portal record, or null: then no portal request outlives a reboot.</param>
        public DeviceStorage(IConfigStore store, ISmallRecord resetRecord, ISmallRecord portalFlagRecord)
        {
            if (store == null)
            {
                throw new System.ArgumentNullException("store");
            }

            Store = store;
            ResetRecord = resetRecord;
            PortalFlagRecord = portalFlagRecord;
        }

        public IConfigStore Store { get; private set; }

        public ISmallRecord ResetRecord { get; private set; }

        public ISmallRecord PortalFlagRecord { get; private set; }
    }
}
