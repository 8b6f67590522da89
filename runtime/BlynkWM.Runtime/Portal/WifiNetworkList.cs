using BlynkWM.Wifi;

namespace BlynkWM.Portal
{
    /// <summary>
    /// The scan list as the portal offers it: hidden networks dropped, one entry per SSID (its strongest access
    /// point), strongest first, at most a fixed number. Keeps its JSON for <c>GET /scan</c> ready, rebuilt only when
    /// the list changes.
    /// </summary>
    public sealed class WifiNetworkList
    {
        private static readonly byte[] SsidKey = HtmlWriter.Utf8("{\"ssid\":");
        private static readonly byte[] RssiKey = HtmlWriter.Utf8(",\"rssi\":");
        private static readonly byte[] SecureTrue = HtmlWriter.Utf8(",\"secure\":true}");
        private static readonly byte[] SecureFalse = HtmlWriter.Utf8(",\"secure\":false}");
        private static readonly byte[] OptionStart = HtmlWriter.Utf8("<option value=\"");
        private static readonly byte[] OptionMiddle = HtmlWriter.Utf8("\">");
        private static readonly byte[] BarGlyphs = HtmlWriter.Utf8("\u2582\u2584\u2586\u2588");
        // No </option>: HTML ends an option at the next one or at the end of the list.
        private static readonly byte[] OptionSecure = HtmlWriter.Utf8(" \uD83D\uDD12");

        private readonly string[] _ssid;
        private readonly int[] _rssi;
        private readonly bool[] _secure;
        private readonly HtmlWriter _json = new HtmlWriter(64);
        private byte[] _compareA = new byte[96];
        private byte[] _compareB = new byte[96];
        private int[] _order = new int[0];
        private int _count;
        private int _version;
        private byte[] _jsonBytes = HtmlWriter.Utf8("[]");

        /// <param name="maxNetworks">Most networks listed (the seed's default is 10).</param>
        public WifiNetworkList(int maxNetworks)
        {
            _ssid = new string[maxNetworks];
            _rssi = new int[maxNetworks];
            _secure = new bool[maxNetworks];
        }

        /// <summary>Networks listed, strongest first.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Changes whenever the listed networks change; page caches compare it.</summary>
        public int Version
        {
            get { return _version; }
        }

        /// <summary>The SSID of the network at <paramref name="index"/>.</summary>
        public string Ssid(int index)
        {
            return _ssid[index];
        }

        /// <summary>Its signal strength in dBm.</summary>
        public int Rssi(int index)
        {
            return _rssi[index];
        }

        /// <summary>True when the network needs a passphrase.</summary>
        public bool IsSecure(int index)
        {
            return _secure[index];
        }

        /// <summary><c>[{"ssid":"..","rssi":-40,"secure":true},...]</c>, strongest first. Shared: do not modify.</summary>
        public byte[] Json
        {
            get { return _jsonBytes; }
        }

        /// <summary>Replaces the list from raw scan results; returns true (and bumps <see cref="Version"/>) when it changed.</summary>
        public bool Update(WifiNetworkInfo[] results)
        {
            int n = results == null ? 0 : results.Length;
            if (_order.Length < n)
            {
                _order = new int[n];
            }

            int candidates = 0;
            for (int i = 0; i < n; i++)
            {
                WifiNetworkInfo r = results[i];
                if (r != null && r.Ssid != null && r.Ssid.Length > 0)
                {
                    _order[candidates++] = i;
                }
            }

            // Insertion sort: strongest first, then by name so equal signals list the same way every time.
            for (int i = 1; i < candidates; i++)
            {
                int v = _order[i];
                int j = i;
                while (j > 0 && Before(results[v], results[_order[j - 1]]))
                {
                    _order[j] = _order[j - 1];
                    j--;
                }

                _order[j] = v;
            }

            bool changed = false;
            int count = 0;
            for (int i = 0; i < candidates && count < _ssid.Length; i++)
            {
                WifiNetworkInfo r = results[_order[i]];
                if (IndexOf(r.Ssid, count) >= 0)
                {
                    continue;
                }

                if (count >= _count || _ssid[count] != r.Ssid || _rssi[count] != r.Rssi || _secure[count] != r.Secure)
                {
                    changed = true;
                }

                _ssid[count] = r.Ssid;
                _rssi[count] = r.Rssi;
                _secure[count] = r.Secure;
                count++;
            }

            if (count != _count)
            {
                changed = true;
            }

            for (int i = count; i < _count; i++)
            {
                _ssid[i] = null;
            }

            _count = count;
            if (changed)
            {
                _version++;
                BuildJson();
            }

            return changed;
        }

        /// <summary>
        /// The datalist options, one per network: the SSID as value, signal bars and a lock (secured) as text,
        /// e.g. <c>&lt;option value="HomeNet"&gt;▂▄▆█ 🔒</c> (the end tag is optional). The page's script draws the same from /scan.
        /// </summary>
        public void WriteOptions(HtmlWriter writer)
        {
            for (int i = 0; i < _count; i++)
            {
                writer.Raw(OptionStart);
                writer.Text(_ssid[i]);
                writer.Raw(OptionMiddle);
                writer.Raw(BarGlyphs, 0, 3 * Bars(_rssi[i]));
                if (_secure[i])
                {
                    writer.Raw(OptionSecure);
                }
            }
        }

        /// <summary>Signal bars, 1 to 4, for an RSSI in dBm: 4 from -55, 3 from -67, 2 from -78, else 1 (as phones draw them).</summary>
        public static int Bars(int rssi)
        {
            return rssi < -78 ? 1 : rssi < -67 ? 2 : rssi < -55 ? 3 : 4;
        }

        private int IndexOf(string ssid, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (_ssid[i] == ssid)
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Before(WifiNetworkInfo a, WifiNetworkInfo b)
        {
            if (a.Rssi != b.Rssi)
            {
                return a.Rssi > b.Rssi;
            }

            return CompareUtf8(a.Ssid, b.Ssid) < 0;
        }

        /// <summary>
        /// Orders names by their UTF-8 bytes (code point order), the same on both runtimes: nanoCLR's string indexer
        /// cannot give a character above U+FFFF, and walking a string by index is quadratic there.
        /// </summary>
        private int CompareUtf8(string a, string b)
        {
            int aLength = EncodeForCompare(a, ref _compareA);
            int bLength = EncodeForCompare(b, ref _compareB);
            int n = aLength < bLength ? aLength : bLength;
            for (int i = 0; i < n; i++)
            {
                if (_compareA[i] != _compareB[i])
                {
                    return _compareA[i] - _compareB[i];
                }
            }

            return aLength - bLength;
        }

        private static int EncodeForCompare(string text, ref byte[] scratch)
        {
            int need = text.Length * BlynkWM.Storage.Utf8.MaxBytesPerChar;
            if (scratch.Length < need)
            {
                scratch = new byte[need];
            }

            return BlynkWM.Storage.Utf8.Encode(text, scratch, 0);
        }

        private void BuildJson()
        {
            _json.Length = 0;
            _json.Byte((byte)'[');
            for (int i = 0; i < _count; i++)
            {
                if (i > 0)
                {
                    _json.Byte((byte)',');
                }

                _json.Raw(SsidKey);
                _json.JsonString(_ssid[i]);
                _json.Raw(RssiKey);
                _json.Number(_rssi[i]);
                _json.Raw(_secure[i] ? SecureTrue : SecureFalse);
            }

            _json.Byte((byte)']');

            // A new array rather than the writer's: a response still sending the previous list keeps its bytes.
            byte[] json = new byte[_json.Length];
            System.Array.Copy(_json.Buffer, 0, json, 0, json.Length);
            _jsonBytes = json;
        }
    }
}
