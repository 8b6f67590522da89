using BlynkWM.Http;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Blynk.Edgent's provisioning API beside the portal, so the Blynk app can add the device: <c>GET /board_info.json</c>,
    /// <c>/wifi_scan.json</c>, <c>/config?ssid=&amp;pass=&amp;blynk=&amp;host=&amp;port_ssl=&amp;save=</c>, <c>/reset</c>,
    /// <c>/reboot</c>. Opt-in: the config class names its template (<c>[BlynkConfig(EdgentTemplateId = ..., EdgentTemplateName = ...)]</c>).
    /// <c>/config</c> fills the first WiFi set and the first Blynk set through the portal's own checks and store.
    /// It answers only through the portal's routes (so only while the portal is open) and only to clients of the
    /// access point's network; no answer holds a secret.
    /// <code>
    /// var edgent = new EdgentApi(portal, board);   // after new ConfigPortal(...)
    /// edgent.RebootRequested = ScheduleReboot;
    /// </code>
    /// </summary>
    public sealed class EdgentApi
    {
        /// <summary>last_error: nothing failed.</summary>
        public const int ErrorNone = 0;

        /// <summary>last_error: the app sent a configuration that was refused (malformed token, missing SSID...).</summary>
        public const int ErrorConfig = 700;

        /// <summary>last_error: the device could not join the WiFi network.</summary>
        public const int ErrorNetwork = 701;

        /// <summary>last_error: the device could not reach the Blynk server.</summary>
        public const int ErrorCloud = 702;

        /// <summary>last_error: the server refused the auth token.</summary>
        public const int ErrorToken = 703;

        /// <summary>last_error: anything else on the device (a storage failure).</summary>
        public const int ErrorInternal = 704;

        /// <summary>Networks listed by /wifi_scan.json, as Edgent lists them.</summary>
        public const int MaxScanNetworks = 15;

        private const int BoardInfo = 0;
        private const int WifiScan = 1;
        private const int Config = 2;
        private const int Reset = 3;
        private const int Reboot = 4;

        private static readonly byte[] KeySsid = HtmlWriter.Utf8("ssid");
        private static readonly byte[] KeySsidManual = HtmlWriter.Utf8("ssidManual");
        private static readonly byte[] KeyPass = HtmlWriter.Utf8("pass");
        private static readonly byte[] KeyToken = HtmlWriter.Utf8("blynk");
        private static readonly byte[] KeyHost = HtmlWriter.Utf8("host");
        private static readonly byte[] KeyPort = HtmlWriter.Utf8("port_ssl");
        // The values /config keeps, by slot (the indices of SlotKeys).
        private const int SlotSsid = 0;
        private const int SlotSsidManual = 1;
        private const int SlotPass = 2;
        private const int SlotToken = 3;
        private const int SlotHost = 4;
        private const int SlotPort = 5;
        private static readonly byte[][] SlotKeys = new byte[][] { KeySsid, KeySsidManual, KeyPass, KeyToken, KeyHost, KeyPort };
        private static readonly byte[] KeySave = HtmlWriter.Utf8("save");
        private static readonly byte[] KeyIp = HtmlWriter.Utf8("ip");
        private static readonly byte[] KeyMask = HtmlWriter.Utf8("mask");
        private static readonly byte[] KeyGateway = HtmlWriter.Utf8("gw");
        private static readonly byte[] KeyDns = HtmlWriter.Utf8("dns");
        private static readonly byte[] KeyDns2 = HtmlWriter.Utf8("dns2");

        private static readonly byte[] Saved = HtmlWriter.Utf8("{\"status\":\"ok\",\"msg\":\"Configuration saved\"}");
        private static readonly byte[] Unchanged = HtmlWriter.Utf8("{\"status\":\"ok\",\"msg\":\"Configuration unchanged\"}");
        private static readonly byte[] Trying = HtmlWriter.Utf8("{\"status\":\"ok\",\"msg\":\"Trying to connect...\"}");
        private static readonly byte[] Busy = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"A configuration is being tested\"}");
        private static readonly byte[] Invalid = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"Configuration invalid\"}");
        private static readonly byte[] Missing = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"Configuration invalid: ssid and blynk are required\"}");
        private static readonly byte[] NoStaticIp = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"Configuration invalid: this device takes no static IP\"}");
        private static readonly byte[] StoreFailed = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"The device could not store the configuration\"}");
        private static readonly byte[] ResetDone = HtmlWriter.Utf8("{\"status\":\"ok\",\"msg\":\"Configuration reset\"}");
        private static readonly byte[] Rebooting = HtmlWriter.Utf8("{\"status\":\"ok\",\"msg\":\"Rebooting\"}");
        private static readonly byte[] Foreign = HtmlWriter.Utf8("{\"status\":\"error\",\"msg\":\"Only clients of the device's access point may provision it\"}");
        private static readonly byte[] EqualsSign = HtmlWriter.Utf8("=");

        // Its own header bytes: on nanoFramework this class is compiled outside the runtime, whose header tables are internal.
        private static readonly byte[] ContentTypeName = HtmlWriter.Utf8("Content-Type");
        private static readonly byte[] JsonType = HtmlWriter.Utf8("application/json");
        private static readonly byte[] CacheControlName = HtmlWriter.Utf8("Cache-Control");
        private static readonly byte[] NoStore = HtmlWriter.Utf8("no-store");
        private static readonly byte[] Zero = HtmlWriter.Utf8("0");
        private static readonly byte[] LastErrorName = HtmlWriter.Utf8(",\"last_error\":");
        private static readonly byte[] Capabilities = HtmlWriter.Utf8(",\"wifi_scan\":true,\"static_ip\":false}");
        private static readonly byte[] NoBssid = HtmlWriter.Utf8(",\"bssid\":\"\",\"rssi\":");
        private static readonly byte[] SecureEnd = HtmlWriter.Utf8(",\"sec\":\"WPA2\",\"ch\":0}");
        private static readonly byte[] OpenEnd = HtmlWriter.Utf8(",\"sec\":\"OPEN\",\"ch\":0}");
        private static readonly byte[] And = HtmlWriter.Utf8("&");
        private static readonly byte[] One = HtmlWriter.Utf8("1");

        private readonly ConfigPortal _portal;
        private readonly IEdgentForm _form;
        private readonly EdgentBoard _board;
        private readonly uint _network;
        private readonly uint _mask;
        private readonly byte[] _ssidKey;
        private readonly byte[] _passKey;
        private readonly byte[] _clearKey;
        private readonly byte[] _tokenKey;
        private readonly byte[] _serverKey;
        private readonly byte[] _portKey;
        private readonly HtmlWriter _json = new HtmlWriter(256);
        private readonly HtmlWriter _pairs = new HtmlWriter(256);
        private readonly int[] _valueStarts = new int[6];
        private readonly int[] _valueLengths = new int[6];

        // Keys are matched decoded; values are passed on raw (still encoded), so their scratch only needs to tell empty ones.
        private readonly UrlEncodedFormReader _reader = new UrlEncodedFormReader(16, 256);
        private int _refused;
        private int _lastError;

        // After a /config that started a test: last_error follows the portal's status until set again.
        private bool _followsTest;

        /// <summary>Maps the Edgent routes into <paramref name="portal"/>'s router.</summary>
        /// <exception cref="System.ArgumentException">The portal's config class names no Edgent template, or the board's addresses are not IPv4.</exception>
        public EdgentApi(ConfigPortal portal, EdgentBoard board)
        {
            IEdgentForm form = portal.Form as IEdgentForm;
            if (form == null)
            {
                throw new System.ArgumentException("the config class has no [BlynkConfig(EdgentTemplateId = ...)]", "portal");
            }

            uint address;
            uint mask;
            if (board == null || !Ipv4.TryParseEndpoint(board.AccessPointAddress, out address) || !Ipv4.TryParseEndpoint(board.SubnetMask, out mask))
            {
                throw new System.ArgumentException("the board needs the access point's IPv4 address and subnet mask", "board");
            }

            _portal = portal;
            _form = form;
            _board = board;
            _mask = mask;
            _network = address & mask;
            _ssidKey = HtmlWriter.Utf8(form.WifiId + "_ssid");
            _passKey = HtmlWriter.Utf8(form.WifiId + "_pw");
            _clearKey = HtmlWriter.Utf8("_clear." + form.WifiId + "_pw");
            _tokenKey = HtmlWriter.Utf8(form.BlynkId + "_token");
            _serverKey = HtmlWriter.Utf8(form.BlynkId + "_server");
            _portKey = HtmlWriter.Utf8(form.BlynkId + "_port");
            HttpRouter router = portal.Router;
            router.Map("/board_info.json", HttpMethod.Get, new Route(this, BoardInfo));
            router.Map("/wifi_scan.json", HttpMethod.Get, new Route(this, WifiScan));
            router.Map("/config", HttpMethod.Get | HttpMethod.Post, new Route(this, Config));
            router.Map("/reset", HttpMethod.Get | HttpMethod.Post, new Route(this, Reset));
            router.Map("/reboot", HttpMethod.Get | HttpMethod.Post, new Route(this, Reboot));
        }

        /// <summary>
        /// board_info.json's <c>last_error</c>: <see cref="ErrorConfig"/> after a refused /config,
        /// <see cref="ErrorInternal"/> after a storage failure, <see cref="ErrorNone"/> after a stored one; set it from the
        /// previous attempt's failure (<see cref="ErrorNetwork"/>, <see cref="ErrorCloud"/>, <see cref="ErrorToken"/>).
        /// </summary>
        public int LastError
        {
            get { return _followsTest ? FromTest(_portal.Status) : _lastError; }
            set
            {
                _lastError = value;
                _followsTest = false;
            }
        }

        /// <summary>
        /// last_error for a tested /config that failed with <paramref name="failure"/> (a <see cref="SaveStatus"/> failure
        /// name): by the step it stopped at, as the page shows it; <see cref="ErrorInternal"/> for any other failure.
        /// </summary>
        public static int ErrorOf(string failure)
        {
            switch (SaveProgressView.FailedStep(failure))
            {
                case SaveStep.Wifi:
                case SaveStep.Address:
                    return ErrorNetwork;
                case SaveStep.Blynk:
                    return failure == SaveStatus.InvalidToken ? ErrorToken : ErrorCloud;
                default:
                    return ErrorInternal;
            }
        }

        private static int FromTest(SaveStatus status)
        {
            return status.Phase == SavePhase.Failed ? ErrorOf(status.Failure) : ErrorNone;
        }

        /// <summary>Called after /reset erased the config and its answer is queued (restart into the portal).</summary>
        public System.Action ResetRequested { get; set; }

        /// <summary>Called after /reboot's answer is queued (restart after the server has had a moment to send it).</summary>
        public System.Action RebootRequested { get; set; }

        /// <summary>Requests refused because the client was not on the access point's network.</summary>
        public int RefusedClients
        {
            get { return _refused; }
        }

        /// <summary>
        /// The access point's name as the Blynk app looks for it: "<paramref name="prefix"/> &lt;template name&gt;-XXXX",
        /// at most 31 bytes, with four characters derived from <paramref name="chipId"/> so that devices of one
        /// template differ. The template name is shortened (whole characters) to fit; a null one counts as empty. A prefix
        /// over 25 bytes is an <see cref="System.ArgumentException"/>.
        /// </summary>
        public static string AccessPointName(string prefix, string templateName, uint chipId)
        {
            // Digits and capitals that cannot be misread for one another (no 0/O, 1/I).
            byte[] alphabet = HtmlWriter.Utf8("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
            byte[] unique = new byte[4];
            uint n = chipId;
            for (int i = 0; i < 4; i++)
            {
                unique[i] = alphabet[(int)(n % (uint)alphabet.Length)];
                n /= (uint)alphabet.Length;
            }

            byte[] head = HtmlWriter.Utf8((prefix == null ? "" : prefix) + " ");
            if (head.Length > 31 - 5)
            {
                throw new System.ArgumentException("prefix leaves no room in a 31-byte access point name: at most 25 bytes", "prefix");
            }

            byte[] name = HtmlWriter.Utf8(templateName == null ? "" : templateName);
            int room = 31 - head.Length - 5;
            int take = name.Length <= room ? name.Length : room;
            while (take > 0 && take < name.Length && (name[take] & 0xC0) == 0x80)
            {
                take--;
            }

            byte[] ssid = new byte[head.Length + (take > 0 ? take : 0) + 5];
            System.Array.Copy(head, 0, ssid, 0, head.Length);
            if (take > 0)
            {
                System.Array.Copy(name, 0, ssid, head.Length, take);
            }

            int at = ssid.Length - 5;
            ssid[at] = (byte)'-';
            System.Array.Copy(unique, 0, ssid, at + 1, 4);
            return System.Text.Encoding.UTF8.GetString(ssid, 0, ssid.Length);
        }

        /// <summary>True when the request comes from an IPv4 address on the access point's network.</summary>
        private bool FromAccessPoint(HttpRequest request)
        {
            uint client;
            return Ipv4.TryParseEndpoint(request.RemoteAddress, out client) && (client & _mask) == _network;
        }

        private void Handle(int route, HttpRequest request, HttpResponseWriter response)
        {
            if (!FromAccessPoint(request))
            {
                _refused++;
                Answer(response, HttpStatus.Forbidden, Foreign);
                return;
            }

            switch (route)
            {
                case BoardInfo:
                    WriteBoardInfo(response);
                    break;
                case WifiScan:
                    WriteScan(response);
                    break;
                case Config:
                    Configure(request, response);
                    break;
                case Reset:
                    if (_portal.IsTesting)
                    {
                        // The candidate under test is in the scratch copy an erase would overwrite.
                        Answer(response, HttpStatus.Conflict, Busy);
                    }
                    else if (_portal.EraseConfig())
                    {
                        LastError = ErrorNone;
                        Answer(response, HttpStatus.Ok, ResetDone);
                        Raise(ResetRequested);
                    }
                    else
                    {
                        LastError = ErrorInternal;
                        Answer(response, HttpStatus.InternalServerError, StoreFailed);
                    }

                    break;
                default:
                    Answer(response, HttpStatus.Ok, Rebooting);
                    Raise(RebootRequested);
                    break;
            }
        }

        private void WriteBoardInfo(HttpResponseWriter response)
        {
            HtmlWriter j = _json;
            j.Length = 0;
            Field(j, "{\"board\":", _form.TemplateName);
            Field(j, ",\"tmpl_id\":", _form.TemplateId);
            Field(j, ",\"fw_type\":", _board.FirmwareType.Length > 0 ? _board.FirmwareType : _form.TemplateId);
            Field(j, ",\"fw_ver\":", _board.FirmwareVersion);
            Field(j, ",\"ssid\":", _board.AccessPointSsid);
            Field(j, ",\"bssid\":", _board.AccessPointBssid);
            Field(j, ",\"mac\":", _board.Mac);
            j.Raw(LastErrorName);
            j.Number(LastError);
            j.Raw(Capabilities);
            Answer(response, HttpStatus.Ok, Copy(j));
        }

        private void WriteScan(HttpResponseWriter response)
        {
            _portal.RefreshScan();
            WifiNetworkList networks = _portal.Networks;
            HtmlWriter j = _json;
            j.Length = 0;
            j.Byte((byte)'[');
            int count = networks.Count < MaxScanNetworks ? networks.Count : MaxScanNetworks;
            for (int i = 0; i < count; i++)
            {
                Field(j, i == 0 ? "{\"ssid\":" : ",{\"ssid\":", networks.Ssid(i));
                // The scan port reports neither the access point's MAC nor its channel.
                j.Raw(NoBssid);
                j.Number(networks.Rssi(i));
                j.Raw(networks.IsSecure(i) ? SecureEnd : OpenEnd);
            }

            j.Byte((byte)']');
            Answer(response, HttpStatus.Ok, Copy(j));
        }

        /// <summary>
        /// /config: the query's Edgent names become the form's keys (values passed on still encoded), then the portal's
        /// own pipeline checks and stores them. An empty <c>pass</c> means an open network: the stored one is forgotten.
        /// </summary>
        private void Configure(HttpRequest request, HttpResponseWriter response)
        {
            UrlEncodedFormReader reader = _reader;
            reader.Reset(request, request.Query);
            // Each kept value as its start and raw length in the request buffer, by slot (length 0: not given).
            int[] starts = _valueStarts;
            int[] lengths = _valueLengths;
            System.Array.Clear(lengths, 0, lengths.Length);
            bool save = false;
            bool staticIp = false;
            byte[] source = request.Buffer;
            while (reader.MoveNext())
            {
                int slot = Slot(reader);
                if (slot >= 0)
                {
                    starts[slot] = ValueStart(source, reader.RawOffset, reader.RawLength);
                    lengths[slot] = reader.RawOffset + reader.RawLength - starts[slot];
                }
                else if (reader.KeyEquals(KeySave))
                {
                    save = reader.ValueLength > 0 && !reader.ValueEquals(Zero);
                }
                else if (reader.ValueLength > 0 && (reader.KeyEquals(KeyIp) || reader.KeyEquals(KeyMask) || reader.KeyEquals(KeyGateway) || reader.KeyEquals(KeyDns) || reader.KeyEquals(KeyDns2)))
                {
                    staticIp = true;
                }
            }

            int ssid = lengths[SlotSsidManual] > 0 ? SlotSsidManual : SlotSsid;
            if (lengths[ssid] <= 0 || lengths[SlotToken] <= 0)
            {
                LastError = ErrorConfig;
                Answer(response, HttpStatus.InternalServerError, Missing);
                return;
            }

            if (staticIp)
            {
                LastError = ErrorConfig;
                Answer(response, HttpStatus.InternalServerError, NoStaticIp);
                return;
            }

            HtmlWriter p = _pairs;
            p.Length = 0;
            PairIfGiven(p, _ssidKey, source, ssid);
            if (!PairIfGiven(p, _passKey, source, SlotPass))
            {
                Pair(p, _clearKey, One, 0, 1);
            }

            PairIfGiven(p, _tokenKey, source, SlotToken);
            PairIfGiven(p, _serverKey, source, SlotHost);
            PairIfGiven(p, _portKey, source, SlotPort);

            // "save=1" asks to store without trying the connection first (the page's "Save anyway").
            int result = _portal.Submit(p.Buffer, 0, p.Length, save);

            if (result == ConfigPortal.SubmitInvalid)
            {
                LastError = ErrorConfig;
                Answer(response, HttpStatus.InternalServerError, Invalid);
                return;
            }

            if (result == ConfigPortal.SubmitBusy)
            {
                Answer(response, HttpStatus.Conflict, Busy);
                return;
            }

            if (result == ConfigPortal.SubmitTesting)
            {
                // The device tries the network and the server; /status and board_info.json's last_error follow it.
                _lastError = ErrorNone;
                _followsTest = true;
                Answer(response, HttpStatus.Ok, Trying);
                return;
            }

            if (result == ConfigPortal.SubmitStoreFailed)
            {
                LastError = ErrorInternal;
                Answer(response, HttpStatus.InternalServerError, StoreFailed);
                return;
            }

            LastError = ErrorNone;
            Answer(response, HttpStatus.Ok, result == ConfigPortal.SubmitUnchanged ? Unchanged : Saved);
            if (result == ConfigPortal.SubmitUnchanged)
            {
                // Provisioned with what the device already has: it leaves the access point and connects, as after a save.
                _portal.NotifySaved();
            }
        }

        /// <summary>Where the value of a raw pair starts: after its first '='; the pair's end when it has none.</summary>
        private static int ValueStart(byte[] source, int offset, int length)
        {
            int equals = System.Array.IndexOf(source, (byte)'=', offset, length);
            return equals < 0 ? offset + length : equals + 1;
        }

        /// <summary>Which kept value the reader's key names; -1 for any other key, and for an empty ssidManual (which changes nothing).</summary>
        private static int Slot(UrlEncodedFormReader reader)
        {
            for (int slot = 0; slot < SlotKeys.Length; slot++)
            {
                if (reader.KeyEquals(SlotKeys[slot]))
                {
                    return slot == SlotSsidManual && reader.ValueLength == 0 ? -1 : slot;
                }
            }

            return -1;
        }

        /// <summary>Adds the pair <paramref name="key"/>=(the value kept in <paramref name="slot"/>) when one was given; false when not.</summary>
        private bool PairIfGiven(HtmlWriter p, byte[] key, byte[] source, int slot)
        {
            if (_valueLengths[slot] <= 0)
            {
                return false;
            }

            Pair(p, key, source, _valueStarts[slot], _valueLengths[slot]);
            return true;
        }

        private static void Pair(HtmlWriter p, byte[] key, byte[] value, int offset, int count)
        {
            if (p.Length > 0)
            {
                p.Raw(And);
            }

            p.Raw(key);
            p.Raw(EqualsSign);
            p.Raw(value, offset, count);
        }

        private static void Field(HtmlWriter j, string name, string value)
        {
            j.Raw(HtmlWriter.Utf8(name));
            j.JsonString(value != null ? value : "");
        }

        /// <summary>Its own array: a response still sending must keep its bytes while the writer is reused.</summary>
        private static byte[] Copy(HtmlWriter j)
        {
            byte[] bytes = new byte[j.Length];
            System.Array.Copy(j.Buffer, 0, bytes, 0, bytes.Length);
            return bytes;
        }

        private static void Answer(HttpResponseWriter response, int status, byte[] json)
        {
            response.Start(status);
            response.Header(ContentTypeName, JsonType);
            response.Header(CacheControlName, NoStore);
            response.Body(json);
        }

        private static void Raise(System.Action action)
        {
            if (action == null)
            {
                return;
            }

            try
            {
                action();
            }
            catch (System.Exception)
            {
                // The answer is queued: an application callback failing must not turn it into a 500.
            }
        }

        /// <summary>One Edgent route, dispatched back to the API (no delegates with arguments on nanoFramework).</summary>
        private sealed class Route : IHttpHandler
        {
            private readonly EdgentApi _api;
            private readonly int _route;

            public Route(EdgentApi api, int route)
            {
                _api = api;
                _route = route;
            }

            public void Handle(HttpRequest request, HttpResponseWriter response)
            {
                _api.Handle(_route, request, response);
            }
        }
    }
}
