using BlynkWM.HostDevice;

try
{
    DeviceOptions options = DeviceOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(DeviceOptions.Usage);
        return 0;
    }

    using var device = new SimulatedDevice(options, Console.Out);
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        device.Stop();
    };
    device.Run();
    return 0;
}
catch (ArgumentException e)
{
    // Messages quote the command line and the scenario file: user text, escaped like every other log line.
    Console.Error.WriteLine(LogText.Escape(e.Message));
    Console.Error.WriteLine(DeviceOptions.Usage);
    return 2;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(LogText.Escape(e.Message));
    return 2;
}
catch (System.Net.Sockets.SocketException e) when (e.SocketErrorCode == System.Net.Sockets.SocketError.AddressAlreadyInUse)
{
    Console.Error.WriteLine("A port is already in use (" + LogText.Escape(e.Message) + "). Pick others with --http-port N --dns-port N (0 = any free port).");
    return 3;
}
