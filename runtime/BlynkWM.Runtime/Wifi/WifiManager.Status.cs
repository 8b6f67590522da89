using BlynkWM.Ports;

namespace BlynkWM.Wifi
{
    /// <summary>What the manager reports: its state, the last failure, and per network (for the portal's status and the API).</summary>
    public sealed partial class WifiManager
    {
        /// <summary>Where the manager is: stopped, unconfigured, scanning, connecting, connected or waiting between rounds.</summary>
        public WifiState State
        {
            get { return _state; }
        }

        /// <summary>True while <see cref="State"/> is <see cref="WifiState.Connected"/> (joined, with an address).</summary>
        public bool IsConnected
        {
            get { return _state == WifiState.Connected; }
        }

        /// <summary>Index (in the configured sets) of the network being joined or joined; -1 when none.</summary>
        public int CurrentNetwork
        {
            get { return _current; }
        }

        /// <summary>The SSID of <see cref="CurrentNetwork"/>, or empty.</summary>
        public string CurrentSsid
        {
            get { return _current >= 0 ? _networks.Ssid(_current) : ""; }
        }

        /// <summary>The station's address while connected, else empty.</summary>
        public string IpAddress
        {
            get { return _ipAddress; }
        }

        /// <summary>The network last joined (this boot, or as given to <see cref="RememberLastGood"/>); -1 when none.</summary>
        public int LastGoodNetwork
        {
            get { return _lastGood; }
        }

        /// <summary>Why the last attempt failed or the last link ended; None before any failure.</summary>
        public WifiFailure LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>The network <see cref="LastFailure"/> is about; -1 when it concerns the round (nothing in range, everything skipped).</summary>
        public int LastFailureNetwork
        {
            get { return _lastFailureNetwork; }
        }

        /// <summary>The radio's words for <see cref="LastFailure"/>, or empty.</summary>
        public string LastFailureDetail
        {
            get { return _lastFailureDetail; }
        }

        /// <summary>Rounds in a row that joined nothing (0 while connected).</summary>
        public int FailedRounds
        {
            get { return _failedRounds; }
        }

        /// <summary>Rounds begun since start.</summary>
        public int Rounds
        {
            get { return _rounds; }
        }

        /// <summary>Attempts made since start.</summary>
        public int Attempts
        {
            get { return _attempts; }
        }

        /// <summary>While <see cref="WifiState.Waiting"/>: when the next round begins (clock milliseconds).</summary>
        public long NextAttemptAt
        {
            get { return _state == WifiState.Waiting ? _nextRoundAt : 0; }
        }

        /// <summary>When the current link came up; -1 while not connected.</summary>
        public long ConnectedSince
        {
            get { return _connectedSince; }
        }

        /// <summary>When the manager last had no link (start, or the loss of the last one); meaningful while not connected.</summary>
        public long DisconnectedSince
        {
            get { return _disconnectedSince; }
        }

        /// <summary>Whether the owner said the fallback portal is open (<see cref="SetFallbackPortal"/>).</summary>
        public bool FallbackPortal
        {
            get { return _portalOpen; }
        }

        /// <summary>True once a network was joined while the fallback portal was open: the owner may close the portal.</summary>
        public bool JoinedDuringPortal
        {
            get { return _joinedDuringPortal; }
        }

        /// <summary>A saved network that may be tried (not skipped) is in the latest scan.</summary>
        public bool SavedNetworkInRange
        {
            get { return _networks.AnyUsableInRange(_clock.NowMilliseconds); }
        }

        /// <summary>Event handlers that threw (the manager carries on).</summary>
        public int HandlerFailures
        {
            get { return _handlerFailures; }
        }

        /// <summary>The options in use: those given to the constructor, or the defaults when it was given null.</summary>
        public WifiManagerOptions Options
        {
            get { return _options; }
        }

        /// <summary>Configured sets, used or not.</summary>
        public int NetworkCount
        {
            get { return _networks.Count; }
        }

        /// <summary>The SSID of configured set <paramref name="index"/> (0-based); empty for an unused set.</summary>
        /// <param name="index">0 to <see cref="NetworkCount"/> - 1.</param>
        public string GetNetworkSsid(int index)
        {
            return _networks.Ssid(index);
        }

        /// <summary>What set <paramref name="index"/> (0-based) is doing now: unused, idle, connecting, connected, failed or skipped for a refused passphrase.</summary>
        /// <param name="index">0 to <see cref="NetworkCount"/> - 1.</param>
        public WifiNetworkStatus GetNetworkStatus(int index)
        {
            return _networks.Status(index, _clock.NowMilliseconds);
        }

        /// <summary>Why the network's last attempt failed or its link ended; None if it has not failed (or joined since).</summary>
        public WifiFailure GetNetworkFailure(int index)
        {
            return _networks.Failure(index);
        }

        /// <summary>Its signal in the latest scan in dBm, or <see cref="NotSeen"/>.</summary>
        public int GetNetworkRssi(int index)
        {
            return _networks.Rssi(index);
        }

        /// <summary>Attempts on it since it was configured.</summary>
        public int GetNetworkAttempts(int index)
        {
            return _networks.Attempts(index);
        }

        /// <summary>While skipped for a refused passphrase: until when (clock milliseconds); else 0 or a past time.</summary>
        public long GetNetworkSkippedUntil(int index)
        {
            return _networks.SkipUntil(index);
        }

        /// <summary>One line for logs, e.g. <c>connected to "HomeNet" (set 1), 192.168.1.23</c>. Allocates.</summary>
        public string Describe()
        {
            switch (_state)
            {
                case WifiState.Connected:
                    return "connected to \"" + CurrentSsid + "\" (set " + (_current + 1).ToString() + "), " + _ipAddress;
                case WifiState.Connecting:
                    return "connecting to \"" + CurrentSsid + "\" (set " + (_current + 1).ToString() + ")";
                case WifiState.Waiting:
                    return "waiting " + ((_nextRoundAt - _clock.NowMilliseconds + 999) / 1000).ToString() + " s after " + _failedRounds.ToString() + " failed round(s); last failure: " + WifiText.Of(_lastFailure);
                default:
                    return WifiText.Of(_state);
            }
        }
    }
}
