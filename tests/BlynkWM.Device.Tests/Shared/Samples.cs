using BlynkWM.Samples;
using BlynkWM.Storage;

namespace BlynkWM.Device.Tests
{
    /// <summary>The sample configs, in device-safe code: the lane runs them, and tests/BlynkWM.TestSupport (SampleValues) compiles this file too.</summary>
    public static class Samples
    {
        public const string EmojiSsid = "\U0001F4F6 Hotspot";

        public static DeviceConfig DeviceA()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "HomeNet";
            config.PrimaryWifi.Password = "correct horse battery";
            config.BackupWifi.Ssid = "Caf\u00e9-G\u00e4ste 5G";
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

        public static DeviceConfig DeviceB()
        {
            var config = new DeviceConfig();
            config.PrimaryWifi.Ssid = "Office";
            config.PrimaryWifi.Password = "another passphrase";
            config.BackupWifi.Ssid = EmojiSsid;
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

        /// <summary>The record bytes with sequence 0: equal bytes mean equal field values.</summary>
        public static byte[] Fingerprint(IStoredConfig config)
        {
            byte[] buffer = new byte[config.MaxRecordSize];
            int length = config.Write(buffer, 0, 0);
            byte[] result = new byte[length];
            System.Array.Copy(buffer, result, length);
            return result;
        }

        public static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
