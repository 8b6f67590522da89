using System;
using System.IO;
using BlynkWM.HostDevice;

try
{
    DeviceOptions options = DeviceOptions.Parse(args);
    var device = new SimulatedDevice(options, Console.Out);
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
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(DeviceOptions.Usage);
    return 2;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
