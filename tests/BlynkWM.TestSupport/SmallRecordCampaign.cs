using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>
    /// The reset record and the portal flag under the config's fault model: every write and clear, over an absent and a
    /// set record, hit by every kind of fault at every step. After a cut the device reboots over the medium; after an
    /// I/O error the same record must read what a reboot would. Either way it reads the old value, the new one or
    /// absent (the new one when the operation returned), the config and the other record are untouched, and the next
    /// write reads back after a reboot.
    /// </summary>
    public static class SmallRecordCampaign
    {
        private const uint OtherValue = 5;
        private const uint NextValue = 11;

        private static readonly FaultKind[] EveryKind = { FaultKind.Cut, FaultKind.TornCut, FaultKind.IoError, FaultKind.TornIoError };

        public static PowerCutReport Run(SimulatedStorage storage)
        {
            var report = new PowerCutReport();
            byte[] config = SampleValues.Fingerprint(SampleValues.DeviceA());
            foreach (bool portal in new[] { false, true })
            {
                foreach (uint? initial in new uint?[] { null, 7 })
                {
                    foreach (uint? target in new uint?[] { 9, null, 7 })
                    {
                        object start = storage.NewMedium();
                        BootedDevice setup = storage.BootDevice(start, new PowerBudget());
                        setup.Store.Save(SampleValues.DeviceA());
                        Other(setup, portal).Write(OtherValue);
                        if (initial is uint value)
                        {
                            Record(setup, portal).Write(value);
                        }

                        var counter = new PowerBudget();
                        Change(Record(storage.BootDevice(storage.Clone(start), counter), portal), target);
                        string name = (portal ? "portal flag " : "reset record ") + Show(initial) + " -> " + Show(target);
                        for (long step = 0; step <= counter.Spent; step++)
                        {
                            foreach (FaultKind kind in EveryKind)
                            {
                                RunPoint(storage, start, portal, initial, target, step, kind, config, report, storage.Name + ", " + name + ": " + kind + " at step " + step);
                            }
                        }
                    }
                }
            }

            return report;
        }

        private static void RunPoint(SimulatedStorage storage, object start, bool portal, uint? initial, uint? target, long step, FaultKind kind, byte[] config, PowerCutReport report, string where)
        {
            report.Points++;
            object medium = storage.Clone(start);
            var budget = new PowerBudget(step, kind);
            BootedDevice device = storage.BootDevice(medium, budget);
            bool done;
            try
            {
                Change(Record(device, portal), target);
                done = true;
            }
            catch (Exception e) when (e is PowerCutException || e is IOException)
            {
                done = false;
            }

            bool cut = budget.PowerLost;
            if (cut)
            {
                device = storage.BootDevice(medium, new PowerBudget());
            }
            else
            {
                budget.Restore();
            }

            uint? value = Read(Record(device, portal));
            bool allowed = done ? value == target : value == initial || value == target || value is null;
            uint? rebooted = Read(Record(storage.BootDevice(medium, new PowerBudget()), portal));
            if (!allowed || rebooted != value)
            {
                report.Fail(where + ": reads " + Show(value) + (cut ? "" : " (after a reboot " + Show(rebooted) + ")") + (done ? " after the change returned" : ""));
                return;
            }

            BootedDevice fresh = storage.BootDevice(medium, new PowerBudget());
            var loaded = new DeviceConfig();
            if (fresh.Store.Load(loaded) != ConfigReadStatus.Ok || !SampleValues.Fingerprint(loaded).AsSpan().SequenceEqual(config)
                || Read(Other(fresh, portal)) != OtherValue)
            {
                report.Fail(where + ": the config or the other record changed");
                return;
            }

            // The record keeps working, on the same device after an error: the next write is what a reboot reads.
            Record(device, portal).Write(NextValue);
            if (Read(Record(storage.BootDevice(medium, new PowerBudget()), portal)) != NextValue)
            {
                report.Fail(where + ": the next write did not reach the medium");
            }
        }

        private static ISmallRecord Record(BootedDevice device, bool portal) => portal ? device.PortalFlag : device.ResetRecord;

        private static ISmallRecord Other(BootedDevice device, bool portal) => portal ? device.ResetRecord : device.PortalFlag;

        private static void Change(ISmallRecord record, uint? target)
        {
            if (target is uint value)
            {
                record.Write(value);
            }
            else
            {
                record.Clear();
            }
        }

        private static uint? Read(ISmallRecord record) => record.TryRead(out uint value) ? value : null;

        private static string Show(uint? value) => value is uint v ? v.ToString() : "absent";
    }
}
