using System.Collections.Generic;
using BlynkWM.Ports;
using BlynkWM.Wifi;

namespace BlynkWM.Host.Wifi
{
    /// <summary>
    /// The host's radio, driven by a <see cref="RadioScenario"/> and a clock: access points come and go at the
    /// scenario's times, scans and joins take the scenario's durations, a refused passphrase, a missing network and a
    /// silent DHCP server fail as they would on an ESP32, and a joined access point that goes off the air is noticed
    /// after the beacon-loss time. Scans return one entry per access point (duplicates included), hidden ones left out.
    /// Time is the clock's: nothing happens between two reads of it, so a test moving a manual clock sees exactly the
    /// scenario's times. Thread-safe.
    /// </summary>
    public sealed class SimulatedRadio : ScheduledRadio
    {
        private readonly RadioScenario _scenario;
        private readonly long _bootAt;
        private ScenarioNetwork? _joined;

        public SimulatedRadio(RadioScenario scenario, IClock clock)
            : base(clock)
        {
            _scenario = scenario;
            _bootAt = clock.NowMilliseconds;
        }

        /// <summary>Whether the simulated access point would accept these credentials (hidden networks included).</summary>
        public bool WouldAccept(string ssid, string password)
        {
            foreach (ScenarioNetwork network in _scenario.Networks)
            {
                if (network.Ssid == ssid && network.Password == password)
                {
                    return true;
                }
            }

            return false;
        }

        protected override long ScanTime => _scenario.Timing.ScanMs;

        /// <summary>Decides how the join started at <paramref name="now"/> ends, and when.</summary>
        protected override void PlanJoin(string ssid, string password, StaticIpConfig? staticIp, long now)
        {
            RadioTiming timing = _scenario.Timing;
            ScenarioNetwork? best = null;
            int bestIndex = -1;
            for (int i = 0; i < _scenario.Networks.Count; i++)
            {
                ScenarioNetwork network = _scenario.Networks[i];
                if (network.Ssid == ssid && network.IsOnAir(Seconds(now)) && (best is null || network.RssiAt(Seconds(now)) > best.RssiAt(Seconds(now))))
                {
                    best = network;
                    bestIndex = i;
                }
            }

            if (best is null)
            {
                Outcome(now + timing.NotFoundMs, WifiLinkState.Failed, WifiFailure.NetworkNotFound, "");
            }
            else if (best.Password != password)
            {
                Outcome(now + timing.WrongPasswordMs, WifiLinkState.Failed, WifiFailure.WrongPassword, "");
            }
            else if (staticIp is null && best.DhcpFails)
            {
                Outcome(now + timing.AssociateMs + timing.DhcpTimeoutMs, WifiLinkState.Failed, WifiFailure.NoIpAddress, "");
            }
            else
            {
                _joined = best;
                string address = staticIp is null ? "192.168." + (bestIndex + 1) + ".100" : staticIp.Address;
                Outcome(now + timing.AssociateMs + (staticIp is null ? timing.DhcpMs : 0), WifiLinkState.Connected, WifiFailure.None, address);
            }
        }

        protected override bool StillOnAir(long at) => _joined is null || _joined.IsOnAir(Seconds(at));

        protected override bool LinkLost(long now, long joinedAt)
        {
            if (_joined is null)
            {
                return false;
            }

            double? offAir = _joined.NextOffAir(Seconds(joinedAt));
            return offAir.HasValue && now >= _bootAt + (long)(offAir.Value * 1000) + _scenario.Timing.BeaconLossMs;
        }

        protected override void Leave() => _joined = null;

        protected override WifiNetworkInfo[] Scan(long at)
        {
            var seen = new List<WifiNetworkInfo>();
            double seconds = Seconds(at);
            foreach (ScenarioNetwork network in _scenario.Networks)
            {
                if (!network.Hidden && network.IsOnAir(seconds))
                {
                    seen.Add(new WifiNetworkInfo(network.Ssid, network.RssiAt(seconds), network.Password.Length > 0));
                }
            }

            return seen.ToArray();
        }

        /// <summary>Seconds since boot at clock time <paramref name="now"/>.</summary>
        private double Seconds(long now) => (now - _bootAt) / 1000.0;
    }
}
