using System;
using System.Device.Wifi;
using BlynkWM.Platform;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Esp32.Wifi
{
    /// <summary>
    /// The scan port over nanoFramework's WifiAdapter. <see cref="RequestScan"/> calls ScanAsync (it returns at once)
    /// unless a scan is running; the radio's AvailableNetworksChanged event, raised on nanoFramework's event thread,
    /// reads the report and publishes it, then counts the scan (<see cref="ScanCount"/>). Scanning needs the station
    /// interface: while the portal's access point runs, the radio must be in AP+station mode (<see cref="SoftAccessPoint"/>
    /// sees to it). <see cref="StationRadio"/> shares one for the WiFi manager's scans.
    /// </summary>
    public sealed class RadioScanner : IWifiScanner
    {
        /// <summary>A scan that has not reported after this long no longer blocks the next one.</summary>
        public const int ScanTimeoutMilliseconds = 15000;

        private readonly WifiAdapter _adapter;
        private readonly ScanSchedule _schedule;
        private readonly object _lock = new object();
        private readonly AvailableNetworksChangedEventHandler _handler;
        private WifiNetworkInfo[] _latest = new WifiNetworkInfo[0];
        private int _scanCount;

        /// <param name="adapter">The radio, usually <c>WifiAdapter.FindAllAdapters()[0]</c>.</param>
        /// <param name="clock">For the scan timeout.</param>
        public RadioScanner(WifiAdapter adapter, IClock clock)
        {
            if (adapter == null)
            {
                throw new ArgumentNullException("adapter");
            }

            _adapter = adapter;
            _schedule = new ScanSchedule(clock, ScanTimeoutMilliseconds);
            _handler = OnNetworksChanged;
            _adapter.AvailableNetworksChanged += _handler;
        }

        /// <inheritdoc/>
        public WifiNetworkInfo[] LatestNetworks
        {
            get
            {
                lock (_lock)
                {
                    return _latest;
                }
            }
        }

        /// <summary>Scans reported since start; <see cref="LatestNetworks"/> changes only together with it.</summary>
        public int ScanCount
        {
            get
            {
                lock (_lock)
                {
                    return _scanCount;
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>Starts WifiAdapter.ScanAsync unless a scan is running and not yet overdue (<see cref="ScanTimeoutMilliseconds"/>).</remarks>
        public void RequestScan()
        {
            lock (_lock)
            {
                if (!_schedule.TryStart())
                {
                    return;
                }
            }

            try
            {
                _adapter.ScanAsync();
            }
            catch (Exception)
            {
                // The radio refuses to scan while it connects; the next request tries again.
                lock (_lock)
                {
                    _schedule.Ended();
                }
            }
        }

        /// <summary>Stops listening to the radio's scan events.</summary>
        public void Close()
        {
            _adapter.AvailableNetworksChanged -= _handler;
        }

        private void OnNetworksChanged(WifiAdapter sender, object e)
        {
            WifiNetworkInfo[] found;
            try
            {
                WifiAvailableNetwork[] networks = sender.NetworkReport.AvailableNetworks;
                found = new WifiNetworkInfo[networks == null ? 0 : networks.Length];
                for (int i = 0; i < found.Length; i++)
                {
                    found[i] = ScanResults.ToInfo(networks[i].Ssid, networks[i].NetworkRssiInDecibelMilliwatts);
                }
            }
            catch (Exception)
            {
                found = null; // keep the previous list
            }

            lock (_lock)
            {
                if (found != null)
                {
                    _latest = found;
                    _scanCount++;
                }

                _schedule.Ended();
            }
        }
    }
}
