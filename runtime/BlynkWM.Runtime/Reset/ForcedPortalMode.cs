namespace BlynkWM.Reset
{
    /// <summary>A request, stored across a reboot, to open the config portal although a valid config is stored.</summary>
    public enum ForcedPortalMode
    {
        /// <summary>No request: the portal opens only when no valid config is stored.</summary>
        None = 0,

        /// <summary>At the next boot only (the seed's <c>resetAndEnterConfigPortal</c>).</summary>
        OneShot = 1,

        /// <summary>At every boot until a config is saved (the seed's <c>resetAndEnterConfigPortalPersistent</c>).</summary>
        Persistent = 2,

        /// <summary>
        /// At the next boot only, because no saved network could be joined and the access point needs a reboot to
        /// start: the saved networks are probed meanwhile, and the portal closes when one of them is joined.
        /// </summary>
        Fallback = 3,
    }
}
