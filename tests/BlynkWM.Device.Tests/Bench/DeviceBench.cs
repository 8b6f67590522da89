using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>Reads time, in 100 ns ticks, and (on nanoCLR) the free managed heap.</summary>
    public interface IBenchTimer
    {
        long NowTicks { get; }

        /// <summary>Free managed heap after a collection (not compacting: compaction crashes the posix nanoCLR); -1 where the runtime does not say.</summary>
        long FreeHeapBytes();
    }

    /// <summary>
    /// The nanoclr benchmark group's workloads, run the same way on nanoCLR and on .NET: one "bench name value" line
    /// each, which ./bench.sh nanoclr turns into figures and ratios.
    /// </summary>
    public static class DeviceBench
    {
        public static void Run(IBenchTimer timer)
        {
            // Twice: the first pass warms up (.NET's JIT), the second prints.
            Record(timer, false);
            Record(timer, true);
            Utf8Encode(timer, false);
            Utf8Encode(timer, true);

            // Heap: a config loaded from its store, the portal closed, as an application runs most of the time.
            DeviceConfig config = Samples.DeviceA();
            IConfigStore store = DeviceConfig.CreateStore(new SimulatedFlash(SimulatedFlash.Erased(DeviceConfig.StorageLayout.StoreCapacity), new PowerBudget()));
            store.Save(config);
            var loaded = new DeviceConfig();
            store.Load(loaded);
            Heap(timer, "heap.idle");

            var rig = new PortalRig(Samples.DeviceA());
            rig.Get("/", true);
            Heap(timer, "heap.portal");

            Portal(timer, rig, false);
            Portal(timer, rig, true);
            System.Console.WriteLine("bench done " + (loaded.BoardName.Length + rig.SavedCount).ToString());
        }

        private static void Record(IBenchTimer timer, bool print)
        {
            DeviceConfig config = Samples.DeviceA();
            byte[] buffer = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
            int length = config.Write(buffer, 0, 1);
            const int Rounds = 200;
            long start = timer.NowTicks;
            for (int i = 0; i < Rounds; i++)
            {
                config.Write(buffer, 0, (uint)i);
            }

            Print(print, "record.write_us", timer.NowTicks - start, Rounds, 10);
            config.Write(buffer, 0, 1);
            var target = new DeviceConfig();
            start = timer.NowTicks;
            for (int i = 0; i < Rounds; i++)
            {
                target.TryRead(buffer, 0, length);
            }

            Print(print, "record.read_us", timer.NowTicks - start, Rounds, 10);
        }

        private static void Utf8Encode(IBenchTimer timer, bool print)
        {
            // 256 UTF-16 units: ASCII, accented letters, a euro sign and emoji, as user text mixes them.
            string text = "";
            while (text.Length < 240)
            {
                text += "Caf\u00e9 G\u00e4ste \u20ac ";
            }

            text += "\U0001F4F6\U0001F331abcdefghijkl";
            byte[] buffer = new byte[text.Length * Utf8.MaxBytesPerChar];
            const int Rounds = 500;
            long start = timer.NowTicks;
            for (int i = 0; i < Rounds; i++)
            {
                Utf8.Encode(text, buffer, 0);
            }

            Print(print, "utf8.encode_256_us", timer.NowTicks - start, Rounds, 10);

        }

        private static void Portal(IBenchTimer timer, PortalRig rig, bool print)
        {
            // One keep-alive connection and prebuilt requests, so the figures are the server's work, not the client's.
            MemoryConnection connection = rig.Open();
            byte[] get = PortalRig.Ascii("GET / HTTP/1.1\r\nHost: " + PortalRig.Host + "\r\nAccept-Encoding: gzip\r\n\r\n");
            byte[] first = rig.PostBytes(rig.FormOf(Samples.DeviceA()));
            byte[] second = rig.PostBytes(rig.FormOf(Samples.DeviceB()));
            int pageLength = Exchange(rig, connection, get, 0);
            int firstLength = Exchange(rig, connection, first, 0);
            int secondLength = Exchange(rig, connection, second, 0);

            const int Renders = 20;
            long start = timer.NowTicks;
            for (int i = 0; i < Renders; i++)
            {
                rig.Portal.Invalidate();
                Exchange(rig, connection, get, pageLength);
            }

            Print(print, "portal.render_ms", timer.NowTicks - start, Renders, 10000);

            const int Gets = 100;
            start = timer.NowTicks;
            for (int i = 0; i < Gets; i++)
            {
                Exchange(rig, connection, get, pageLength);
            }

            Print(print, "portal.get_us", timer.NowTicks - start, Gets, 10);

            const int Saves = 20;
            start = timer.NowTicks;
            for (int i = 0; i < Saves; i++)
            {
                if (i % 2 == 0)
                {
                    Exchange(rig, connection, first, firstLength);
                }
                else
                {
                    Exchange(rig, connection, second, secondLength);
                }
            }

            Print(print, "portal.save_us", timer.NowTicks - start, Saves, 10);
        }

        /// <summary>Sends a request and polls until <paramref name="expected"/> bytes came back (0: until polls bring nothing).</summary>
        private static int Exchange(PortalRig rig, MemoryConnection connection, byte[] request, int expected)
        {
            connection.ClearOutput();
            connection.ClientWrite(request);
            for (int polls = 0; polls < 100; polls++)
            {
                bool progress = rig.Server.Poll();
                if (expected > 0 ? connection.OutputLength >= expected : !progress && connection.OutputLength > 0)
                {
                    break;
                }
            }

            return connection.OutputLength;
        }

        /// <summary>Free heap at this point; the lane subtracts it from an empty application's.</summary>
        private static void Heap(IBenchTimer timer, string name)
        {
            long free = timer.FreeHeapBytes();
            if (free >= 0)
            {
                System.Console.WriteLine("bench " + name + "_free " + free.ToString());
            }
        }

        /// <summary>Prints ticks per round in the unit <paramref name="ticksPerUnit"/> ticks make, to 0.01.</summary>
        private static void Print(bool print, string name, long ticks, int rounds, long ticksPerUnit)
        {
            if (!print)
            {
                return;
            }

            long hundredths = ticks * 100 / rounds / ticksPerUnit;
            string fraction = (hundredths % 100).ToString();
            System.Console.WriteLine("bench " + name + " " + (hundredths / 100).ToString() + "." + (fraction.Length < 2 ? "0" + fraction : fraction));
        }
    }
}
