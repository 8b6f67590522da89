using System;
using BlynkWM;
using BlynkWM.Blynk;
using BlynkWM.Ports;
using BlynkWM.Storage;
using BlynkWM.Testing;
using Esp32Device;

namespace BlynkWM.Device.Tests.Package
{
    /// <summary>
    /// The device-neutral part of samples/Esp32Device, compiled from what the BlynkWM package delivers (on nanoFramework:
    /// the runtime emitted as source into this one assembly; on .NET: the package's runtime assembly) and run on nanoCLR
    /// and on .NET by run-lane.sh package: the config class's record saved and loaded on a RAM EEPROM, and the sample's
    /// pin telemetry logged in to a fake Blynk server on an in-memory network, on a manual clock, and the access-point
    /// key made once and kept in a file. Values that must be
    /// byte-identical on both runtimes print as "=" lines; the last line is the verdict.
    /// </summary>
    public static class SampleLane
    {
        private static int s_passed;
        private static int s_failed;

        public static void Main()
        {
            try
            {
                Record();
                Telemetry();
                AccessPoint();
            }
            catch (Exception e)
            {
                Fail("unexpected " + e.GetType().Name + ": " + e.Message);
            }

            Console.WriteLine(s_passed.ToString() + " passed, " + s_failed.ToString() + " failed");
        }

        private static void Record()
        {
            var eeprom = new RamEeprom(Esp32DeviceConfig.StorageLayout.StoreCapacity);
            var config = new Esp32DeviceConfig();
            config.Wifi1.Ssid = "HomeNet";
            config.Wifi1.Password = "correct horse";
            config.Blynk1.Token = "0123456789abcdef0123456789abcdef";
            config.MqttPort = 8883;
            IConfigStore store = Esp32DeviceConfig.CreateStore(eeprom);
            store.Save(config);

            var loaded = new Esp32DeviceConfig();
            Check("record loads", Esp32DeviceConfig.CreateStore(eeprom).Load(loaded) == ConfigReadStatus.Ok);
            Check("record keeps the values", loaded.Wifi1.Ssid == "HomeNet" && loaded.MqttPort == 8883 && loaded.MqttServer == "default-mqtt-server");
            Value("record", Hex(eeprom.Bytes, Esp32DeviceConfig.StorageLayout.SlotAAddress, 64));
        }

        private static void Telemetry()
        {
            var clock = new RigClock();
            clock.NowMilliseconds = 1000;
            var network = new MemoryStreamNetwork(clock);
            var server = new FakeBlynkServer(network.Listen("blynk1.test", 8080), "token-1");
            var config = new Esp32DeviceConfig();
            config.Blynk1.Server = "blynk1.test";
            config.Blynk1.Token = "token-1";
            config.Blynk2.Server = "";
            BlynkServerEndpoint[] servers = BlynkServerEndpoint.FromCredentials(config.GetBlynkCredentials(), StreamSecurity.Plain());
            var client = new BlynkClient(network, clock, new XorShiftRandom(7), BlynkRig.DefaultOptions(), servers);
            var telemetry = new PinTelemetry(client, clock, 2000);
            client.Start();

            for (int i = 0; i < 1000 && !server.LoggedIn; i++)
            {
                Loop(server, client, telemetry, clock);
            }

            Check("logs in", server.LoggedIn);
            server.WriteVirtual(PinTelemetry.LedPin, "1");
            for (int i = 0; i < 700; i++)
            {
                Loop(server, client, telemetry, clock);     // 7 s of 10 ms loop passes
            }

            Check("the app's write reached the handler", telemetry.LedOn);
            Check("the LED state was echoed", server.Pin(PinTelemetry.LedStatePin) == "1");
            Check("the timer wrote the uptime three times", telemetry.UptimeWrites == 3);
            Value("uptime pin", server.Pin(PinTelemetry.UptimePin));
            Value("clock", clock.NowMilliseconds.ToString());
        }

        private static void AccessPoint()
        {
            var files = new RamFiles();
            string first = AccessPointKey.LoadOrCreate(files, new XorShiftRandom(11));
            string second = AccessPointKey.LoadOrCreate(files, new XorShiftRandom(99));
            Check("the access-point key is made once and kept", first == second && first.Length == AccessPointKey.Length);
            Check("the access-point key has no look-alike characters", first.IndexOfAny(new[] { '0', 'o', '1', 'l', 'I', 'O' }) < 0);
            Value("access point key", first);
        }

        private static void Loop(FakeBlynkServer server, BlynkClient client, PinTelemetry telemetry, RigClock clock)
        {
            server.Poll();
            client.Step();
            telemetry.Step();
            server.Poll();
            clock.Advance(10);
        }

        private static void Check(string name, bool ok)
        {
            if (ok)
            {
                s_passed++;
                Console.WriteLine("ok " + name);
            }
            else
            {
                Fail(name);
            }
        }

        private static void Fail(string name)
        {
            s_failed++;
            Console.WriteLine("FAIL " + name);
        }

        private static void Value(string name, string value)
        {
            Console.WriteLine("= " + name + " " + value);
        }

        private static string Hex(byte[] bytes, int offset, int count)
        {
            const string digits = "0123456789abcdef";
            char[] digitChars = digits.ToCharArray();
            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                text[2 * i] = digitChars[bytes[offset + i] >> 4];
                text[(2 * i) + 1] = digitChars[bytes[offset + i] & 15];
            }

            return new string(text);
        }

        /// <summary>One file in RAM is all the access-point key needs.</summary>
        private sealed class RamFiles : IFileStore
        {
            private string _path;
            private byte[] _bytes;

            public bool Exists(string path)
            {
                return path == _path;
            }

            public int Read(string path, byte[] buffer, int offset, int count)
            {
                int n = count < _bytes.Length ? count : _bytes.Length;
                Array.Copy(_bytes, 0, buffer, offset, n);
                return n;
            }

            public void Write(string path, byte[] buffer, int offset, int count)
            {
                _path = path;
                _bytes = new byte[count];
                Array.Copy(buffer, offset, _bytes, 0, count);
            }

            public void Delete(string path)
            {
                _path = null;
            }

            public void Move(string sourcePath, string destinationPath)
            {
                _path = destinationPath;
            }
        }

        /// <summary>An EEPROM in RAM, erased to 0xFF.</summary>
        private sealed class RamEeprom : IByteStore
        {
            public RamEeprom(int size)
            {
                Bytes = new byte[size];
                for (int i = 0; i < size; i++)
                {
                    Bytes[i] = 0xFF;
                }
            }

            public byte[] Bytes { get; private set; }

            public int Size
            {
                get { return Bytes.Length; }
            }

            public void Read(int address, byte[] buffer, int offset, int count)
            {
                Array.Copy(Bytes, address, buffer, offset, count);
            }

            public void Write(int address, byte[] buffer, int offset, int count)
            {
                Array.Copy(buffer, offset, Bytes, address, count);
            }

            public void Commit()
            {
            }

            public void Reload()
            {
            }
        }
    }
}
