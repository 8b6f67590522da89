namespace BlynkWM.Blynk
{
    /// <summary>The server (an app widget) wrote <paramref name="value"/> to virtual pin <paramref name="pin"/>.</summary>
    public delegate void BlynkWriteHandler(int pin, BlynkValue value);

    /// <summary>The server asks for virtual pin <paramref name="pin"/>'s value: answer with VirtualWrite.</summary>
    public delegate void BlynkReadHandler(int pin);

    /// <summary>The client logged in (Connected) or lost its login (Disconnected).</summary>
    public delegate void BlynkConnectionHandler(BlynkClient client);
}
