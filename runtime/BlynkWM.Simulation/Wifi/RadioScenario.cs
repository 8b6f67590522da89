using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlynkWM.Host.Wifi
{
    /// <summary>
    /// What the simulated device "sees": its chip id, the access points around it (when each is on the air, its signal
    /// over time, its passphrase, whether its DHCP answers) and how long the radio takes for each step. Loaded from a
    /// small JSON file the user edits; times of the networks are seconds since the radio was made (the device's boot).
    /// </summary>
    public sealed class RadioScenario
    {
        /// <summary>Six hex digits standing in for the ESP32's MAC-derived chip id.</summary>
        [JsonPropertyName("chipId")]
        public string ChipId { get; set; } = "A1B2C3";

        [JsonPropertyName("timing")]
        public RadioTiming Timing { get; set; } = new RadioTiming();

        [JsonPropertyName("networks")]
        public List<ScenarioNetwork> Networks { get; set; } = new List<ScenarioNetwork>();

        public static RadioScenario Load(string path)
        {
            try
            {
                RadioScenario? scenario = JsonSerializer.Deserialize(File.ReadAllText(path), ScenarioJsonContext.Default.RadioScenario);
                if (scenario is null)
                {
                    throw new InvalidDataException("The scenario file is empty.");
                }

                scenario.Validate();
                return scenario;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException("The scenario file " + path + " is not valid JSON: " + e.Message, e);
            }
        }

        private void Validate()
        {
            if (ChipId.Length != 6 || !IsHex(ChipId))
            {
                throw new InvalidDataException("chipId must be six hex digits, e.g. \"A1B2C3\".");
            }

            Timing ??= new RadioTiming();
            Networks ??= new List<ScenarioNetwork>();
            foreach (ScenarioNetwork network in Networks)
            {
                if (network is null)
                {
                    throw new InvalidDataException("A network entry is null.");
                }

                if (string.IsNullOrEmpty(network.Ssid) || System.Text.Encoding.UTF8.GetByteCount(network.Ssid) > 32)
                {
                    throw new InvalidDataException("Every network needs an SSID of 1 to 32 bytes.");
                }

                if (network.Rssi > 0 || network.Rssi < -100)
                {
                    throw new InvalidDataException("RSSI of '" + network.Ssid + "' must be between -100 and 0 dBm.");
                }

                network.Validate();
            }

            Timing.Validate();
        }

        private static bool IsHex(string text)
        {
            foreach (char c in text)
            {
                if (!Uri.IsHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public sealed class ScenarioNetwork
    {
        [JsonPropertyName("ssid")]
        public string Ssid { get; set; } = "";

        [JsonPropertyName("rssi")]
        public int Rssi { get; set; } = -60;

        /// <summary>The passphrase the simulated access point accepts; empty for an open network.</summary>
        [JsonPropertyName("password")]
        public string Password { get; set; } = "";

        [JsonPropertyName("hidden")]
        public bool Hidden { get; set; }

        /// <summary>Seconds after boot when the access point comes on the air (0: there from the start).</summary>
        [JsonPropertyName("appearAt")]
        public double AppearAt { get; set; }

        /// <summary>Seconds after boot when it goes off the air for good; null: never.</summary>
        [JsonPropertyName("vanishAt")]
        public double? VanishAt { get; set; }

        /// <summary>Times it is off the air and back (a router rebooting after a power cut).</summary>
        [JsonPropertyName("outages")]
        public List<ScenarioOutage> Outages { get; set; } = new List<ScenarioOutage>();

        /// <summary>Signal changes over time: from <c>at</c> seconds on, the RSSI is <c>rssi</c>.</summary>
        [JsonPropertyName("signal")]
        public List<ScenarioSignal> Signal { get; set; } = new List<ScenarioSignal>();

        /// <summary>Its DHCP server never answers: joining works, but no address comes (unless a static one is used).</summary>
        [JsonPropertyName("dhcpFails")]
        public bool DhcpFails { get; set; }

        /// <summary>Whether it is on the air at <paramref name="seconds"/> after boot.</summary>
        public bool IsOnAir(double seconds)
        {
            if (seconds < AppearAt || (VanishAt.HasValue && seconds >= VanishAt.Value))
            {
                return false;
            }

            foreach (ScenarioOutage outage in Outages)
            {
                if (seconds >= outage.From && seconds < outage.Until)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first moment at or after <paramref name="seconds"/> when it goes off the air; null: never.</summary>
        public double? NextOffAir(double seconds)
        {
            double? next = VanishAt.HasValue && VanishAt.Value >= seconds ? VanishAt : null;
            foreach (ScenarioOutage outage in Outages)
            {
                if (outage.From >= seconds && (!next.HasValue || outage.From < next.Value))
                {
                    next = outage.From;
                }
            }

            return next;
        }

        /// <summary>The RSSI at <paramref name="seconds"/> after boot.</summary>
        public int RssiAt(double seconds)
        {
            int rssi = Rssi;
            double latest = double.NegativeInfinity;
            foreach (ScenarioSignal change in Signal)
            {
                if (change.At <= seconds && change.At >= latest)
                {
                    latest = change.At;
                    rssi = change.Rssi;
                }
            }

            return rssi;
        }

        internal void Validate()
        {
            Outages ??= new List<ScenarioOutage>();
            Signal ??= new List<ScenarioSignal>();
            if (Outages.Contains(null!) || Signal.Contains(null!))
            {
                throw new InvalidDataException("'" + Ssid + "': an outage or signal entry is null.");
            }

            if (AppearAt < 0 || (VanishAt.HasValue && VanishAt.Value <= AppearAt))
            {
                throw new InvalidDataException("'" + Ssid + "': appearAt must be 0 or more and vanishAt after it.");
            }

            foreach (ScenarioOutage outage in Outages)
            {
                if (outage.From < 0 || outage.Until <= outage.From)
                {
                    throw new InvalidDataException("'" + Ssid + "': an outage needs 0 <= from < until (seconds).");
                }
            }

            foreach (ScenarioSignal change in Signal)
            {
                if (change.At < 0 || change.Rssi > 0 || change.Rssi < -100)
                {
                    throw new InvalidDataException("'" + Ssid + "': a signal change needs at >= 0 and an RSSI between -100 and 0 dBm.");
                }
            }
        }
    }

    /// <summary>Off the air from <see cref="From"/> until <see cref="Until"/> seconds after boot.</summary>
    public sealed class ScenarioOutage
    {
        [JsonPropertyName("from")]
        public double From { get; set; }

        [JsonPropertyName("until")]
        public double Until { get; set; }
    }

    /// <summary>From <see cref="At"/> seconds after boot on, the access point's RSSI is <see cref="Rssi"/>.</summary>
    public sealed class ScenarioSignal
    {
        [JsonPropertyName("at")]
        public double At { get; set; }

        [JsonPropertyName("rssi")]
        public int Rssi { get; set; }
    }

    /// <summary>How long the simulated radio takes, in milliseconds of the device's clock (defaults: an ESP32's usual times).</summary>
    public sealed class RadioTiming
    {
        /// <summary>An active scan over the 2.4 GHz channels.</summary>
        [JsonPropertyName("scanMs")]
        public int ScanMs { get; set; } = 2000;

        /// <summary>Association and the WPA handshake.</summary>
        [JsonPropertyName("associateMs")]
        public int AssociateMs { get; set; } = 1500;

        /// <summary>DHCP, when the server answers.</summary>
        [JsonPropertyName("dhcpMs")]
        public int DhcpMs { get; set; } = 700;

        /// <summary>Until the radio gives up on an address when DHCP does not answer.</summary>
        [JsonPropertyName("dhcpTimeoutMs")]
        public int DhcpTimeoutMs { get; set; } = 10000;

        /// <summary>Until a join of an SSID that is not on the air fails (the radio's own scan for it).</summary>
        [JsonPropertyName("notFoundMs")]
        public int NotFoundMs { get; set; } = 3000;

        /// <summary>Until a refused passphrase fails the join (handshake retries).</summary>
        [JsonPropertyName("wrongPasswordMs")]
        public int WrongPasswordMs { get; set; } = 4000;

        /// <summary>Until a lost access point is noticed (missed beacons).</summary>
        [JsonPropertyName("beaconLossMs")]
        public int BeaconLossMs { get; set; } = 6000;

        internal void Validate()
        {
            if (ScanMs < 0 || AssociateMs < 0 || DhcpMs < 0 || DhcpTimeoutMs < 0 || NotFoundMs < 0 || WrongPasswordMs < 0 || BeaconLossMs < 0)
            {
                throw new InvalidDataException("Every timing must be 0 ms or more.");
            }
        }
    }

    [JsonSerializable(typeof(RadioScenario))]
    [JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    internal sealed partial class ScenarioJsonContext : JsonSerializerContext
    {
    }
}
