using BlynkWM.Lifecycle;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Samples;
using BlynkWM.Storage;
using BlynkWM.Testing;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// A whole device on a manual clock, device-safe: the sample DeviceConfig on simulated flash (kept across
    /// <see cref="Boot"/>s), a <see cref="FakeRadio"/> with the access points "Home" (-50 dBm) and "Backup" (-65), two fake
    /// Blynk servers (blynk1.test and blynk2.test, port 8080, tokens token-1 and token-2) on an in-memory network, the
    /// portal on an in-memory listener. <see cref="Tick"/> is one pass of the main loop. <see cref="Trace"/> records
    /// every state change as "seconds:state" so the nanoCLR lane can compare the sequence with .NET's.
    /// </summary>
    public sealed class LifecycleRig
    {
        public const string Host = "192.168.4.1";
        public const int TickMs = 50;

        public readonly RigClock Clock = new RigClock();
        public readonly FakeRadio Radio;
        public readonly MemoryStreamNetwork Network;
        public readonly FakeBlynkServer[] Servers = new FakeBlynkServer[2];
        public readonly MemoryStreamListener[] Listeners = new MemoryStreamListener[2];
        public readonly byte[] Durable = SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity);
        public readonly int HomeAp;
        public readonly int BackupAp;
        public readonly RebootCounter Reboots = new RebootCounter();

        private MemoryListener _portalListener;
        private string _trace = "";
        private string _events = "";

        public LifecycleRig()
        {
            Clock.NowMilliseconds = 1000;
            Radio = new FakeRadio(Clock);
            HomeAp = Radio.AddAccessPoint("Home", -50, "home-passphrase");
            BackupAp = Radio.AddAccessPoint("Backup", -65, "backup-pw");
            Network = new MemoryStreamNetwork(Clock);
            for (int i = 0; i < 2; i++)
            {
                Listeners[i] = Network.Listen("blynk" + (i + 1).ToString() + ".test", 8080);
                Servers[i] = new FakeBlynkServer(Listeners[i], "token-" + (i + 1).ToString() + "-abcdefghijklmnopqrstuvwx");
            }

            Options = NewOptions();
        }

        /// <summary>The options the next <see cref="Boot"/> uses (change them before booting).</summary>
        public BlynkDeviceOptions Options;

        /// <summary>Set before <see cref="Boot"/> to give the device an access point port.</summary>
        public FakeSoftAp SoftAp;

        public SimulatedFlash Flash { get; private set; }

        public IConfigStore Store { get; private set; }

        public DeviceConfig Config { get; private set; }

        public BlynkDevice Device { get; private set; }

        public string Trace
        {
            get { return _trace; }
        }

        public string Events
        {
            get { return _events; }
        }

        public static BlynkDeviceOptions NewOptions()
        {
            var options = new BlynkDeviceOptions();
            options.Blynk = BlynkRig.DefaultOptions();
            options.PortalHost = Host;
            options.PortalCloseDelayMs = 2000;
            return options;
        }

        /// <summary>A config with both networks and both servers, as a user would have saved it.</summary>
        public static DeviceConfig Complete(string homePassword)
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "Home";
            config.PrimaryWifi.Password = homePassword;
            config.BackupWifi.Ssid = "Backup";
            config.BackupWifi.Password = "backup-pw";
            config.PrimaryBlynk.Server = "blynk1.test";
            config.PrimaryBlynk.Port = 8080;
            config.PrimaryBlynk.Token = "token-1-abcdefghijklmnopqrstuvwx";
            config.BackupBlynk.Server = "blynk2.test";
            config.BackupBlynk.Port = 8080;
            config.BackupBlynk.Token = "token-2-abcdefghijklmnopqrstuvwx";
            config.BoardName = "Living Room";
            return config;
        }

        /// <summary>Stores <paramref name="config"/> as an earlier boot's portal would have.</summary>
        public void Save(DeviceConfig config)
        {
            DeviceConfig.CreateStore(new SimulatedFlash(Durable, new PowerBudget())).Save(config);
        }

        /// <summary>A new boot over the same flash: new objects, the same durable bytes.</summary>
        public BlynkDevice Boot(BootCause cause)
        {
            Flash = new SimulatedFlash(Durable, new PowerBudget());
            Store = DeviceConfig.CreateStore(Flash);
            var storage = new DeviceStorage(Store, DeviceConfig.CreateResetRecord(Flash), DeviceConfig.CreatePortalFlagRecord(Flash));
            var ports = new DevicePorts(Radio, Network, Clock, new XorShiftRandom(7));
            _portalListener = new MemoryListener();
            ports.PortalListener = _portalListener;
            ports.BootCause = cause;
            ports.Reboot = Reboots;
            ports.SoftAp = SoftAp;
            Config = new DeviceConfig();
            Device = new BlynkDevice(Config, storage, ports, Options);
            Device.StateChanged += OnStateChanged;
            Device.Connected += OnConnected;
            Device.Disconnected += OnDisconnected;
            Options = NewOptions();
            Radio.Disconnect();
            Device.Start();
            return Device;
        }

        /// <summary>One loop pass, then the clock moves on.</summary>
        public void Tick()
        {
            PollServers();
            Device.Step();
            PollServers();
            Clock.Advance(TickMs);
        }

        public void PollServers()
        {
            Servers[0].Poll();
            Servers[1].Poll();
        }

        public bool RunUntil(RigCondition condition, long maxMilliseconds)
        {
            long deadline = Clock.NowMilliseconds + maxMilliseconds;
            while (!condition())
            {
                if (Clock.NowMilliseconds >= deadline)
                {
                    return false;
                }

                Tick();
            }

            return true;
        }

        public void RunFor(long milliseconds)
        {
            long end = Clock.NowMilliseconds + milliseconds;
            while (Clock.NowMilliseconds < end)
            {
                Tick();
            }
        }

        public bool Running()
        {
            return Device.State == DeviceState.Running;
        }

        public bool PortalOpen()
        {
            return Device.IsPortalOpen;
        }

        public bool PortalClosed()
        {
            return !Device.IsPortalOpen;
        }

        public bool Testing()
        {
            return Device.Portal != null && Device.Portal.IsTesting;
        }

        /// <summary>Sends one request to the portal and runs the loop until the answer is complete; returns it as text.</summary>
        public string Request(string request)
        {
            MemoryConnection connection = _portalListener.Connect();
            connection.ClientWrite(PortalRig.Ascii(request));
            for (int i = 0; i < 40; i++)
            {
                Tick();
                if (Response.IsComplete(connection.Output, connection.OutputLength) || connection.ServerClosed)
                {
                    break;
                }
            }

            return new string(System.Text.Encoding.UTF8.GetChars(connection.Output, 0, connection.OutputLength));
        }

        public string Get(string path)
        {
            return Request("GET " + path + " HTTP/1.1\r\nHost: " + Host + "\r\nConnection: close\r\n\r\n");
        }

        public string Post(string body)
        {
            return Request("POST /save HTTP/1.1\r\nHost: " + Host + "\r\nOrigin: http://" + Host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: "
                + PortalRig.Ascii(body).Length.ToString() + "\r\n\r\n" + body);
        }

        /// <summary>A form post of every field of <paramref name="c"/>, as the page submits it (with this boot's CSRF token).</summary>
        public string FormOf(DeviceConfig c)
        {
            return PortalRig.Form(Device.Portal.Csrf.TokenString, c);
        }

        /// <summary>The body of an HTTP answer (after the blank line), or "" when there is none.</summary>
        public static string Body(string response)
        {
            int end = response.IndexOf("\r\n\r\n");
            return end < 0 ? "" : response.Substring(end + 4);
        }

        /// <summary>The stored config as the next boot would load it (null when none is stored).</summary>
        public DeviceConfig Stored()
        {
            var config = new DeviceConfig();
            return DeviceConfig.CreateStore(new SimulatedFlash(Durable, new PowerBudget())).Load(config) == ConfigReadStatus.Ok ? config : null;
        }

        /// <summary>The flash from the first config slot on (the reset record and the portal flag before it change at boots).</summary>
        public byte[] ConfigSlots()
        {
            int start = DeviceConfig.StorageLayout.SlotAAddress;
            var slots = new byte[Durable.Length - start];
            System.Array.Copy(Durable, start, slots, 0, slots.Length);
            return slots;
        }

        private string Seconds()
        {
            long ms = Clock.NowMilliseconds;
            return (ms / 1000).ToString() + "." + (ms % 1000 / 100).ToString();
        }

        private void OnStateChanged(BlynkDevice device)
        {
            _trace += (_trace.Length == 0 ? "" : " ") + Seconds() + ":" + DeviceFailures.StateName(device.State);
        }

        private void OnConnected(BlynkDevice device)
        {
            _events += (_events.Length == 0 ? "" : " ") + Seconds() + ":connected";
        }

        private void OnDisconnected(BlynkDevice device)
        {
            _events += (_events.Length == 0 ? "" : " ") + Seconds() + ":disconnected";
        }
    }

    /// <summary>Counts reboots instead of rebooting: the test boots the rig again when it wants the next boot.</summary>
    public sealed class RebootCounter : IRebootPort
    {
        public int Count { get; private set; }

        public void Reboot()
        {
            Count++;
        }
    }

    /// <summary>An access point that, like the ESP32's, starts or stops only after a reboot unless it runs already.</summary>
    public sealed class FakeSoftAp : ISoftAccessPoint
    {
        /// <summary>True when the access point runs (since boot).</summary>
        public bool Running;

        /// <summary>True when the stored configuration starts it at the next boot.</summary>
        public bool StoredEnabled;

        public string Address
        {
            get { return SoftApPlanner.Address; }
        }

        public bool Start(SoftApSettings settings)
        {
            StoredEnabled = true;
            return !Running;
        }

        public bool Stop()
        {
            StoredEnabled = false;
            return Running;
        }

        /// <summary>What a reboot does: the stored configuration decides.</summary>
        public void Reboot()
        {
            Running = StoredEnabled;
        }
    }
}
