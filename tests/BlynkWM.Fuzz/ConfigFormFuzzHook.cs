using System;
using BlynkWM.Http;
using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// Drives the generated /save handler of the sample DeviceConfig (ConfigPortal over the real HttpServer, one
    /// keep-alive in-memory connection) with every fuzzed body. The valid CSRF token goes in front so validation is
    /// reached, and most keys are renamed to the form's own (chosen by a hash of the key, so mutations of one body
    /// keep hitting the same fields) because the fuzzer's vocabulary does not know them. Invariants: the handler
    /// never fails (no 500, no exception, no dropped connection); a body with an undecodable value for a key the
    /// form knows is refused; a refused body (400, 403) writes nothing to the store and leaves the live config as it
    /// was; an accepted body leaves a store that loads back to exactly the live config.
    /// </summary>
    public sealed class ConfigFormFuzzHook : IConfigFormFuzzHook
    {
        private readonly CountingByteStore _bytes = new CountingByteStore(DeviceConfig.StorageLayout.StoreCapacity);
        private readonly IConfigStore _store;
        private readonly DeviceConfig _config = new DeviceConfig();
        private readonly ConfigPortal _portal;
        private readonly HttpServer _server;
        private readonly MemoryTcpConnection _connection = new MemoryTcpConnection(1 << 16);
        private readonly byte[] _prefix;
        private readonly byte[] _record = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
        private readonly byte[] _reloaded = new byte[DeviceConfig.StorageLayout.MaxRecordSize];
        private readonly DeviceConfig _check = new DeviceConfig();

        public ConfigFormFuzzHook()
        {
            _store = DeviceConfig.CreateStore(_bytes);
            _store.Load(_config);
            var clock = new ManualClock();
            _portal = new ConfigPortal(new DeviceConfig.PortalForm(_config), _store, new SeededRandomSource(1), clock, null, "portal");
            var options = new HttpServerOptions();
            _portal.ConfigureServer(options);
            var listener = new MemoryTcpListenerPort();
            _server = new HttpServer(listener, clock, _portal.Handler, options);
            listener.Connect(_connection);
            _prefix = Encoding.ASCII.GetBytes("_csrf=" + _portal.Csrf.TokenString + "&");
        }

        public long Accepted { get; private set; }

        public long Refused { get; private set; }

        /// <summary>Every key DeviceConfig's form reads (fields, checkbox marker, forget boxes).</summary>
        private static readonly string[] FormKeys =
        {
            "wifi1_ssid", "wifi1_pw", "_clear.wifi1_pw", "wifi2_ssid", "wifi2_pw", "_clear.wifi2_pw", "blynk1_server", "blynk1_port",
            "blynk1_token", "blynk2_server", "blynk2_port", "blynk2_token", "_clear.blynk2_token", "board", "mqtt_server", "mqtt_port",
            "mqtt_tls", "_b.mqtt_tls", "mqtt_pass", "_clear.mqtt_pass",
        };

        private readonly UrlEncodedFormReader _reader = new UrlEncodedFormReader(64, 1024);

        public void Submit(byte[] body, bool hasInvalidPair)
        {
            // hasInvalidPair counts pairs under any key; the form ignores unknown keys, so it decides nothing here.
            body = Retarget(body);
            bool mustRefuse = HasUndecodableKnownValue(body);
            int writesBefore = _bytes.Writes;
            int length = _config.Write(_record, 0, 0);
            string head = "POST /save HTTP/1.1\r\nHost: portal\r\nOrigin: http://portal\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + (_prefix.Length + body.Length) + "\r\n\r\n";
            _connection.ClientWrite(Encoding.ASCII.GetBytes(head));
            _connection.ClientWrite(_prefix);
            _connection.ClientWrite(body);
            for (int i = 0; i < 4 && _connection.OutputLength == 0; i++)
            {
                _server.Poll();
            }

            int status = Status();
            _connection.ClearOutput();
            if (status == 200)
            {
                if (mustRefuse)
                {
                    throw new FuzzFailure("a form with an undecodable value for a known key was accepted", body);
                }

                Accepted++;
                CheckStoreMatchesLive(body);
                return;
            }

            Refused++;
            if (status != 400 && status != 403)
            {
                throw new FuzzFailure("unexpected status " + status + " from /save", body);
            }

            if (_bytes.Writes != writesBefore)
            {
                throw new FuzzFailure("a refused form (" + status + ") wrote to the store", body);
            }

            int after = _config.Write(_reloaded, 0, 0);
            if (after != length || !_record.AsSpan(0, length).SequenceEqual(_reloaded.AsSpan(0, after)))
            {
                throw new FuzzFailure("a refused form (" + status + ") changed the live config", body);
            }
        }

        private static byte[] Retarget(byte[] body)
        {
            var result = new System.Collections.Generic.List<byte>(body.Length + 64);
            int start = 0;
            while (start <= body.Length)
            {
                int end = Array.IndexOf(body, (byte)'&', start);
                if (end < 0)
                {
                    end = body.Length;
                }

                int eq = Array.IndexOf(body, (byte)'=', start, end - start);
                int keyEnd = eq < 0 ? end : eq;
                uint hash = 2166136261u;
                for (int i = start; i < keyEnd; i++)
                {
                    hash = (hash ^ body[i]) * 16777619u;
                }

                int choice = (int)(hash % (uint)(FormKeys.Length + 4));
                bool isToken = keyEnd - start == 5 && Encoding.ASCII.GetString(body, start, 5) == "_csrf";
                if (start > 0)
                {
                    result.Add((byte)'&');
                }

                if (!isToken && keyEnd > start && choice < FormKeys.Length)
                {
                    result.AddRange(Encoding.ASCII.GetBytes(FormKeys[choice]));
                    for (int i = keyEnd; i < end; i++)
                    {
                        result.Add(body[i]);
                    }
                }
                else
                {
                    for (int i = start; i < end; i++)
                    {
                        result.Add(body[i]);
                    }
                }

                start = end + 1;
            }

            return result.ToArray();
        }

        private bool HasUndecodableKnownValue(byte[] body)
        {
            _reader.Reset(body, 0, body.Length);
            while (_reader.MoveNext())
            {
                if (_reader.KeyError != FormFieldError.None || _reader.ValueError is FormFieldError.None or FormFieldError.ValueTooLong)
                {
                    continue;
                }

                string key = _reader.KeyToString();
                if (Array.IndexOf(FormKeys, key) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private int Status()
        {
            ReadOnlySpan<byte> output = _connection.Output;
            if (output.Length < 12 || _connection.ServerClosed)
            {
                throw new FuzzFailure("no answer from /save (or the connection was dropped)", Array.Empty<byte>());
            }

            return ((output[9] - '0') * 100) + ((output[10] - '0') * 10) + (output[11] - '0');
        }

        private void CheckStoreMatchesLive(byte[] body)
        {
            if (_store.Load(_check) != ConfigReadStatus.Ok)
            {
                throw new FuzzFailure("an accepted form left a store that does not load", body);
            }

            int a = _config.Write(_record, 0, 0);
            int b = _check.Write(_reloaded, 0, 0);
            if (a != b || !_record.AsSpan(0, a).SequenceEqual(_reloaded.AsSpan(0, b)))
            {
                throw new FuzzFailure("an accepted form stored something other than the live config", body);
            }
        }

        private sealed class CountingByteStore : IByteStore
        {
            private readonly byte[] _image;

            public CountingByteStore(int size) => _image = new byte[size];

            public int Writes { get; private set; }

            public int Size => _image.Length;

            public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_image, address, buffer, offset, count);

            public void Write(int address, byte[] buffer, int offset, int count)
            {
                Writes++;
                Array.Copy(buffer, offset, _image, address, count);
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
