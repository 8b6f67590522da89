using BlynkWM.Blynk;
using BlynkWM.Portal;
using BlynkWM.Ports;
using BlynkWM.Storage;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// Tries a candidate config without storing it: joins its WiFi networks in declaration order through the radio
    /// (the first that joins wins), then logs in to its Blynk servers with a client of its own (the application's pin
    /// handlers never see the test). Progress and the precise failure go to a <see cref="SaveStatus"/>. Step-driven,
    /// never waits. The caller must keep the device's own WiFi manager and Blynk client stopped meanwhile: the radio is
    /// the trial's until it ends.
    /// </summary>
    public sealed class ConfigTrial
    {
        private readonly IWifiRadio _radio;
        private readonly IOutgoingStreamPort _network;
        private readonly IClock _clock;
        private readonly IRandomSource _random;
        private readonly BlynkDeviceOptions _options;

        private SaveStatus _status;
        private WifiCredential[] _wifi;
        private BlynkServerEndpoint[] _servers;
        private int _networkIndex;
        private long _phaseStartedAt;
        private BlynkClient _client;
        private bool _active;
        private bool _succeeded;
        private DeviceFailure _failure;
        private DeviceFailure _firstWifiFailure;
        private string _firstWifiSsid;
        private int _shownServer;

        /// <summary>Holds the ports; nothing runs until <see cref="Begin"/>. The device passes its own ports and options.</summary>
        /// <param name="radio">The station radio the trial joins networks with.</param>
        /// <param name="network">Where the trial's Blynk client opens its stream.</param>
        /// <param name="clock">All timing of the trial.</param>
        /// <param name="random">Jitter of the trial's WiFi backoff.</param>
        /// <param name="options">The device's options (timeouts of the trial).</param>
        public ConfigTrial(IWifiRadio radio, IOutgoingStreamPort network, IClock clock, IRandomSource random, BlynkDeviceOptions options)
        {
            _radio = radio;
            _network = network;
            _clock = clock;
            _random = random;
            _options = options;
            _options.FillDefaults();
        }

        /// <summary>True from <see cref="Begin"/> until the trial ends.</summary>
        public bool Active
        {
            get { return _active; }
        }

        /// <summary>The last trial joined a network and logged in (or had no server to log in to).</summary>
        public bool Succeeded
        {
            get { return _succeeded; }
        }

        /// <summary>Why the last trial failed.</summary>
        public DeviceFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>Starts trying <paramref name="candidate"/>: copies what it needs, so the candidate may change afterwards.</summary>
        public void Begin(IDeviceConfig candidate, SaveStatus status)
        {
            _status = status;
            _succeeded = false;
            _failure = DeviceFailure.None;
            _firstWifiFailure = DeviceFailure.None;
            _firstWifiSsid = "";
            _wifi = SetNetworks(candidate);
            _servers = BlynkServerEndpoint.FromConfig(candidate, _options.BlynkSecurity);
            _active = true;
            if (_wifi.Length == 0)
            {
                Fail(DeviceFailure.NetworkNotFound, "No WiFi network is set. Enter one and save again.");
                return;
            }

            _networkIndex = -1;
            try
            {
                NextNetwork();
            }
            catch (System.Exception)
            {
                // The radio refused the join: no trial runs (the caller reports that the test could not start).
                _active = false;
                throw;
            }
        }

        /// <summary>Moves the trial on; true when something happened. Ends with <see cref="Active"/> false.</summary>
        public bool Step()
        {
            if (!_active)
            {
                return false;
            }

            return _client == null ? StepWifi() : StepBlynk();
        }

        /// <summary>Abandons a running trial (the radio is left).</summary>
        public void Cancel()
        {
            if (!_active)
            {
                return;
            }

            StopClient();
            _radio.Disconnect();
            _active = false;
        }

        private static WifiCredential[] SetNetworks(IDeviceConfig candidate)
        {
            int count = 0;
            for (int i = 0; i < candidate.WifiCredentialCount; i++)
            {
                if (candidate.GetWifiCredential(i).IsSet)
                {
                    count++;
                }
            }

            var networks = new WifiCredential[count];
            int k = 0;
            for (int i = 0; i < candidate.WifiCredentialCount; i++)
            {
                WifiCredential source = candidate.GetWifiCredential(i);
                if (source.IsSet)
                {
                    var copy = new WifiCredential();
                    copy.Ssid = source.Ssid;
                    copy.Password = source.Password == null ? "" : source.Password;
                    networks[k++] = copy;
                }
            }

            return networks;
        }

        private void NextNetwork()
        {
            _networkIndex++;
            WifiCredential network = _wifi[_networkIndex];
            _status.Step = SaveStep.Wifi;
            _status.Ssid = network.Ssid;
            _status.Server = "";
            _status.Message = "Joining the WiFi network \"" + network.Ssid + "\".";
            _phaseStartedAt = _clock.NowMilliseconds;
            _radio.Connect(network.Ssid, network.Password, _options.Wifi.StaticIp, _options.Wifi.Hostname);
        }

        private bool StepWifi()
        {
            DeviceFailure failure;
            switch (_radio.State)
            {
                case WifiLinkState.Connected:
                    return BeginBlynk();
                case WifiLinkState.Failed:
                    failure = DeviceFailures.FromWifi(_radio.Failure);
                    break;
                case WifiLinkState.Idle:
                    failure = DeviceFailure.WifiTimeout;
                    break;
                default:
                    if (_clock.NowMilliseconds - _phaseStartedAt < _options.TestWifiTimeoutMs)
                    {
                        return false;
                    }

                    _radio.Disconnect();
                    failure = DeviceFailure.WifiTimeout;
                    break;
            }

            // The first network's failure is reported: it is the one the user most likely just typed.
            if (_firstWifiFailure == DeviceFailure.None)
            {
                _firstWifiFailure = failure;
                _firstWifiSsid = _wifi[_networkIndex].Ssid;
            }

            if (_networkIndex + 1 < _wifi.Length)
            {
                NextNetwork();
                return true;
            }

            _status.Ssid = _firstWifiSsid;
            Fail(_firstWifiFailure, _firstWifiSsid, "");
            return true;
        }

        private bool BeginBlynk()
        {
            _status.Ssid = _wifi[_networkIndex].Ssid;
            if (_servers.Length == 0)
            {
                Succeed("Joined \"" + _status.Ssid + "\". No Blynk server is set, so none was tried.");
                return true;
            }

            // A client of its own with few pins: the test needs a login, not the application's traffic.
            var options = new BlynkClientOptions();
            options.VirtualPinCount = 8;
            options.MaxIncomingBody = 256;
            options.SendBufferBytes = 256;
            options.DeviceInfo = _options.Blynk.DeviceInfo;
            options.HeartbeatSeconds = _options.Blynk.HeartbeatSeconds;
            options.ConnectTimeoutMs = _options.Blynk.ConnectTimeoutMs;
            options.ResponseTimeoutMs = _options.Blynk.ResponseTimeoutMs;
            _client = new BlynkClient(_network, _clock, _random, options, _servers);
            _status.Step = SaveStep.Blynk;
            _shownServer = -1;
            ShowServer();
            _phaseStartedAt = _clock.NowMilliseconds;
            _client.Start();
            return true;
        }

        /// <summary>The server being tried, into the status when it changes (not per step: the text allocates).</summary>
        private void ShowServer()
        {
            int index = _client.CurrentServer >= 0 ? _client.CurrentServer : 0;
            if (index == _shownServer)
            {
                return;
            }

            _shownServer = index;
            BlynkServerEndpoint server = _client.GetServer(index);
            string name = server == null ? "" : server.ToString();
            _status.Server = name;
            _status.Message = "Joined \"" + _status.Ssid + "\"; logging in to the Blynk server " + name + ".";
        }

        private bool StepBlynk()
        {
            bool busy = _client.Step();
            ShowServer();
            BlynkState state = _client.State;
            if (state == BlynkState.Running)
            {
                Succeed("The new settings work: joined \"" + _status.Ssid + "\" and logged in to " + _status.Server + ".");
                return true;
            }

            // Disconnected: every server failed once and backs off. Error: every token rejected.
            bool timedOut = _clock.NowMilliseconds - _phaseStartedAt >= _options.TestBlynkTimeoutMs;
            if (state == BlynkState.Disconnected || state == BlynkState.Error || timedOut)
            {
                int failed = _client.LastFailureServer;
                if (failed >= 0)
                {
                    BlynkServerEndpoint server = _client.GetServer(failed);
                    _status.Server = server.ToString();
                }

                DeviceFailure failure = DeviceFailures.FromBlynk(_client.LastFailure, _client.LastStreamFailure);
                if (failure == DeviceFailure.None)
                {
                    failure = DeviceFailure.BlynkTimeout;
                }

                StopClient();
                _radio.Disconnect();
                Fail(failure, _status.Ssid, _status.Server);
                return true;
            }

            return busy;
        }

        private void Succeed(string message)
        {
            StopClient();
            _succeeded = true;
            _active = false;
            _status.Step = SaveStep.Done;
            _status.Failure = "";
            _status.Message = message;
        }

        private void Fail(DeviceFailure failure, string ssid, string server)
        {
            Fail(failure, DeviceFailures.Sentence(failure, ssid, server) + " Nothing was saved.");
        }

        private void Fail(DeviceFailure failure, string message)
        {
            StopClient();
            _failure = failure;
            _succeeded = false;
            _active = false;
            _status.Fail(DeviceFailures.Name(failure), message);
        }

        private void StopClient()
        {
            if (_client != null)
            {
                _client.Stop();
                _client = null;
            }
        }
    }
}
