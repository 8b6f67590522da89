using BlynkWM.Ports;

namespace BlynkWM.Platform
{
    /// <summary>
    /// The station adapter's published state and the handoff with its join workers, as <see cref="IWifiRadio"/>
    /// describes them: each Connect begins a numbered attempt run by a worker thread; only the current attempt's worker
    /// may publish its result (Connected with an address, or Failed with a reason), and it publishes the state last; a
    /// Disconnect, a newer Connect or a lost link makes a running worker's attempt stale, so finishing it publishes
    /// nothing (and the worker leaves a network it joined). Scans asked for while any worker runs are held until the
    /// last one ends (ESP-IDF refuses to scan while joining). While Connected, the link going down or the address
    /// going back to none is LinkLost. Not thread-safe: the adapter calls it under its lock, from the caller's thread,
    /// its workers and nanoFramework's event thread.
    /// </summary>
    public sealed class StationLink
    {
        private WifiLinkState _state = WifiLinkState.Idle;
        private WifiFailure _failure = WifiFailure.None;
        private string _detail = "";
        private string _address = "";
        private int _attempt;
        private int _workers;
        private bool _scanWanted;

        /// <summary>The link as the radio reports it: idle, connecting, connected or failed.</summary>
        public WifiLinkState State
        {
            get { return _state; }
        }

        /// <summary>Why the last attempt failed or the link was lost; None while connecting or connected.</summary>
        public WifiFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>The platform's words on <see cref="Failure"/> (e.g. a connect status name); empty when none.</summary>
        public string FailureDetail
        {
            get { return _detail; }
        }

        /// <summary>The station's address while connected, dotted IPv4; empty otherwise.</summary>
        public string IpAddress
        {
            get { return _address; }
        }

        /// <summary>Join workers started and not yet ended.</summary>
        public int Workers
        {
            get { return _workers; }
        }

        /// <summary>
        /// Starts an attempt: Connecting, failure cleared. Returns its number for the worker the adapter starts now;
        /// <paramref name="leaveFirst"/> says the radio has or is getting a link the worker must leave before joining.
        /// </summary>
        public int Begin(out bool leaveFirst)
        {
            leaveFirst = _state == WifiLinkState.Connected || _state == WifiLinkState.Connecting;
            _attempt++;
            _workers++;
            _state = WifiLinkState.Connecting;
            _failure = WifiFailure.None;
            _detail = "";
            _address = "";
            return _attempt;
        }

        /// <summary>True while <paramref name="attempt"/> is the one the caller waits for.</summary>
        public bool IsCurrent(int attempt)
        {
            return attempt == _attempt && _state == WifiLinkState.Connecting;
        }

        /// <summary>
        /// The worker's result: <paramref name="failure"/> None means joined with <paramref name="address"/>. Returns
        /// true when published; false when the attempt is stale (then a worker that joined must leave again).
        /// </summary>
        public bool Finish(int attempt, WifiFailure failure, string detail, string address)
        {
            if (!IsCurrent(attempt))
            {
                return false;
            }

            if (failure == WifiFailure.None)
            {
                _address = address == null ? "" : address;
                _state = WifiLinkState.Connected;
            }
            else
            {
                _failure = failure;
                _detail = detail == null ? "" : detail;
                _state = WifiLinkState.Failed;
            }

            return true;
        }

        /// <summary>A worker has ended (published or not). True when a scan held meanwhile should start now.</summary>
        public bool WorkerEnded()
        {
            if (_workers > 0)
            {
                _workers--;
            }

            if (_workers == 0 && _scanWanted)
            {
                _scanWanted = false;
                return true;
            }

            return false;
        }

        /// <summary>A scan was asked for: true when it may start now, false when it is held until the workers end.</summary>
        public bool ScanMayStart()
        {
            if (_workers > 0)
            {
                _scanWanted = true;
                return false;
            }

            return true;
        }

        /// <summary>Disconnect: Idle at once; a running attempt is stale.</summary>
        public void Abandon()
        {
            _attempt++;
            _state = WifiLinkState.Idle;
            _failure = WifiFailure.None;
            _detail = "";
            _address = "";
        }

        /// <summary>The platform's availability event. True when it ended the link.</summary>
        public bool AvailabilityChanged(bool available)
        {
            if (available || _state != WifiLinkState.Connected)
            {
                return false;
            }

            Lose("the network became unavailable");
            return true;
        }

        /// <summary>The platform's address event with the station's address now. True when it ended the link.</summary>
        public bool AddressChanged(string address)
        {
            if (_state != WifiLinkState.Connected)
            {
                return false;
            }

            if (!WifiConnectResults.HasAddress(address))
            {
                Lose("the station lost its address");
                return true;
            }

            _address = address;
            return false;
        }

        private void Lose(string detail)
        {
            _attempt++;
            _state = WifiLinkState.Failed;
            _failure = WifiFailure.LinkLost;
            _detail = detail;
            _address = "";
        }
    }
}
