namespace BlynkWM.Wifi
{
    /// <summary>Something happened to the WiFi link; read the manager's properties for what.</summary>
    public delegate void WifiEventHandler(WifiManager manager);
}
