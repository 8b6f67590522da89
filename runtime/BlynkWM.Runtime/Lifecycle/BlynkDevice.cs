using BlynkWM.Blynk;
using BlynkWM.Portal;
using BlynkWM.Ports;
using BlynkWM.Reset;
using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// The device lifecycle: what the seed's <c>Blynk.begin()</c> and <c>Blynk.run()</c> do, without ever blocking. Made
    /// from the generated config class and the platform's ports; <see cref="Start"/> loads the config, reads the reset
    /// detector and a stored portal request, and either opens the config portal (no valid config, a reset sequence, a
    /// request) or starts joining WiFi; <see cref="Step"/>, called from the main loop, does the rest: the WiFi manager,
    /// the Blynk client once WiFi is up, the fallback portal when no saved network can be joined (closed again when one
    /// returns), the portal timeout, and saves from the portal, tested before they are stored.
    /// <para>
    /// Threads: call <see cref="Start"/>, <see cref="Step"/> and the lifecycle commands (<see cref="OpenPortal"/>,
    /// <see cref="ClearConfig"/>) from one thread — the main loop, or a thread of the device's own that loops on
    /// <see cref="Step"/> (sleeping a few milliseconds when it returns false). Events and pin handlers run on that
    /// thread. The Blynk calls (<see cref="VirtualWrite(int, int)"/>, <see cref="SyncVirtual(int)"/>...) may come from any
    /// thread: the client is thread-safe.
    /// </para>
    /// </summary>
    public sealed partial class BlynkDevice
    {
        private readonly IDeviceConfig _config;
        private readonly IPortalForm _form;
        private readonly DeviceStorage _storage;
        private readonly DevicePorts _ports;
        private readonly BlynkDeviceOptions _options;
        private readonly uint _portalAddress;
        private int _handlerFailures;
        private readonly IClock _clock;
        private readonly WifiManager _wifi;
        private readonly BlynkClient _blynk;
        private readonly ResetDetector _resets;
        private readonly ForcedPortalFlag _portalFlag;
        private readonly ConfigTrial _trial;
        private readonly Tester _tester;

        private PortalSession _session;
        private bool _started;
        private bool _rebooting;
        private ConfigReadStatus _loadStatus = ConfigReadStatus.Empty;
        private DeviceState _state = DeviceState.Stopped;
        private PortalReason _portalReason = PortalReason.None;
        private DeviceFailure _lastFailure = DeviceFailure.None;
        private string _lastFailureDetail = "";
        private int _blynkFailures;
        private long _offlineSince;
        private long _savedAt = -1;
        private int _portalOpenings;
        private int _portalTimeouts;

        /// <summary>A device on <paramref name="config"/>'s generated portal form (<see cref="IPortalFormFactory"/>; the class needs a parameterless constructor).</summary>
        public BlynkDevice(IDeviceConfig config, DeviceStorage storage, DevicePorts ports, BlynkDeviceOptions options)
            : this(config, null, storage, ports, options)
        {
        }

        /// <param name="config">The live config object (a <c>[BlynkConfig]</c> class); <see cref="Start"/> loads it.</param>
        /// <param name="form">Its generated portal form (<c>new DeviceConfig.PortalForm(config)</c>), or null to make one.</param>
        /// <param name="storage">The config store and the small records.</param>
        /// <param name="ports">The platform's ports.</param>
        /// <param name="options">null: the defaults.</param>
        public BlynkDevice(IDeviceConfig config, IPortalForm form, DeviceStorage storage, DevicePorts ports, BlynkDeviceOptions options)
        {
            if (config == null || storage == null || ports == null)
            {
                throw new System.ArgumentNullException(config == null ? "config" : storage == null ? "storage" : "ports");
            }

            _options = options == null ? new BlynkDeviceOptions() : options;
            _options.FillDefaults();

            // Checked here, not when the portal first opens (for a fallback portal, possibly hours after boot).
            _portalAddress = Ipv4Text.Parse(_options.PortalAddress, "PortalAddress");
            if (ports.SoftAp != null && _options.AccessPoint == null)
            {
                throw new System.ArgumentException("An access point port needs BlynkDeviceOptions.AccessPoint (its SSID and password must stay the same across boots).", "options");
            }

            _config = config;
            IPortalFormFactory factory = config as IPortalFormFactory;
            if (form == null && factory == null)
            {
                throw new System.ArgumentException("The config makes no portal form: pass its generated PortalForm.", "form");
            }

            _form = form == null ? factory.CreatePortalForm() : form;
            _storage = storage;
            _ports = ports;
            _clock = ports.Clock;
            _wifi = new WifiManager(ports.Radio, ports.Clock, ports.Random, _options.Wifi);
            _blynk = new BlynkClient(ports.Network, ports.Clock, ports.Random, _options.Blynk);
            _blynk.Connected += OnBlynkConnected;
            _blynk.Disconnected += OnBlynkDisconnected;
            _wifi.AttemptFailed += OnWifiAttemptFailed;
            _wifi.Disconnected += OnWifiDisconnected;
            if (storage.ResetRecord != null)
            {
                _resets = new ResetDetector(storage.ResetRecord, ports.Clock, _options.Resets);
                _wifi.LastGoodChanged += OnLastGoodChanged;
            }

            if (storage.PortalFlagRecord != null)
            {
                _portalFlag = new ForcedPortalFlag(storage.PortalFlagRecord);
            }

            _trial = new ConfigTrial(ports.Radio, ports.Network, ports.Clock, ports.Random, _options);
            _tester = new Tester(this);
        }

        /// <summary>Raised on the thread calling <see cref="Step"/> when <see cref="State"/> changes.</summary>
        public event DeviceEventHandler StateChanged;

        /// <summary>Logged in to a Blynk server (the seed's <c>BLYNK_CONNECTED()</c>).</summary>
        public event DeviceEventHandler Connected;

        /// <summary>A logged-in connection ended (the seed's <c>BLYNK_DISCONNECTED()</c>).</summary>
        public event DeviceEventHandler Disconnected;

        /// <summary>Where the device is: portal, connecting WiFi, connecting Blynk, running, or error (the <c>/status</c> contract's <c>state</c>).</summary>
        public DeviceState State
        {
            get { return _state; }
        }

        /// <summary>Why the portal is open (None when it is not).</summary>
        public PortalReason PortalReason
        {
            get { return _portalReason; }
        }

        /// <summary>True while the config portal is open, for any <see cref="PortalReason"/>.</summary>
        public bool IsPortalOpen
        {
            get { return _portalReason != PortalReason.None; }
        }

        /// <summary>The last failure of WiFi, Blynk or a tested save (it stays after the device recovers).</summary>
        public DeviceFailure LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>The last failure in words: which network or server, and the component's own description.</summary>
        public string LastFailureDetail
        {
            get { return _lastFailureDetail; }
        }

        /// <summary>What <see cref="Start"/> found in the store (Ok: a valid config; Empty: none).</summary>
        public ConfigReadStatus LoadStatus
        {
            get { return _loadStatus; }
        }

        /// <summary>The live config (a <c>[BlynkConfig]</c> object; cast it to its class).</summary>
        public IDeviceConfig Config
        {
            get { return _config; }
        }

        /// <summary>The config's board name ("" when it declares none).</summary>
        public string BoardName
        {
            get { return _config.BoardName; }
        }

        /// <summary>The WiFi manager (per-network status, failures, events).</summary>
        public WifiManager Wifi
        {
            get { return _wifi; }
        }

        /// <summary>The Blynk client (servers, counters, <see cref="BlynkClient.Describe"/>).</summary>
        public BlynkClient Blynk
        {
            get { return _blynk; }
        }

        /// <summary>The reset detector, or null without a reset record.</summary>
        public ResetDetector Resets
        {
            get { return _resets; }
        }

        /// <summary>The portal (null until it first opens): its <see cref="ConfigPortal.Status"/> is what <c>/status</c> shows.</summary>
        public ConfigPortal Portal
        {
            get { return _session == null ? null : _session.Portal; }
        }

        /// <summary>True once the device asked the reboot port to restart (it does nothing more).</summary>
        public bool RebootRequested
        {
            get { return _rebooting; }
        }

        /// <summary>Handlers of <see cref="StateChanged"/>, <see cref="Connected"/> or <see cref="Disconnected"/> that threw (the device carries on).</summary>
        public int HandlerFailures
        {
            get { return _handlerFailures; }
        }

        /// <summary>Times the portal opened, and timed out, since start.</summary>
        public int PortalOpenings
        {
            get { return _portalOpenings; }
        }

        /// <summary>Times the open portal went <see cref="BlynkDeviceOptions.PortalTimeoutMs"/> without a request (each then did what <see cref="BlynkDeviceOptions.OnPortalTimeout"/> says).</summary>
        public int PortalTimeouts
        {
            get { return _portalTimeouts; }
        }

        /// <summary>
        /// Boots: reads the reset detector and a stored portal request, loads the config, then opens the portal or
        /// starts joining WiFi. Returns at once.
        /// </summary>
        public void Start()
        {
            if (_started)
            {
                return;
            }

            _started = true;
            if (_resets != null)
            {
                _resets.Start(_ports.BootCause);
            }

            ForcedPortalMode request = _portalFlag == null ? ForcedPortalMode.None : _portalFlag.TakeAtBoot();
            _loadStatus = _storage.Store.Load(_config);
            ApplyConfig();
            if (_resets != null)
            {
                _wifi.RememberLastGood(_resets.Memo - 1);
            }

            _offlineSince = _clock.NowMilliseconds;
            if (_loadStatus != ConfigReadStatus.Ok)
            {
                OpenPortalNow(PortalReason.NoConfig, ForcedPortalMode.OneShot);
            }
            else if (_resets != null && _resets.Triggered)
            {
                OpenPortalNow(PortalReason.ResetSequence, ForcedPortalMode.OneShot);
            }
            else if (request == ForcedPortalMode.OneShot || request == ForcedPortalMode.Persistent)
            {
                OpenPortalNow(PortalReason.Requested, request);
            }
            else if (request == ForcedPortalMode.Fallback)
            {
                _wifi.Start();
                OpenPortalNow(PortalReason.Fallback, ForcedPortalMode.Fallback);
            }
            else
            {
                if (_ports.SoftAp != null)
                {
                    // A portal left running by a power cut stops at the next reboot instead of staying on the air.
                    _ports.SoftAp.Stop();
                }

                _wifi.Start();
            }

            UpdateState();
        }

        /// <summary>
        /// Moves everything on; never waits (the portal's server, DNS and DHCP, a save's test, the WiFi manager, the
        /// Blynk client, the reset detector's window). Returns true when something happened, so a loop of its own can
        /// sleep when it returns false.
        /// </summary>
        public bool Step()
        {
            if (!_started || _rebooting)
            {
                return false;
            }

            bool busy = false;
            if (_resets != null)
            {
                busy |= _resets.Step();
            }

            if (_session != null && IsPortalOpen)
            {
                busy |= _session.Poll();
            }

            if (_trial.Active)
            {
                busy |= _trial.Step();
                if (!_trial.Active)
                {
                    TrialEnded();
                }
            }

            if (_wifi.State != WifiState.Stopped)
            {
                busy |= _wifi.Step();
            }

            busy |= StepBlynk();
            CheckPortal();
            UpdateState();
            return busy;
        }

        /// <summary>
        /// Opens the config portal now. <see cref="ForcedPortalMode.Persistent"/> also stores the request, so every boot
        /// opens it until a config is saved (the seed's <c>resetAndEnterConfigPortalPersistent</c>); OneShot opens it this
        /// time only (<c>resetAndEnterConfigPortal</c>). Where the access point needs a reboot to start, the request is
        /// stored and the device reboots into the portal.
        /// </summary>
        public void OpenPortal(ForcedPortalMode mode)
        {
            if (mode != ForcedPortalMode.OneShot && mode != ForcedPortalMode.Persistent)
            {
                throw new System.ArgumentException("OpenPortal takes OneShot or Persistent.", "mode");
            }

            if (mode == ForcedPortalMode.Persistent && _portalFlag != null)
            {
                _portalFlag.Request(ForcedPortalMode.Persistent);
            }

            if (_portalReason == PortalReason.Fallback || !IsPortalOpen)
            {
                OpenPortalNow(PortalReason.Requested, mode);
            }

            UpdateState();
        }

        /// <summary>
        /// Forgets the stored config (an erase marker, power-loss safe), gives the live one its defaults, leaves WiFi and
        /// Blynk and opens the portal.
        /// </summary>
        public void ClearConfig()
        {
            _trial.Cancel();
            _storage.Store.Erase();
            _config.ResetToDefaults();
            _loadStatus = ConfigReadStatus.Empty;
            _wifi.Stop();
            _blynk.Stop();
            ApplyConfig();
            if (_session != null)
            {
                _session.Portal.Invalidate();
            }

            OpenPortalNow(PortalReason.NoConfig, ForcedPortalMode.OneShot);
            UpdateState();
        }

        /// <summary>The state, the portal and the last failure in one line, for a log or a status page.</summary>
        public string Describe()
        {
            string text = DeviceFailures.StateName(_state);
            if (IsPortalOpen)
            {
                text += " (portal: " + PortalReasonName(_portalReason) + ")";
            }

            if (_lastFailure != DeviceFailure.None)
            {
                text += "; last failure: " + DeviceFailures.Name(_lastFailure) + " (" + _lastFailureDetail + ")";
            }

            return text;
        }

        /// <summary>Lower-case words for why the portal opened, e.g. <c>reset sequence</c>; <c>closed</c> for <see cref="PortalReason.None"/>.</summary>
        public static string PortalReasonName(PortalReason reason)
        {
            switch (reason)
            {
                case PortalReason.NoConfig:
                    return "no valid config";
                case PortalReason.ResetSequence:
                    return "reset sequence";
                case PortalReason.Requested:
                    return "requested";
                case PortalReason.Fallback:
                    return "no saved network could be joined";
                default:
                    return "closed";
            }
        }

        /// <summary>The live config's credentials to the WiFi manager and the Blynk client (they copy them).</summary>
        private void ApplyConfig()
        {
            var networks = new WifiCredential[_config.WifiCredentialCount];
            for (int i = 0; i < networks.Length; i++)
            {
                networks[i] = _config.GetWifiCredential(i);
            }

            if (_options.Wifi.Hostname == null)
            {
                _options.Wifi.Hostname = Hostname.FromBoardName(_config.BoardName, "esp32", Hostname.Esp32MaxLength);
            }

            _wifi.Configure(networks);
            _blynk.Configure(BlynkServerEndpoint.FromConfig(_config, _options.BlynkSecurity));
        }

        /// <summary>Blynk follows WiFi: started when it is up, stopped when it is down or the radio is the test's.</summary>
        private bool StepBlynk()
        {
            bool wanted = _wifi.IsConnected && !_trial.Active;
            if (wanted && _blynk.State == BlynkState.Stopped)
            {
                _blynk.Start();
            }
            else if (!wanted && _blynk.State != BlynkState.Stopped)
            {
                _blynk.Stop();
            }

            bool busy = _blynk.State != BlynkState.Stopped && _blynk.Step();
            int failures = _blynk.Counters.Failures;
            if (failures != _blynkFailures)
            {
                _blynkFailures = failures;
                BlynkServerEndpoint server = _blynk.LastFailureServer >= 0 ? _blynk.GetServer(_blynk.LastFailureServer) : null;
                string name = server == null ? "" : server.ToString();
                DeviceFailure failure = DeviceFailures.FromBlynk(_blynk.LastFailure, _blynk.LastStreamFailure);
                string how = BlynkClient.FailureName(_blynk.LastFailure);
                if (_blynk.LastStreamFailure != StreamFailure.None)
                {
                    how += ": " + BlynkClient.StreamFailureName(_blynk.LastStreamFailure);
                }

                SetFailure(failure, DeviceFailures.Sentence(failure, "", name) + " (" + how + ")");
            }

            return busy;
        }

        private void SetFailure(DeviceFailure failure, string detail)
        {
            if (failure == DeviceFailure.None)
            {
                return;
            }

            _lastFailure = failure;
            _lastFailureDetail = detail;
        }

        private void UpdateState()
        {
            DeviceState state;
            if (!_started)
            {
                state = DeviceState.Stopped;
            }
            else if (IsPortalOpen)
            {
                state = DeviceState.Portal;
            }
            else if (!_wifi.IsConnected)
            {
                state = DeviceState.ConnectingWifi;
            }
            else if (_blynk.State == BlynkState.Error)
            {
                state = DeviceState.Error;
            }
            else
            {
                state = _blynk.IsConnected ? DeviceState.Running : DeviceState.ConnectingBlynk;
            }

            if (_wifi.IsConnected || IsPortalOpen)
            {
                _offlineSince = _clock.NowMilliseconds;
            }

            if (_session != null)
            {
                _session.Portal.Status.State = DeviceFailures.StateName(state);
            }

            if (state == _state)
            {
                return;
            }

            _state = state;
            Raise(StateChanged);
        }

        private void Raise(DeviceEventHandler handler)
        {
            if (handler == null)
            {
                return;
            }

            try
            {
                handler(this);
            }
            catch (System.Exception)
            {
                // The application's handler must not stop the device's loop; counted, as WifiManager and BlynkClient do.
                _handlerFailures++;
            }
        }

        private void OnBlynkConnected(BlynkClient client)
        {
            Raise(Connected);
        }

        private void OnBlynkDisconnected(BlynkClient client)
        {
            Raise(Disconnected);
        }

        private void OnWifiAttemptFailed(WifiManager manager)
        {
            int network = manager.LastFailureNetwork;
            string ssid = network >= 0 ? manager.GetNetworkSsid(network) : "";
            DeviceFailure failure = DeviceFailures.FromWifi(manager.LastFailure);
            SetFailure(failure, DeviceFailures.Sentence(failure, ssid, ""));
            if (_session != null && _portalReason == PortalReason.Fallback)
            {
                ShowPortalReason();
            }
        }

        private void OnWifiDisconnected(WifiManager manager)
        {
            if (manager.LastFailure == WifiFailure.LinkLost)
            {
                int network = manager.LastFailureNetwork;
                string ssid = network >= 0 ? manager.GetNetworkSsid(network) : "";
                SetFailure(DeviceFailure.WifiTimeout, "The link to the WiFi network \"" + ssid + "\" dropped.");
            }
        }

        private void OnLastGoodChanged(WifiManager manager)
        {
            _resets.Memo = manager.LastGoodNetwork + 1;
        }

        /// <summary>The portal's tester: the radio is the trial's while it runs.</summary>
        private sealed class Tester : IConfigTester
        {
            private readonly BlynkDevice _device;

            public Tester(BlynkDevice device)
            {
                _device = device;
            }

            public void BeginTest(IStoredConfig candidate, SaveStatus status)
            {
                _device.BeginTrial((IDeviceConfig)candidate, status);
            }
        }
    }
}
