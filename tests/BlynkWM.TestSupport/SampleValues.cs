using System;
using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.TestSupport
{
    /// <summary>Fixed configs for round trips, golden bytes, power-cut runs and benchmarks.</summary>
    public static class SampleValues
    {
        /// <summary>Two WiFi, two Blynk, a board name and four dynamic params, every field set.</summary>
        public static DeviceConfig DeviceA()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "HomeNet";
            config.PrimaryWifi.Password = "correct horse battery";
            config.BackupWifi.Ssid = "Café-Gäste 5G";
            config.BackupWifi.Password = "p#ss%word&=+";
            config.PrimaryBlynk.Server = "blynk.cloud";
            config.PrimaryBlynk.Port = 443;
            config.PrimaryBlynk.Token = "0123456789abcdef0123456789abcdef";
            config.BackupBlynk.Server = "192.168.2.110";
            config.BackupBlynk.Port = 8080;
            config.BackupBlynk.Token = "fedcba9876543210fedcba9876543210";
            config.BoardName = "greenhouse-01";
            config.MqttServer = "mqtt.example.org";
            config.MqttPort = 8883;
            config.MqttTls = true;
            config.MqttPassword = "s3cret";
            return config;
        }

        /// <summary>
        /// The seed's example as its users save it: its defaults, plus the default secrets of its Credentials.h and
        /// dynamicParams.h, which our class cannot declare as defaults (BWM0016).
        /// </summary>
        public static SeedExampleConfig SeedExample()
        {
            var config = new SeedExampleConfig();
            config.Wifi1.Password = "password1";
            config.Wifi2.Password = "password2";
            config.Blynk1.Token = "token";
            config.Blynk2.Token = "token1";
            config.MqttPassword = "default-mqtt-password";
            return config;
        }

        /// <summary>Every field different from <see cref="DeviceA"/>.</summary>
        public static DeviceConfig DeviceB()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "Office";
            config.PrimaryWifi.Password = "another passphrase";
            config.BackupWifi.Ssid = "📶 Hotspot";
            config.BackupWifi.Password = "";
            config.PrimaryBlynk.Server = "blynk.example.com";
            config.PrimaryBlynk.Port = 9443;
            config.PrimaryBlynk.Token = "abcdefabcdefabcdefabcdefabcdefab";
            config.BackupBlynk.Server = "";
            config.BackupBlynk.Port = 80;
            config.BackupBlynk.Token = "";
            config.BoardName = "office-sensor";
            config.MqttServer = "10.0.0.5";
            config.MqttPort = 1883;
            config.MqttTls = false;
            config.MqttPassword = "";
            return config;
        }

        /// <summary>The record bytes of a config with sequence 0: equal bytes mean equal field values.</summary>
        public static byte[] Fingerprint(IStoredConfig config)
        {
            byte[] buffer = new byte[config.MaxRecordSize];
            int length = config.Write(buffer, 0, 0);
            return buffer.AsSpan(0, length).ToArray();
        }
    }
}
