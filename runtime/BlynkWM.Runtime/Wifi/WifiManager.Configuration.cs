namespace BlynkWM.Wifi
{
    /// <summary>What the manager is given to work with: the stored networks, their fixed addresses and the last good one.</summary>
    public sealed partial class WifiManager
    {
        /// <summary>
        /// Takes the stored networks (the config's <c>GetWifiCredentials()</c>; copied). A set whose SSID or passphrase
        /// changed starts afresh (a skip for a refused passphrase ends). When running: an attempt on, or a link to, a
        /// changed network is ended and a round begins at once with the backoff reset; an unchanged link stays up.
        /// </summary>
        public void Configure(WifiCredential[] networks)
        {
            int changed = _networks.Configure(networks);
            if (_lastGood >= _networks.Count || (_lastGood >= 0 && !_networks.IsSet(_lastGood)))
            {
                _lastGood = -1;
            }

            if (_state == WifiState.Stopped)
            {
                return;
            }

            long now = _clock.NowMilliseconds;
            bool currentChanged = _current >= 0 && (_current >= _networks.Count || (changed & (1 << (_current < 31 ? _current : 31))) != 0);
            if (!_networks.AnySet)
            {
                Leave(now);
                _state = WifiState.Unconfigured;
            }
            else if (_state == WifiState.Unconfigured || currentChanged || (changed != 0 && _state != WifiState.Connected))
            {
                Leave(now);
                _failedRounds = 0;
                BeginRound(now);
            }

            RaiseEvents();
        }

        /// <summary>
        /// After <see cref="Configure"/>: a fixed address for one network (null: the options'
        /// <see cref="WifiManagerOptions.StaticIp"/>, else DHCP), used from its next attempt. Kept while the number of
        /// sets stays the same.
        /// </summary>
        public void SetStaticIp(int index, StaticIpConfig staticIp)
        {
            if (index < 0 || index >= _networks.Count)
            {
                throw new System.ArgumentOutOfRangeException("index", "configure the networks first; there are " + _networks.Count.ToString());
            }

            _networks.SetStaticIp(index, staticIp);
        }

        /// <summary>After <see cref="Configure"/>, before <see cref="Start"/>: the network joined at the previous boot, tried first without a scan. -1: none.</summary>
        public void RememberLastGood(int index)
        {
            _lastGood = index >= 0 && index < _networks.Count && _networks.IsSet(index) ? index : -1;
        }
    }
}
