using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlynkWM.Host.Wifi
{
    /// <summary>What the simulated device "sees": its chip id and the access points around it. Loaded from a small JSON file the user edits.</summary>
    public sealed class RadioScenario
    {
        /// <summary>Six hex digits standing in for the ESP32's MAC-derived chip id.</summary>
        [JsonPropertyName("chipId")]
        public string ChipId { get; set; } = "A1B2C3";

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

            foreach (ScenarioNetwork network in Networks)
            {
                if (string.IsNullOrEmpty(network.Ssid) || System.Text.Encoding.UTF8.GetByteCount(network.Ssid) > 32)
                {
                    throw new InvalidDataException("Every network needs an SSID of 1 to 32 bytes.");
                }

                if (network.Rssi > 0 || network.Rssi < -100)
                {
                    throw new InvalidDataException("RSSI of '" + network.Ssid + "' must be between -100 and 0 dBm.");
                }
            }
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
    }

    [JsonSerializable(typeof(RadioScenario))]
    [JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    internal sealed partial class ScenarioJsonContext : JsonSerializerContext
    {
    }
}
