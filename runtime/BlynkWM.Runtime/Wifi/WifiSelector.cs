namespace BlynkWM.Wifi
{
    /// <summary>
    /// Picks the network to join among the configured sets: the strongest one that is visible (like the seed's
    /// WiFiMulti), falling back to declaration order for hidden networks that no scan can show.
    /// </summary>
    public static class WifiSelector
    {
        /// <summary>Index into <paramref name="configured"/> of the best set to try first, or -1 when none is set.</summary>
        public static int ChooseBest(WifiCredential[] configured, WifiNetworkInfo[] visible)
        {
            int best = -1;
            int bestRssi = int.MinValue;
            int firstSet = -1;
            for (int i = 0; i < configured.Length; i++)
            {
                WifiCredential candidate = configured[i];
                if (candidate == null || !candidate.IsSet)
                {
                    continue;
                }

                if (firstSet < 0)
                {
                    firstSet = i;
                }

                for (int v = 0; v < visible.Length; v++)
                {
                    if (visible[v].Ssid == candidate.Ssid && visible[v].Rssi > bestRssi)
                    {
                        best = i;
                        bestRssi = visible[v].Rssi;
                    }
                }
            }

            return best >= 0 ? best : firstSet;
        }
    }
}
