using System.Net.NetworkInformation;

namespace BlynkWM.Esp32.Wifi
{
    /// <summary>The station's stored configuration, found by the id its interface names.</summary>
    internal static class StationConfigurations
    {
        /// <summary>The configuration of <paramref name="station"/>, or null when there is none (or no station).</summary>
        public static Wireless80211Configuration Of(NetworkInterface station)
        {
            if (station == null)
            {
                return null;
            }

            Wireless80211Configuration[] all = Wireless80211Configuration.GetAllWireless80211Configurations();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Id == station.SpecificConfigId)
                {
                    return all[i];
                }
            }

            return null;
        }
    }
}
