using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Device.Tests
{
    /// <summary>
    /// The decisions behind the station radio and outgoing stream adapters (Platform: WifiConnectResults, StationLink,
    /// StreamErrors, TlsPlan, StreamLifecycle, StreamReceive) on the device's interpreter. The adapters themselves need
    /// WiFi and socket natives nanoCLR for Linux lacks; their state sequences here must equal .NET's.
    /// </summary>
    public static class AdapterSuite
    {
        public static void Run(Check check)
        {
            check.Run("adapter.wifi.status", WifiStatuses);
            check.Run("adapter.wifi.link", LinkSequence);
            check.Run("adapter.wifi.scanhold", ScanHold);
            check.Run("adapter.stream.errors", SocketErrors);
            check.Run("adapter.stream.tls", TlsPlans);
            check.Run("adapter.stream.life", StreamLife);
            check.Run("adapter.stream.receive", Receives);
        }

        private static void WifiStatuses(Check check)
        {
            string text = "";
            for (int status = -1; status <= 7; status++)
            {
                text += WifiConnectResults.Name(status) + ">" + ((int)WifiConnectResults.ToFailure(status)).ToString() + " ";
            }

            check.Value("statuses", text);
            check.Equal("invalid credential is a wrong password", (long)WifiFailure.WrongPassword, (long)WifiConnectResults.ToFailure(WifiConnectResults.InvalidCredential));
            check.Equal("success is no failure", (long)WifiFailure.None, (long)WifiConnectResults.ToFailure(WifiConnectResults.Success));
            check.True("an address", WifiConnectResults.HasAddress("192.168.1.23"));
            check.True("none", !WifiConnectResults.HasAddress("0.0.0.0") && !WifiConnectResults.HasAddress("") && !WifiConnectResults.HasAddress(null));
            string[] dns = WifiConnectResults.DnsServers(new StaticIpConfig("192.168.1.50", "255.255.255.0", "192.168.1.1", "1.1.1.1", "8.8.8.8"));
            check.Equal("two dns servers", 2, dns.Length);
            check.Equal("the second", "8.8.8.8", dns[1]);
            check.Equal("managed station: AutoConnect and SmartConfig off", 2, StationOptions.ForManagedStation(14));
        }

        private static void LinkSequence(Check check)
        {
            var link = new StationLink();
            string trace = Describe(link);
            bool leave;
            int a = link.Begin(out leave);
            trace += Describe(link) + (leave ? "L" : "-");
            link.AvailabilityChanged(false);
            trace += Describe(link);
            check.True("published", link.Finish(a, WifiFailure.None, "", "192.168.1.23"));
            trace += Describe(link);
            link.WorkerEnded();
            link.AddressChanged("192.168.1.24");
            trace += Describe(link);
            int b = link.Begin(out leave);
            trace += Describe(link) + (leave ? "L" : "-");
            link.Abandon();
            check.True("a stale join publishes nothing", !link.Finish(b, WifiFailure.None, "", "10.0.0.1"));
            trace += Describe(link);
            link.WorkerEnded();
            int c = link.Begin(out leave);
            link.Finish(c, WifiFailure.NoIpAddress, "no address", null);
            trace += Describe(link);
            link.WorkerEnded();
            int d = link.Begin(out leave);
            link.Finish(d, WifiFailure.None, "", "10.0.0.9");
            link.WorkerEnded();
            check.True("lost", link.AvailabilityChanged(false));
            trace += Describe(link);
            check.Value("states", trace);
            check.Equal("lost link", (long)WifiFailure.LinkLost, (long)link.Failure);
        }

        private static void ScanHold(Check check)
        {
            var link = new StationLink();
            check.True("idle: scan now", link.ScanMayStart());
            int a = link.Begin(out _);
            int b = link.Begin(out _);
            check.True("joining: held", !link.ScanMayStart());
            link.Finish(a, WifiFailure.Timeout, "Timeout", null);
            check.True("one worker left: still held", !link.WorkerEnded());
            link.Finish(b, WifiFailure.None, "", "10.0.0.2");
            check.True("the last worker starts it", link.WorkerEnded());
            check.Equal("no worker", 0, link.Workers);
        }

        private static void SocketErrors(Check check)
        {
            int[] codes = { 10050, 10051, 10053, 10054, 10057, 10058, 10060, 10061, 10064, 10065, 11001, 11002, 11004, 10022 };
            string text = "";
            for (int step = 0; step <= 3; step++)
            {
                for (int i = 0; i < codes.Length; i++)
                {
                    text += ((int)StreamErrors.FromSocketError(codes[i], (StreamStep)step)).ToString() + ",";
                }

                text += " ";
            }

            check.Value("failures by step", text);
            check.Equal("a reset while connecting is a refusal", (long)StreamFailure.ConnectionRefused, (long)StreamErrors.FromSocketError(10054, StreamStep.Connecting));
            check.Equal("an abort while connecting is a timeout", (long)StreamFailure.TimedOut, (long)StreamErrors.FromSocketError(10053, StreamStep.Connecting));
            check.Equal("any error while resolving", (long)StreamFailure.HostNotFound, (long)StreamErrors.FromSocketError(10061, StreamStep.Resolving));
        }

        private static void TlsPlans(Check check)
        {
            check.Equal("fingerprint unsupported", (long)StreamFailure.TlsModeUnsupported, (long)TlsPlan.Refusal(StreamSecurity.TlsFingerprint(new byte[32])));
            check.Equal("insecure: no verification", TlsPlan.NoVerification, TlsPlan.Verification(TlsMode.Insecure));
            check.Equal("pinned: certificate required", TlsPlan.CertificateRequired, TlsPlan.Verification(TlsMode.PinnedCa));
            check.Equal("server name given", "n.example", TlsPlan.ServerName(StreamSecurity.TlsPinnedCa(new byte[] { 0x30 }, "n.example"), "10.0.0.5"));
            check.Equal("server name from the host", "blynk.cloud", TlsPlan.ServerName(StreamSecurity.TlsInsecure(), "blynk.cloud"));
            byte[] pem = PortalRig.Ascii("-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n");
            byte[] withNul = TlsPlan.CaCertificateBytes(pem);
            check.Equal("pem gets a nul", pem.Length + 1, withNul.Length);
            check.Equal("the nul", 0, withNul[withNul.Length - 1]);
            check.Equal("der stays", 3, TlsPlan.CaCertificateBytes(new byte[] { 0x30, 1, 2 }).Length);
        }

        private static void StreamLife(Check check)
        {
            var life = new StreamLifecycle(StreamSecurity.TlsPinnedCa(new byte[] { 0x30 }));
            string trace = Describe(life);
            life.Enter(StreamStep.Connecting);
            life.Enter(StreamStep.Handshaking);
            trace += Describe(life);
            life.Error("verify failed");
            trace += Describe(life);
            check.Equal("a pinned handshake failure is the certificate", (long)StreamFailure.CertificateUntrusted, (long)life.Failure);

            var plain = new StreamLifecycle(StreamSecurity.Plain());
            plain.Enter(StreamStep.Connecting);
            check.True("published", plain.Publish());
            trace += Describe(plain);
            plain.SocketError(10054, "reset");
            trace += Describe(plain);

            var closed = new StreamLifecycle(StreamSecurity.TlsInsecure());
            check.True("closing a connecting stream closes the worker's socket", closed.Close());
            check.True("then it cannot publish", !closed.Publish());
            closed.SocketError(10053, "aborted");
            trace += Describe(closed);

            var fingerprint = new StreamLifecycle(StreamSecurity.TlsFingerprint(new byte[32]));
            trace += Describe(fingerprint);
            check.True("no worker for a fingerprint", !fingerprint.IsConnecting);
            check.Value("states", trace);
        }

        private static void Receives(Check check)
        {
            string text = "";
            text += ((int)StreamReceive.Next(0, 0, false)).ToString();
            text += ((int)StreamReceive.Next(0, 0, true)).ToString();
            text += ((int)StreamReceive.Next(0, 9, false)).ToString();
            text += ((int)StreamReceive.Next(4, 9, false)).ToString();
            text += " " + StreamReceive.ReadSize(ReceiveAction.ReadDecrypted, 4, 9, true, 64).ToString();
            text += " " + StreamReceive.ReadSize(ReceiveAction.ReadSocket, 0, 9, true, 64).ToString();
            text += " " + StreamReceive.ReadSize(ReceiveAction.ReadSocket, 0, 9, false, 64).ToString();
            text += " " + StreamReceive.ReadSize(ReceiveAction.ReadSocket, 0, 900, false, 64).ToString();
            check.Equal("receive steps", "0321 4 64 9 64", text);
        }

        private static string Describe(StationLink link)
        {
            return "[" + ((int)link.State).ToString() + "/" + ((int)link.Failure).ToString() + "/" + link.IpAddress + "/" + link.Workers.ToString() + "]";
        }

        private static string Describe(StreamLifecycle life)
        {
            return "[" + ((int)life.State).ToString() + "/" + ((int)life.Failure).ToString() + "/" + ((int)life.Step).ToString() + "]";
        }
    }
}
