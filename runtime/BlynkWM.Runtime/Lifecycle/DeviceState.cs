namespace BlynkWM.Lifecycle
{
    /// <summary>What the device is doing (<see cref="BlynkDevice.State"/>; <c>/status</c> "state").</summary>
    public enum DeviceState
    {
        /// <summary>Not started yet.</summary>
        Stopped = 0,

        /// <summary>The config portal is open (<see cref="BlynkDevice.PortalReason"/> says why).</summary>
        Portal = 1,

        /// <summary>Joining one of the saved WiFi networks.</summary>
        ConnectingWifi = 2,

        /// <summary>On WiFi; connecting or logging in to a Blynk server.</summary>
        ConnectingBlynk = 3,

        /// <summary>Logged in: pins flow both ways.</summary>
        Running = 4,

        /// <summary>Nothing can work until the config changes (every Blynk token rejected, or no server set).</summary>
        Error = 5,
    }

    /// <summary>Why the config portal is open.</summary>
    public enum PortalReason
    {
        /// <summary>It is not open.</summary>
        None = 0,

        /// <summary>No valid config is stored.</summary>
        NoConfig = 1,

        /// <summary>A double (or multi) reset was detected at boot.</summary>
        ResetSequence = 2,

        /// <summary>The application asked for it (<see cref="BlynkDevice.OpenPortal"/>, or a stored request).</summary>
        Requested = 3,

        /// <summary>No saved network could be joined: the networks are probed meanwhile, and one coming back closes it.</summary>
        Fallback = 4,
    }

    /// <summary>What happens when the portal has seen no request for <see cref="BlynkDeviceOptions.PortalTimeoutMs"/>.</summary>
    public enum PortalTimeoutAction
    {
        /// <summary>Close it and try the saved networks again (a portal without a valid config stays open).</summary>
        RetryNetworks = 0,

        /// <summary>Reboot (through <see cref="DevicePorts.Reboot"/>; without one, as <see cref="RetryNetworks"/>).</summary>
        Reboot = 1,
    }

    /// <summary>An event of the device: <see cref="BlynkDevice.StateChanged"/>, <see cref="BlynkDevice.Connected"/>, <see cref="BlynkDevice.Disconnected"/>.</summary>
    public delegate void DeviceEventHandler(BlynkDevice device);
}
