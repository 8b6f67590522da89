using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Esp32.Wifi
{
    /// <summary>
    /// The WiFi manager's radio port over nanoFramework's <c>WifiAdapter</c> (IWifiRadio's comment is the recipe).
    /// Every member returns at once: a join runs on a worker thread of its own (<c>WifiAdapter.Connect</c> waits up to
    /// 20 s, though it lets other managed threads run), then waits on that thread for the station's address.
    /// <see cref="StationLink"/> makes every decision (what is published, when a result is stale, when a held scan
    /// starts, when a link counts as lost); this class only calls nanoFramework. Scans go through a shared
    /// <see cref="RadioScanner"/>. Construct it once at start-up: it turns off the firmware's own joining (the stored
    /// station options lose AutoConnect and SmartConfig; stored only when they differ) and subscribes to
    /// nanoFramework's network events until <see cref="Close"/>. Do not use nanoFramework's <c>WifiNetworkHelper</c>
    /// beside it.
    /// </summary>
    public sealed class StationRadio : IWifiRadio
    {
        private readonly WifiAdapter _adapter;
        private readonly NetworkInterface _station;
        private readonly RadioScanner _scanner;
        private readonly StationLink _link = new StationLink();
        private readonly object _lock = new object();
        private readonly NetworkAvailabilityChangedEventHandler _availabilityHandler;
        private readonly NetworkAddressChangedEventHandler _addressHandler;
        private Thread _worker;

        /// <summary>The device's first (on ESP32 its only) radio.</summary>
        public StationRadio(IClock clock)
            : this(WifiAdapter.FindAllAdapters()[0], clock)
        {
        }

        /// <param name="adapter">The radio.</param>
        /// <param name="clock">For the scan timeout.</param>
        public StationRadio(WifiAdapter adapter, IClock clock)
        {
            if (adapter == null)
            {
                throw new ArgumentNullException("adapter");
            }

            _adapter = adapter;
            _station = NetworkInterface.GetAllNetworkInterfaces()[adapter.NetworkInterface];
            Wireless80211Configuration stored = StationConfigurations.Of(_station);
            if (stored != null)
            {
                int options = (int)stored.Options;
                int managed = StationOptions.ForManagedStation(options);
                if (managed != options)
                {
                    stored.Options = (Wireless80211Configuration.ConfigurationOptions)managed;
                    stored.SaveConfiguration();
                }
            }

            _scanner = new RadioScanner(adapter, clock);
            _availabilityHandler = OnAvailabilityChanged;
            _addressHandler = OnAddressChanged;
            NetworkChange.NetworkAvailabilityChanged += _availabilityHandler;
            NetworkChange.NetworkAddressChanged += _addressHandler;
        }

        /// <inheritdoc/>
        public int ScanCount
        {
            get { return _scanner.ScanCount; }
        }

        /// <inheritdoc/>
        public WifiNetworkInfo[] LatestNetworks
        {
            get { return _scanner.LatestNetworks; }
        }

        /// <inheritdoc/>
        public WifiLinkState State
        {
            get
            {
                lock (_lock)
                {
                    return _link.State;
                }
            }
        }

        /// <inheritdoc/>
        public WifiFailure Failure
        {
            get
            {
                lock (_lock)
                {
                    return _link.Failure;
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>The failed join's WifiConnectionStatus name, or its exception's type and message.</remarks>
        public string FailureDetail
        {
            get
            {
                lock (_lock)
                {
                    return _link.FailureDetail;
                }
            }
        }

        /// <inheritdoc/>
        public string IpAddress
        {
            get
            {
                lock (_lock)
                {
                    return _link.IpAddress;
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>Held while a join runs (ESP-IDF refuses to scan while joining) and started when the last one ends.</remarks>
        public void RequestScan()
        {
            bool now;
            lock (_lock)
            {
                now = _link.ScanMayStart();
            }

            if (now)
            {
                _scanner.RequestScan();
            }
        }

        /// <inheritdoc/>
        /// <remarks>Starts a join thread and returns at once; the thread leaves a current link first.</remarks>
        public void Connect(string ssid, string password, StaticIpConfig staticIp, string hostname)
        {
            lock (_lock)
            {
                bool leaveFirst;
                int attempt = _link.Begin(out leaveFirst);
                var join = new JoinAttempt(this, attempt, _worker, ssid, password, staticIp, hostname, leaveFirst);
                var worker = new Thread(join.Run);
                try
                {
                    worker.Start();
                    _worker = worker;
                }
                catch (Exception e)
                {
                    _link.Finish(attempt, WifiFailure.Other, "no thread for the join: " + e.Message, null);
                    _link.WorkerEnded();
                }
            }
        }

        /// <inheritdoc/>
        public void Disconnect()
        {
            lock (_lock)
            {
                _link.Abandon();
            }

            // Also makes a join blocked in WifiAdapter.Connect return early.
            LeaveNetwork();
        }

        /// <summary>Stops listening to the radio's and the network's events.</summary>
        public void Close()
        {
            NetworkChange.NetworkAvailabilityChanged -= _availabilityHandler;
            NetworkChange.NetworkAddressChanged -= _addressHandler;
            _scanner.Close();
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            lock (_lock)
            {
                _link.AvailabilityChanged(e.IsAvailable);
            }
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            string address;
            try
            {
                address = _station.IPv4Address;
            }
            catch (Exception)
            {
                return;
            }

            lock (_lock)
            {
                _link.AddressChanged(address);
            }
        }

        private bool IsCurrent(int attempt)
        {
            lock (_lock)
            {
                return _link.IsCurrent(attempt);
            }
        }

        private void LeaveNetwork()
        {
            try
            {
                _adapter.Disconnect();
            }
            catch (Exception)
            {
                // Not joined: nothing to leave.
            }
        }

        /// <summary>Waits on the worker for the station's address; null when none came (or the attempt went stale).</summary>
        private string WaitForAddress(int attempt)
        {
            for (int waited = 0; waited <= WifiConnectResults.AddressWaitMilliseconds; waited += WifiConnectResults.AddressPollMilliseconds)
            {
                string address = _station.IPv4Address;
                if (WifiConnectResults.HasAddress(address))
                {
                    return address;
                }

                if (!IsCurrent(attempt))
                {
                    return null;
                }

                Thread.Sleep(WifiConnectResults.AddressPollMilliseconds);
            }

            return null;
        }

        private void Finish(int attempt, WifiFailure failure, string detail, string address)
        {
            bool published;
            bool scanNow;
            lock (_lock)
            {
                published = _link.Finish(attempt, failure, detail, address);
                scanNow = _link.WorkerEnded();
            }

            if (!published && failure == WifiFailure.None)
            {
                LeaveNetwork(); // abandoned while joining: do not stay on a network nobody waits for
            }

            if (scanNow)
            {
                _scanner.RequestScan();
            }
        }

        /// <summary>One join, run on its own worker thread.</summary>
        private sealed class JoinAttempt
        {
            private readonly StationRadio _radio;
            private readonly int _attempt;
            private readonly Thread _previous;
            private readonly string _ssid;
            private readonly string _password;
            private readonly StaticIpConfig _staticIp;
            private readonly string _hostname;
            private readonly bool _leaveFirst;

            public JoinAttempt(StationRadio radio, int attempt, Thread previous, string ssid, string password, StaticIpConfig staticIp, string hostname, bool leaveFirst)
            {
                _radio = radio;
                _attempt = attempt;
                _previous = previous;
                _ssid = ssid;
                _password = password == null ? "" : password;
                _staticIp = staticIp;
                _hostname = hostname;
                _leaveFirst = leaveFirst;
            }

            public void Run()
            {
                WifiFailure failure = WifiFailure.None;
                string detail = "";
                string address = null;
                try
                {
                    if (_previous != null)
                    {
                        // The previous worker may still leave its network: it must be done before this join starts.
                        _previous.Join();
                    }

                    if (_radio.IsCurrent(_attempt))
                    {
                        failure = Attempt(out detail, out address);
                    }
                }
                catch (Exception e)
                {
                    failure = WifiFailure.Other;
                    detail = e.GetType().Name + ": " + e.Message;
                }

                _radio.Finish(_attempt, failure, detail, address);
            }

            private WifiFailure Attempt(out string detail, out string address)
            {
                detail = "";
                address = null;
                if (_leaveFirst)
                {
                    _radio.LeaveNetwork();
                }

                if (_hostname != null && _hostname.Length > 0)
                {
                    _radio._adapter.SetDeviceName(_hostname);
                }

                if (_staticIp != null)
                {
                    _radio._station.EnableStaticIPv4(_staticIp.Address, _staticIp.SubnetMask, _staticIp.Gateway);
                    _radio._station.EnableStaticIPv4Dns(WifiConnectResults.DnsServers(_staticIp));
                }
                else
                {
                    _radio._station.EnableDhcp();
                }

                int status = (int)_radio._adapter.Connect(_ssid, WifiReconnectionKind.Manual, _password).ConnectionStatus;
                WifiFailure failure = WifiConnectResults.ToFailure(status);
                if (failure != WifiFailure.None)
                {
                    detail = WifiConnectResults.Name(status);
                    return failure;
                }

                address = _radio.WaitForAddress(_attempt);
                if (address == null)
                {
                    _radio.LeaveNetwork();
                    detail = "associated, but no IPv4 address within " + (WifiConnectResults.AddressWaitMilliseconds / 1000).ToString() + " s";
                    return WifiFailure.NoIpAddress;
                }

                return WifiFailure.None;
            }
        }
    }
}
