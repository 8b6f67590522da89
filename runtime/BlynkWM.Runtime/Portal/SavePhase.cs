namespace BlynkWM.Portal
{
    /// <summary>Where a save from the portal is (<c>/status</c> "phase").</summary>
    public enum SavePhase
    {
        /// <summary>No save since the portal opened (or the last one was not tested).</summary>
        Idle = 0,

        /// <summary>The candidate is being tried; nothing is stored yet.</summary>
        Testing = 1,

        /// <summary>The candidate worked (or was saved anyway) and is stored.</summary>
        Committed = 2,

        /// <summary>The candidate did not work, or could not be stored; the previous config stays in use.</summary>
        Failed = 3,
    }

    /// <summary>What a test is doing or where it stopped (<c>/status</c> "step").</summary>
    public enum SaveStep
    {
        /// <summary>Joining the candidate's WiFi network.</summary>
        Wifi = 0,

        /// <summary>Joined; waiting for an address.</summary>
        Address = 1,

        /// <summary>Logging in to the candidate's Blynk server.</summary>
        Blynk = 2,

        /// <summary>Finished.</summary>
        Done = 3,
    }
}
